// Regex rules over the folded text. Every pattern has bounded repetition only (checked by
// test/scan/regex-safety.test.ts) and most start at a literal, so a scan is linear in the input.
import type { Hit, TextAnalysis } from '../analysis';
import { register } from '../regex-registry';
import { unionSource } from '../regex-union';
import type { RuleId } from '../rules';
import type { Surface } from '../types';

export interface PatternSpec {
  ruleId: RuleId;
  message: string;
  pattern: RegExp;
  confidence: number;
  surfaces?: Partial<Record<Surface, number>>;
  /** 'plain' keeps case; 'words' is lower-cased with look-alikes folded (default 'plain'). */
  view?: 'plain' | 'words';
  discountable?: boolean;
  /** Adjusts the confidence of one match (e.g. up for an attacker-looking host). */
  adjust?: (match: RegExpExecArray, analysis: TextAnalysis, confidence: number) => number;
}

const MATCHES_PER_SPEC = 4;

export { REGISTERED_PATTERNS, register } from '../regex-registry';

export function patterns(specs: PatternSpec[]): PatternSpec[] {
  for (const spec of specs) {
    if (!spec.pattern.global) throw new Error(`pattern for ${spec.ruleId} must be global: ${spec.pattern.source}`);
    register(spec.pattern);
  }
  return specs;
}


/** V8 stops optimizing a regular expression whose source is over 20 KB (kRegExpTooLargeToOptimize): a union
 *  just past it tests six times slower. Unions are cut into chunks well below that. */
export const MAX_UNION_SOURCE = 15_000;

interface UnionChunk {
  union: RegExp;
  view: 'plain' | 'words';
}

/** A spec list's unions, and for each spec (by index) the chunk it belongs to. */
interface SpecUnions {
  chunks: UnionChunk[];
  chunkOfSpec: number[];
}

/** Case-insensitive unions per spec list and view: a text that matches none of a chunk's skips its specs at once. */
const unions = new WeakMap<readonly PatternSpec[], SpecUnions>();

function unionsOf(specs: readonly PatternSpec[]): SpecUnions {
  let entry = unions.get(specs);
  if (!entry) {
    entry = { chunks: [], chunkOfSpec: [] };
    for (const view of ['plain', 'words'] as const) addChunks(entry, specs, view);
    if (entry.chunks.length > 30) throw new Error('a pattern list needs more unions than a presence mask holds');
    unions.set(specs, entry);
  }
  return entry;
}

/** Consecutive specs of one view gathered while their union's source stays under MAX_UNION_SOURCE (measured
 *  after the rewrite: spreading a leading group copies what follows it once per branch). */
function addChunks(entry: SpecUnions, specs: readonly PatternSpec[], view: 'plain' | 'words'): void {
  let members: string[] = [];
  let source = '';
  const close = () => {
    if (members.length) entry.chunks.push({ union: register(new RegExp(source, 'i')), view });
    members = [];
  };
  specs.forEach((spec, index) => {
    if ((spec.view ?? 'plain') !== view) return;
    const grown = unionSource([...members, spec.pattern.source]);
    if (members.length && grown.length > MAX_UNION_SOURCE) {
      close();
      source = unionSource([spec.pattern.source]);
    } else source = grown;
    members.push(spec.pattern.source);
    entry.chunkOfSpec[index] = entry.chunks.length;
  });
  close();
}

/** Bit i is set when chunk i's union matches the text of its view. */
function chunksPresent(analysis: TextAnalysis, chunks: readonly UnionChunk[]): number {
  let present = 0;
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i] as UnionChunk;
    if (chunk.union.test(analysis.views[chunk.view])) present |= 1 << i;
  }
  return present;
}

export function runPatternSpecs(analysis: TextAnalysis, specs: readonly PatternSpec[]): Hit[] {
  const hits: Hit[] = [];
  const { chunks, chunkOfSpec } = unionsOf(specs);
  const present = chunksPresent(analysis, chunks);
  if (present === 0) return hits;
  for (let index = 0; index < specs.length; index++) {
    if (((present >> (chunkOfSpec[index] as number)) & 1) === 0) continue;
    const spec = specs[index] as PatternSpec;
    const base = spec.surfaces?.[analysis.surface] ?? spec.confidence;
    if (base <= 0) continue;
    const text = spec.view === 'words' ? analysis.views.words : analysis.views.plain;
    const pattern = spec.pattern;
    pattern.lastIndex = 0;
    let count = 0;
    for (let match = pattern.exec(text); match && count < MATCHES_PER_SPEC; match = pattern.exec(text)) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const confidence = spec.adjust ? spec.adjust(match, analysis, base) : base;
      if (confidence > 0) hits.push({ ruleId: spec.ruleId, confidence, message: spec.message, start: match.index, end: match.index + match[0].length, discountable: spec.discountable ?? false });
      count++;
    }
  }
  return hits;
}
