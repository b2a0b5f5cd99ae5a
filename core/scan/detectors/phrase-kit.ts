// Shared pieces of the phrase detectors: the spec shape, slot shorthands and token predicates.
import type { Hit, TextAnalysis } from '../analysis';
import type { RuleId } from '../rules';
import type { Concept } from '../text/lexicon';
import { findSequencesFrom, sentenceHas, type Slot } from '../text/sequence';
import type { Token, TokenStream, WordEntry } from '../text/tokens';
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
  const { offset, list } = placeOf(specs);
  const indexed = headStartsOf(analysis.stream);
  if (!indexed.activeLists[list]) return hits;
  // `touched` is ascending and a list owns a range of spec numbers: its specs with candidates are a run in it.
  const touched = indexed.touched;
  let t = 0;
  while (t < touched.length && (touched[t] as number) < offset) t++;
  for (; t < touched.length && (touched[t] as number) < offset + specs.length; t++) {
    const number = touched[t] as number;
    const candidates = indexed.bySpec[number] as number[];
    const spec = specs[number - offset] as PhraseSpec;
    const base = spec.surfaces?.[analysis.surface] ?? spec.confidence;
    if (base <= 0) continue;
    const matches = findSequencesFrom(analysis.stream, candidates, spec.slots, { negatable: spec.negatable ?? false, maxChars: spec.maxChars ?? 200 }, 4);
    for (const match of matches) {
      const boosted = spec.boost && sentenceHas(analysis.stream, match.first, spec.boost.any, spec.boost.test);
      const confidence = boosted ? Math.max(base, spec.boost?.confidence ?? base) : base;
      hits.push({ ruleId: spec.ruleId, confidence, message: spec.message, start: match.start, end: match.end, discountable: spec.discountable ?? true, quotable: spec.discountable ?? true });
    }
  }
  return hits;
}

/**
 * The head slots of every spec list run so far, in one table: each list owns a range of global spec
 * numbers, so a text's tokens are looked up once for all lists instead of once per list and head term.
 */
const heads = { byConcept: new Map<string, number[]>(), byWord: new Map<string, number[]>(), size: 0, listOfSpec: [] as number[], lists: 0 };

/** Where a spec list sits in the table: its first global spec number, and its own number. */
interface ListPlace {
  offset: number;
  list: number;
}

const places = new WeakMap<readonly PhraseSpec[], ListPlace>();

/** For one text: per global spec number, the ascending indexes of the tokens its head slot takes by concept
 *  or word (absent when none: most rules cannot start anywhere in a short description), and which lists
 *  have any such spec (a list with none is skipped without visiting its specs). */
interface HeadStarts {
  bySpec: Array<number[] | undefined>;
  activeLists: Uint8Array;
  /** Spec numbers set for the current text, ascending, so the next text clears only those. */
  touched: number[];
  /** heads.size when the current text was indexed. */
  size: number;
}

/** One table, reused text after text: allocating it per text cost more than the lookups it serves. The phrase
 *  detectors run one after the other on each text and nothing inside them re-scans, so while one list is
 *  matched the table belongs to its text; a re-scanned decoded payload in between makes the outer text
 *  index itself again. */
const starts: HeadStarts = { bySpec: [], activeLists: new Uint8Array(0), touched: [], size: 0 };
const lastIndexed: { stream?: TokenStream } = {};

function headStartsOf(stream: TokenStream): HeadStarts {
  // A list first run after this stream was indexed is not in it yet: index again (only while warming up).
  if (lastIndexed.stream !== stream || starts.size < heads.size) {
    lastIndexed.stream = stream;
    indexHeads(stream);
  }
  return starts;
}

function indexHeads(stream: TokenStream): void {
  for (const spec of starts.touched) starts.bySpec[spec] = undefined;
  starts.touched.length = 0;
  if (starts.activeLists.length < heads.lists) starts.activeLists = new Uint8Array(heads.lists);
  else starts.activeLists.fill(0);
  starts.size = heads.size;
  const tokens = stream.tokens;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    const entry = token.entry;
    if (entry !== undefined && token.concepts === entry.concepts) {
      addStart(headsOfWord(entry), k);
      continue;
    }
    for (const concept of token.concepts) addStart(heads.byConcept.get(concept), k);
    addStart(heads.byWord.get(token.text), k);
  }
  sortInPlace(starts.touched);
}

/** What the lookups above find for a word, each spec once and in the order they find it, kept on the word's
 *  dictionary entry: a word seen before costs no lookup. */
function headsOfWord(entry: WordEntry): readonly number[] {
  const known = entry.phraseHeads;
  if (known !== undefined && known.size === heads.size) return known.specs;
  const specs = new Set<number>();
  for (const concept of entry.concepts) for (const spec of heads.byConcept.get(concept) ?? []) specs.add(spec);
  for (const spec of heads.byWord.get(entry.text) ?? []) specs.add(spec);
  entry.phraseHeads = { size: heads.size, specs: [...specs] };
  return entry.phraseHeads.specs;
}

/** Insertion sort: a text touches a handful of specs, and Array#sort would allocate its work arrays. */
function sortInPlace(numbers: number[]): void {
  for (let i = 1; i < numbers.length; i++) {
    const value = numbers[i] as number;
    let j = i;
    for (; j > 0 && (numbers[j - 1] as number) > value; j--) numbers[j] = numbers[j - 1] as number;
    numbers[j] = value;
  }
}

function addStart(specs: readonly number[] | undefined, token: number): void {
  if (!specs) return;
  for (const spec of specs) {
    const list = starts.bySpec[spec];
    if (list) {
      if (list[list.length - 1] !== token) list.push(token);
      continue;
    }
    starts.bySpec[spec] = [token];
    starts.touched.push(spec);
    starts.activeLists[heads.listOfSpec[spec] as number] = 1;
  }
}

function placeOf(specs: readonly PhraseSpec[]): ListPlace {
  const known = places.get(specs);
  if (known) return known;
  const place = { offset: heads.size, list: heads.lists++ };
  specs.forEach((spec, i) => {
    const head = spec.slots[0];
    for (const concept of head?.any ?? []) addHead(heads.byConcept, concept, place.offset + i);
    for (const text of head?.words ?? []) addHead(heads.byWord, text, place.offset + i);
    heads.listOfSpec[place.offset + i] = place.list;
  });
  heads.size += specs.length;
  places.set(specs, place);
  return place;
}

function addHead(index: Map<string, number[]>, key: string, spec: number): void {
  const list = index.get(key);
  if (!list) index.set(key, [spec]);
  else if (list[list.length - 1] !== spec) list.push(spec);
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
