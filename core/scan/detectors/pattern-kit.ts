// Regex rules over the folded text. Every pattern has bounded repetition only (checked by
// test/scan/regex-safety.test.ts) and most start at a literal, so a scan is linear in the input.
import type { Hit, TextAnalysis } from '../analysis';
import { register } from '../regex-registry';
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

/**
 * The union as one alternation, with every top-level alternative that starts at a word boundary gathered
 * under a single `\b(?:…|…)`: the engine then tests the boundary once per position instead of once per
 * alternative (most positions are inside words). Same language, so `test` answers exactly as the plain
 * union would. Sources with back-references keep the plain form (regrouping would renumber them).
 */
export function unionSource(sources: readonly string[]): string {
  if (sources.some((source) => /\\[1-9]|\\k</.test(source))) return sources.map((source) => `(?:${source})`).join('|');
  const atBoundary: string[] = [];
  const other: string[] = [];
  for (const source of sources) {
    for (const alternative of topLevelAlternatives(source)) {
      if (alternative.startsWith('\\b')) atBoundary.push(alternative.slice(2));
      else other.push(`(?:${alternative})`);
    }
  }
  if (atBoundary.length > 0) other.push(`\\b(?:${atBoundary.join('|')})`);
  return other.join('|');
}

/** Visits each character of a regex source that is syntax: not escaped and not inside a character class. */
export function forEachRegexSyntaxChar(source: string, visit: (ch: string, index: number) => void): void {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else visit(ch, i);
  }
}

/** Splits a regex source at its top-level `|` (not inside a group or a character class). */
export function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let last = 0;
  forEachRegexSyntaxChar(source, (ch, i) => {
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(source.slice(last, i));
      last = i + 1;
    }
  });
  parts.push(source.slice(last));
  return parts;
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
