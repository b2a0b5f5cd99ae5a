// Runs the recogniser table over a text and merges what it finds into non-overlapping spans.

import { credentialKindLabel, type CredentialMatch } from './kinds';
import type { Recogniser, Verdict } from './recogniser';
import { RECOGNISERS } from './recognisers';

interface Candidate extends Verdict {
  start: number;
  end: number;
  rank: number;
}

// Match indices (flag d) cost several times the match itself, and most matches of the
// assignment patterns are rejected; so the scan runs without them and an accepted match
// is re-run once, anchored at its start, by a twin pattern with flags d and y.
const INDEXED_TWINS = new Map(RECOGNISERS.map((r) => [r, new RegExp(r.pattern.source, `${r.pattern.flags.replace('g', '')}dy`)]));
const SECRET_GROUP_NAMES = new Map(RECOGNISERS.map((r) => [r, [...r.pattern.source.matchAll(/\(\?<(secret\w*)>/g)].map((m) => m[1]!)]));

// The shortest text any recogniser accepts is a URL password such as "a://:p@".
const SHORTEST_CREDENTIAL_TEXT = 7;

/** Every credential in `text`, non-overlapping and sorted by start offset. */
export function findCredentials(text: string): CredentialMatch[] {
  if (text.length < SHORTEST_CREDENTIAL_TEXT) return [];
  let lowerText: string | undefined;
  const candidates: Candidate[] = [];
  for (let rank = 0; rank < RECOGNISERS.length; rank++) {
    const recogniser = RECOGNISERS[rank]!;
    const haystack = recogniser.needlesIgnoreCase ? (lowerText ??= text.toLowerCase()) : text;
    if (containsAny(haystack, recogniser.needles)) collect(recogniser, rank, text, candidates);
  }
  return mergeOverlapping(candidates);
}

function containsAny(text: string, needles: readonly string[]): boolean {
  for (const needle of needles) if (text.includes(needle)) return true;
  return false;
}

function collect(recogniser: Recogniser, rank: number, text: string, into: Candidate[]): void {
  const pattern = recogniser.pattern;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const secret = secretGroup(match, SECRET_GROUP_NAMES.get(recogniser)!);
    const verdict = recogniser.judge ? recogniser.judge(secret ?? match[0], match) : recogniser;
    if (verdict && secret !== '') {
      const [start, end] = secret === undefined ? [match.index, match.index + match[0].length] : secretSpan(recogniser, text, match.index);
      into.push({ kind: verdict.kind, confidence: verdict.confidence, start, end, rank });
    }
    // Resume inside the match, not after it: a match may hide another that starts inside it
    // ('"env": "TOKEN=…"', or a closing quote that is really the next value's opening quote).
    // Overlaps are merged afterwards.
    pattern.lastIndex = match.index + 1;
  }
}

function secretGroup(match: RegExpExecArray, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = match.groups![name];
    if (value !== undefined) return value;
  }
  return undefined;
}

function secretSpan(recogniser: Recogniser, text: string, at: number): [number, number] {
  const twin = INDEXED_TWINS.get(recogniser)!;
  twin.lastIndex = at;
  const groups = twin.exec(text)!.indices!.groups!;
  for (const name of SECRET_GROUP_NAMES.get(recogniser)!) {
    const span = groups[name];
    if (span !== undefined) return span;
  }
  throw new Error('the indexed twin of a pattern disagrees with the pattern');
}

/** Overlapping candidates become one span, named by the highest-priority candidate in it. */
function mergeOverlapping(candidates: Candidate[]): CredentialMatch[] {
  candidates.sort((a, b) => a.start - b.start || a.rank - b.rank);
  const merged: Candidate[] = [];
  for (const candidate of candidates) {
    const last = merged.at(-1);
    if (last === undefined || candidate.start >= last.end) {
      merged.push({ ...candidate });
      continue;
    }
    last.end = Math.max(last.end, candidate.end);
    if (candidate.rank < last.rank) Object.assign(last, { kind: candidate.kind, confidence: candidate.confidence, rank: candidate.rank });
  }
  return merged.map(({ kind, confidence, start, end }) => ({ kind, label: credentialKindLabel(kind), start, end, confidence }));
}
