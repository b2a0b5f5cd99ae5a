// Matches ordered concept sequences with bounded gaps inside one sentence. Each slot after the first is
// searched in a fixed window after the previous one, without backtracking, so a rule costs
// O(candidates × slots × gap) — linear in the text whatever it contains.
import type { Concept } from './lexicon';
import type { Token, TokenStream } from './tokens';

export interface Slot {
  /** The token must carry one of these concepts (when given). */
  any?: readonly Concept[];
  /** Or be one of these words (when given; a token passes on either). */
  words?: readonly string[];
  /** And pass this test (when given). */
  test?: (stream: TokenStream, index: number) => boolean;
  optional?: boolean;
  /** Tokens allowed between the previous slot and this one (default 3). */
  gap?: number;
}

export interface SequenceMatch {
  first: number;
  last: number;
  start: number;
  end: number;
}

export interface SequenceOptions {
  /** Skip matches preceded (within three tokens of the same sentence) by a negation. */
  negatable?: boolean;
  /** Longest span in characters (default 200). */
  maxChars?: number;
}

const DEFAULT_GAP = 3;
const NEGATION_WINDOW = 3;

/** Up to `limit` matches, in text order; a later match may not start inside an earlier one. `starts`
 *  (ascending) are the tokens that fill the head slot by concept or word (phrase-kit's head index); the head
 *  slot's test is still applied here. */
export function findSequencesFrom(stream: TokenStream, starts: readonly number[], slots: readonly Slot[], options: SequenceOptions, limit: number): SequenceMatch[] {
  const found: SequenceMatch[] = [];
  const test = slots[0]?.test;
  const maxChars = options.maxChars ?? 200;
  let after = -1;
  for (const index of starts) {
    if (index <= after || (test && !test(stream, index))) continue;
    const match = matchFrom(stream, index, slots, maxChars);
    if (!match || (options.negatable && isNegated(stream, index))) continue;
    found.push(match);
    after = match.last;
    if (found.length >= limit) break;
  }
  return found;
}

/** Fills the slots after the head (slots[0], at `first`) in order. */
function matchFrom(stream: TokenStream, first: number, slots: readonly Slot[], maxChars: number): SequenceMatch | undefined {
  const tokens = stream.tokens;
  const head = tokens[first] as Token;
  let position = first;
  for (let s = 1; s < slots.length; s++) {
    const slot = slots[s] as Slot;
    const found = findSlot(stream, slot, position, head, maxChars);
    if (found >= 0) position = found;
    else if (!slot.optional) return undefined;
  }
  const last = tokens[position] as Token;
  return { first, last: position, start: head.start, end: last.end };
}

function findSlot(stream: TokenStream, slot: Slot, after: number, head: Token, maxChars: number): number {
  const tokens = stream.tokens;
  const limit = Math.min(tokens.length - 1, after + 1 + (slot.gap ?? DEFAULT_GAP));
  for (let k = after + 1; k <= limit; k++) {
    const token = tokens[k] as Token;
    if (token.sentence !== head.sentence || token.end - head.start > maxChars) return -1;
    if (slotAccepts(stream, slot, k)) return k;
  }
  return -1;
}

export function slotAccepts(stream: TokenStream, slot: Slot, index: number): boolean {
  const token = stream.tokens[index] as Token;
  if (slot.any || slot.words) {
    const byConcept = slot.any !== undefined && hasAnyConcept(token, slot.any);
    const byWord = !byConcept && slot.words !== undefined && slot.words.includes(token.text);
    if (!byConcept && !byWord) return false;
  }
  return slot.test ? slot.test(stream, index) : true;
}

function hasAnyConcept(token: Token, concepts: readonly Concept[]): boolean {
  // Most tokens carry no concept or one, and a slot lists several: the token's own list is the short one.
  const own = token.concepts;
  for (let i = 0; i < own.length; i++) if (concepts.includes(own[i] as Concept)) return true;
  return false;
}

export function isNegated(stream: TokenStream, index: number): boolean {
  const tokens = stream.tokens;
  const sentence = (tokens[index] as Token).sentence;
  for (let k = index - 1; k >= 0 && k >= index - NEGATION_WINDOW; k--) {
    const token = tokens[k] as Token;
    if (token.sentence !== sentence) return false;
    if (token.concepts.includes('neg')) return true;
  }
  return false;
}

/** Does the sentence of token `index` hold, within `window` tokens, a token with one of these concepts? */
export function sentenceHas(stream: TokenStream, index: number, concepts: readonly Concept[], test?: (token: Token) => boolean, window = 40): boolean {
  const tokens = stream.tokens;
  const sentence = (tokens[index] as Token).sentence;
  const matches = (token: Token): boolean => hasAnyConcept(token, concepts) && (!test || test(token));
  const low = Math.max(0, index - window);
  const high = Math.min(tokens.length - 1, index + window);
  for (let k = index; k >= low && (tokens[k] as Token).sentence === sentence; k--) if (matches(tokens[k] as Token)) return true;
  for (let k = index + 1; k <= high && (tokens[k] as Token).sentence === sentence; k++) if (matches(tokens[k] as Token)) return true;
  return false;
}
