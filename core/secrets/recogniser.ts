// The shape of one entry in the recogniser table, and helpers to build entries.
//
// Every pattern must run in linear time on any input (the scanner sees megabytes of tool
// output). The rules the table follows:
//   - an unbounded quantifier only ever consumes a character class, and the element after it
//     cannot start with a character of that class, so it never backtracks more than once;
//   - a pattern starts with a literal or behind a look-behind boundary, so attempts start
//     only at the beginning of a run and each run is scanned a bounded number of times;
//   - no quantified group contains alternatives that can match the same character.
// test/unit/secrets/linear.test.ts feeds megabyte-sized adversarial inputs to every pattern.

import type { Confidence, CredentialKind } from './kinds';

export interface Verdict {
  kind: CredentialKind;
  confidence: Confidence;
}

export interface Recogniser {
  kind: CredentialKind;
  confidence: Confidence;
  /** Flag g (and i where needed). The reported span is the first group named `secret…` that matched, else the whole match. */
  pattern: RegExp;
  /** The pattern cannot match unless one of these occurs; lets the scanner skip it cheaply. */
  needles: readonly string[];
  /** Needles are lower case and compared against the lower-cased text. */
  needlesIgnoreCase?: boolean;
  /** Second look at a match (decode it, check its context); undefined rejects it. */
  judge?: (secret: string, match: RegExpExecArray) => Verdict | undefined;
}

export const TOKEN_START = '(?<![A-Za-z0-9_-])';
export const TOKEN_END = '(?![A-Za-z0-9_-])';

function escapeLiteral(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A token that starts with one of `prefixes` and continues with `body` (regex source). */
export function prefixedToken(kind: CredentialKind, prefixes: readonly string[], body: string, confidence: Confidence = 'high'): Recogniser {
  const start = `(?:${prefixes.map(escapeLiteral).join('|')})`;
  return { kind, confidence, pattern: new RegExp(TOKEN_START + start + body + TOKEN_END, 'g'), needles: prefixes };
}
