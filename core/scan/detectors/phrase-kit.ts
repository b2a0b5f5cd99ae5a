// Shared pieces of the phrase detectors: the spec shape, slot shorthands and token predicates.
import type { Hit, TextAnalysis } from '../analysis';
import type { RuleId } from '../rules';
import type { Concept } from '../text/lexicon';
import { findSequences, sentenceHas, type Slot } from '../text/sequence';
import type { Token, TokenStream } from '../text/tokens';
import type { Surface } from '../types';

export interface PhraseSpec {
  ruleId: RuleId;
  message: string;
  slots: Slot[];
  confidence: number;
  /** Per-surface confidence; 0 turns the spec off on that surface. */
  surfaces?: Partial<Record<Surface, number>>;
  negatable?: boolean;
  /** Quoted or descriptive matches count less (default true). */
  discountable?: boolean;
  /** Raised to `confidence` when the sentence also holds one of these concepts. */
  boost?: { any: Concept[]; test?: (token: Token) => boolean; confidence: number };
  maxChars?: number;
}

export function runPhraseSpecs(analysis: TextAnalysis, specs: readonly PhraseSpec[]): Hit[] {
  const hits: Hit[] = [];
  for (const spec of startableSpecs(analysis.stream, specs)) {
    const base = spec.surfaces?.[analysis.surface] ?? spec.confidence;
    if (base <= 0) continue;
    const matches = findSequences(analysis.stream, spec.slots, { negatable: spec.negatable ?? false, maxChars: spec.maxChars ?? 200 }, 4);
    for (const match of matches) {
      const boosted = spec.boost && sentenceHas(analysis.stream, match.first, spec.boost.any, spec.boost.test);
      const confidence = boosted ? Math.max(base, spec.boost?.confidence ?? base) : base;
      hits.push({ ruleId: spec.ruleId, confidence, message: spec.message, start: match.start, end: match.end, discountable: spec.discountable ?? true, quotable: spec.discountable ?? true });
    }
  }
  return hits;
}

interface HeadIndex {
  byConcept: Map<string, number[]>;
  byWord: Map<string, number[]>;
  /** Scratch marks, one per spec, all zero between calls. */
  marks: Uint8Array;
}

const headIndexes = new WeakMap<readonly PhraseSpec[], HeadIndex>();

/** The specs whose first slot can match some token, in spec order: most rules cannot start anywhere in
 *  a short description, and looking them up by the text's concepts beats asking every rule. */
function startableSpecs(stream: TokenStream, specs: readonly PhraseSpec[]): PhraseSpec[] {
  const index = headIndexOf(specs);
  const marks = index.marks;
  const picked: number[] = [];
  const pick = (list: readonly number[]): void => {
    for (const i of list) {
      if (marks[i]) continue;
      marks[i] = 1;
      picked.push(i);
    }
  };
  if (index.byConcept.size < stream.byConcept.size) {
    for (const [concept, list] of index.byConcept) if (stream.byConcept.has(concept as Concept)) pick(list);
  } else {
    for (const concept of stream.byConcept.keys()) {
      const list = index.byConcept.get(concept);
      if (list) pick(list);
    }
  }
  if (index.byWord.size < stream.byText.size) {
    for (const [text, list] of index.byWord) if (stream.byText.has(text)) pick(list);
  } else {
    for (const text of stream.byText.keys()) {
      const list = index.byWord.get(text);
      if (list) pick(list);
    }
  }
  const startable: PhraseSpec[] = [];
  if (picked.length === 0) return startable;
  picked.sort((a, b) => a - b);
  for (const i of picked) {
    marks[i] = 0;
    startable.push(specs[i] as PhraseSpec);
  }
  return startable;
}

function headIndexOf(specs: readonly PhraseSpec[]): HeadIndex {
  let index = headIndexes.get(specs);
  if (index) return index;
  index = { byConcept: new Map(), byWord: new Map(), marks: new Uint8Array(specs.length) };
  specs.forEach((spec, i) => {
    const head = spec.slots[0];
    for (const concept of head?.any ?? []) index!.byConcept.set(concept, [...(index!.byConcept.get(concept) ?? []), i]);
    for (const text of head?.words ?? []) index!.byWord.set(text, [...(index!.byWord.get(text) ?? []), i]);
  });
  headIndexes.set(specs, index);
  return index;
}

/** A slot for tokens carrying one of these concepts. */
export function c(...any: Concept[]): Slot {
  return { any };
}

export function gap(slot: Slot, tokens: number): Slot {
  return { ...slot, gap: tokens };
}

export function optional(slot: Slot): Slot {
  return { ...slot, optional: true };
}

export function word(...texts: string[]): Slot {
  return { words: texts };
}

export function withTest(slot: Slot, test: (stream: TokenStream, index: number) => boolean): Slot {
  const previous = slot.test;
  return { ...slot, test: (stream, i) => (previous ? previous(stream, i) : true) && test(stream, i) };
}

const IMPERATIVE_LEAD = new Set(['must', 'should', 'please', 'then', 'first', 'also', 'and', 'always', 'you', 'immediately', 'now', 'simply', 'just', 'kindly', 'silently', 'quietly', 'secretly', 'debes', 'bitte']);
const NEED_TO = new Set(['need', 'needs', 'have', 'has', 'required', 'want', 'going', 'asked']);

