// Regex rules over the folded text. Every pattern has bounded repetition only (checked by
// test/scan/regex-safety.test.ts) and most start at a literal, so a scan is linear in the input.
import type { Hit, TextAnalysis } from '../analysis';
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

/** Every pattern registered by a detector, for the regex-safety test. */
export const REGISTERED_PATTERNS: RegExp[] = [];

export function patterns(specs: PatternSpec[]): PatternSpec[] {
  for (const spec of specs) {
    if (!spec.pattern.global) throw new Error(`pattern for ${spec.ruleId} must be global: ${spec.pattern.source}`);
    register(spec.pattern);
  }
  return specs;
}

/** Records a regular expression a detector uses outside a PatternSpec, so the safety test sees it. */
export function register(pattern: RegExp): RegExp {
  REGISTERED_PATTERNS.push(pattern);
  return pattern;
}

export function runPatternSpecs(analysis: TextAnalysis, specs: readonly PatternSpec[]): Hit[] {
  const hits: Hit[] = [];
  for (const spec of specs) {
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
