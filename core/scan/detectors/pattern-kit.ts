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
export { forEachRegexSyntaxChar, quickTest, topLevelAlternatives, unionSource } from '../regex-union';

export function patterns(specs: PatternSpec[]): PatternSpec[] {
  for (const spec of specs) {
    if (!spec.pattern.global) throw new Error(`pattern for ${spec.ruleId} must be global: ${spec.pattern.source}`);
    register(spec.pattern);
  }
  return specs;
}


/** One case-insensitive union per spec list and view: a text that matches none skips every spec at once. */
const unions = new WeakMap<readonly PatternSpec[], Record<'plain' | 'words', RegExp | undefined>>();

function unionOf(specs: readonly PatternSpec[], view: 'plain' | 'words'): RegExp | undefined {
  let entry = unions.get(specs);
  if (!entry) {
    const build = (wanted: 'plain' | 'words'): RegExp | undefined => {
      const sources = specs.filter((spec) => (spec.view ?? 'plain') === wanted).map((spec) => spec.pattern.source);
      return sources.length ? new RegExp(unionSource(sources), 'i') : undefined;
    };
    entry = { plain: build('plain'), words: build('words') };
    unions.set(specs, entry);
  }
  return entry[view];
}

export function runPatternSpecs(analysis: TextAnalysis, specs: readonly PatternSpec[]): Hit[] {
  const hits: Hit[] = [];
  const present = { plain: unionOf(specs, 'plain')?.test(analysis.views.plain) ?? false, words: unionOf(specs, 'words')?.test(analysis.views.words) ?? false };
  if (!present.plain && !present.words) return hits;
  for (const spec of specs) {
    if (!present[spec.view ?? 'plain']) continue;
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