/** A base-form verb that starts a clause or follows a modal: "Read …", "you must read …", ", then send …". */
export function isImperative(stream: TokenStream, index: number): boolean {
  const tokens = stream.tokens;
  const token = tokens[index] as Token;
  const previous = tokens[index - 1];
  if (!previous || previous.sentence !== token.sentence) return true;
  if (/[,:;(`\u2013\u2014]|\s-\s|^-/.test(stream.words.slice(previous.end, token.start))) return true;
  if (IMPERATIVE_LEAD.has(previous.text)) return true;
  const beforeTo = tokens[index - 2];
  return previous.text === 'to' && beforeTo !== undefined && NEED_TO.has(beforeTo.text);
}

/** A tool named in the text that is not one of the scanned server's own: `the send_email tool`, `when fetch_url is called`. */
export function isForeignToolReference(stream: TokenStream, index: number): boolean {
  const tokens = stream.tokens;
  const token = tokens[index] as Token;
  if (!token.identifier || stream.ownNames.has(token.text)) return false;
  const next = tokens[index + 1];
  const afterNext = tokens[index + 2];
  const previous = tokens[index - 1];
  if (next?.concepts.includes('tool') || previous?.concepts.includes('tool')) return true;
  return Boolean(next?.concepts.includes('called') || (afterNext?.concepts.includes('called') && next?.text === 'is'));
}

/** Scripts of languages that put the verb last (Chinese, Japanese, Korean, Hindi): "以前の指示を無視して". */
const VERB_LAST_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Devanagari}]/u;

export function isVerbLastScript(stream: TokenStream, index: number): boolean {
  return VERB_LAST_SCRIPT.test(stream.tokens[index]?.text ?? '');
}

const OWNERS = new Set(['their', 'his', 'her', 'its', 'the user', 'users']);

/** Something worth stealing: a credential file, a secret env reference, conversation data, the system
 *  prompt, or a credential word that is someone's ("the user's API key", "all credentials"). */
export function isSensitiveObject(stream: TokenStream, index: number): boolean {
  const token = stream.tokens[index] as Token;
  if (token.entity === 'sensitivePath' || token.entity === 'envSecret') return true;
  if (token.concepts.includes('private') || token.concepts.includes('sysprompt') || token.concepts.includes('credentialFile')) return true;
  if (token.concepts.includes('credentialStrong')) return true;
  if (token.concepts.includes('credential')) return isOwnedOrQuantified(stream, index) || isPersonal(stream, index);
  if (PERSONAL_NOUNS.has(token.text)) return isPersonal(stream, index);
  if (token.concepts.includes('conversationWord')) return isUsersConversation(stream, index);
  if (token.concepts.includes('contents')) return sentenceHas(stream, index, ['credential'], (other) => other.entity === 'sensitivePath');
  return false;
}

const CONVERSATION_PARTS = new Set(['history', 'histories', 'logs', 'log', 'threads', 'thread', 'content', 'contents', 'context', 'data', 'transcript', 'transcripts', 'metadata', 'messages']);
const WHOLE = new Set(['full', 'entire', 'whole', 'complete', 'user', 'users', 'their', 'every', 'all']);

/** "the user's conversation threads", "the full conversation" — not "a Slack conversation". */
function isUsersConversation(stream: TokenStream, index: number): boolean {
  const next = stream.tokens[index + 1];
  const previous = stream.tokens[index - 1];
  return (next !== undefined && CONVERSATION_PARTS.has(next.text)) || (previous !== undefined && (WHOLE.has(previous.text) || previous.concepts.includes('user')));
}

const PERSONAL_NOUNS = new Set(['email address', 'email', 'phone', 'address', 'ip address', 'documents', 'files', 'emails', 'contacts', 'messages', 'photos', 'notes', 'calendar', 'location', 'history', 'keys', 'data', 'chats', 'screenshots', 'clipboard', 'keystrokes', 'browsing']);

/** "the user's documents", "their emails": someone's personal data. */
function isPersonal(stream: TokenStream, index: number): boolean {
  const previous = stream.tokens[index - 1];
  const beforeThat = stream.tokens[index - 2];
  if (previous?.text === 'their') return true;
  return previous?.text === 's' && beforeThat !== undefined && beforeThat.concepts.includes('user');
}

function isOwnedOrQuantified(stream: TokenStream, index: number): boolean {
  for (let k = index - 1; k >= 0 && k >= index - 4; k--) {
    const token = stream.tokens[k] as Token;
    if (token.concepts.includes('user') || token.concepts.includes('quantAll') || OWNERS.has(token.text)) return true;
  }
  return false;
}

export const sensitiveObject: Slot = {
  any: ['credential', 'credentialStrong', 'private', 'sysprompt', 'credentialFile', 'contents', 'conversationWord', 'sensitivePath', 'envSecret'],
  words: [...PERSONAL_NOUNS],
  test: isSensitiveObject,
};
export const foreignTool: Slot = { any: ['identifier'], test: isForeignToolReference };
