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
 * alternative (most positions are inside words). Alternatives that start with the same literal character
 * are gathered under it too ("c(?:url…|at…)"), so at each position the engine picks a group by one
 * character instead of trying every alternative. Same language, so `test` answers exactly as the plain
 * union would. Sources with back-references keep the plain form (regrouping would renumber them).
 */
export function unionSource(sources: readonly string[]): string {
  if (sources.some((source) => /\\[1-9]|\\k</.test(source))) return sources.map((source) => `(?:${source})`).join('|');
  const atBoundary: string[] = [];
  const other: string[] = [];
  for (const source of sources) {
    for (const alternative of topLevelAlternatives(source)) {
      if (alternative.startsWith('\\b')) atBoundary.push(alternative.slice(2));
      else other.push(alternative);
    }
  }
  const grouped = byLeadingLiteral(other);
  if (atBoundary.length > 0) grouped.push(`\\b(?:${byLeadingLiteral(atBoundary).join('|')})`);
  return grouped.join('|');
}

/** The alternatives gathered by their first character when it is a literal (case-folded: unions are
 *  case-insensitive); the others as they are. Each result is one alternative, wrapped so it stays one. */
function byLeadingLiteral(alternatives: readonly string[]): string[] {
  const groups = new Map<string, string[]>();
  const loose: string[] = [];
  for (const alternative of alternatives) {
    const first = leadingLiteral(alternative);
    if (first === undefined) {
      loose.push(`(?:${alternative})`);
      continue;
    }
    const key = first.length === 1 ? first.toLowerCase() : first;
    const tails = groups.get(key) ?? [];
    tails.push(alternative.slice(first.length));
    groups.set(key, tails);
  }
  return [...[...groups].map(([first, tails]) => `${first}(?:${tails.join('|')})`), ...loose];
}

/** The alternative's first character when it is a plain literal not under a quantifier ("c" of "curl",
 *  "\\/" of "\\/dev"); undefined for a group, a class, an anchor or an escape like \\s or \\d. */
function leadingLiteral(alternative: string): string | undefined {
  const first = alternative.startsWith('\\') ? alternative.slice(0, 2) : alternative.slice(0, 1);
  if (first.length === 0 || (first.length === 2 ? /[A-Za-z0-9]/.test(first[1] as string) : /[()[\].^$|?*+{}\ud800-\udfff]/.test(first))) return undefined;
  return /[?*+{]/.test(alternative[first.length] ?? '') ? undefined : first;
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
