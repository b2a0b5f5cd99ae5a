// Turns the folded text into a stream of tokens tagged with concepts, split into sentences.
// Words are looked up in the lexicon (exact, stem, multi-word); Han and Kana runs are segmented by
// dictionary; URLs, hosts, e-mail addresses, credential paths and secret env references become one token.
import { register } from '../regex-registry';
import { findEntities, type Entity, type EntityKind } from './entities';
import { fnv1a } from './fnv';
import { ATTACK_WORDS, LEXICON, TYPO_TOLERANT, type Concept } from './lexicon';
import { NON_ASCII, type TextViews } from './normalize';

export interface Token {
  start: number;
  end: number;
  text: string;
  concepts: readonly Concept[];
  sentence: number;
  entity?: EntityKind;
  suspiciousHost?: boolean;
  /** snake_case or camelCase identifier: a tool or parameter name. */
  identifier?: boolean;
  /** The dictionary entry every token of this word shares (absent on entity and CJK tokens until asked for). */
  entry?: WordEntry;
}

export interface TokenStream {
  readonly tokens: Token[];
  readonly entities: Entity[];
  /** The folded text the tokens index into. */
  readonly words: string;
  /** Names that belong to the scanned tool's own server (lower-case): mentioning them is normal. */
  readonly ownNames: ReadonlySet<string>;
}

interface MultiTerm {
  parts: string[];
  concepts: Concept[];
}

interface Dictionary {
  /** Typo-tolerant words by first letter and length. */
  fuzzy: Map<string, string[]>;
  exact: Map<string, Concept[]>;
  stems: Map<string, Array<{ stem: string; concepts: Concept[] }>>;
  multi: Map<string, MultiTerm[]>;
  cjk: Map<string, Array<{ term: string; concepts: Concept[] }>>;
  /** Proper prefixes (two letters or more) of single-word terms and stems: the left half of a split word is one of these. */
  prefixes: Set<string>;
  /** Second words of multi-word terms: most words that can start a term are not followed by one of these. */
  secondWords: Set<string>;
  /** Proper prefixes of attack words: the left half of a split attack word ("in" of "in structions") is one of these. */
  attackPrefixes: Set<string>;
}

/** Everything the tokenizer asks the dictionary about one word, looked up once and memoised together. */
export interface WordEntry {
  /** The word (tokens of it share this string). */
  text: string;
  concepts: Concept[];
  prefix: boolean;
  attackPrefix: boolean;
  secondWord: boolean;
  /** Multi-word terms this word starts, longest first. */
  multi: MultiTerm[] | undefined;
  /** For a word with "_" in it: whether it is a snake_case identifier. */
  snakeCase: boolean | undefined;
  /** What this word makes joined to a following unknown word, by that word (filled in by joinSplitWords). */
  joins: Map<string, Concept[]> | undefined;
  /** The phrase rules this word can start, by its concepts or by itself (filled in by phrase-kit's head index). */
  phraseHeads: PhraseHeads | undefined;
}

export interface PhraseHeads {
  /** How many phrase rules the head index held when these were looked up: it grows as detectors first run. */
  readonly size: number;
  readonly specs: readonly number[];
}

/** A token with its dictionary entry (once looked up): every token has this one shape, so property reads stay monomorphic. */
interface StreamToken extends Token {
  entity: EntityKind | undefined;
  suspiciousHost: boolean;
  identifier: boolean;
  entry: WordEntry | undefined;
}

function makeToken(start: number, end: number, text: string, concepts: readonly Concept[], entry: WordEntry | undefined): StreamToken {
  return { start, end, text, concepts, sentence: 0, entity: undefined, suspiciousHost: false, identifier: false, entry };
}

const LETTERS_ONLY = /^\p{L}{1,12}$/u;
const SNAKE_CASE = /^[a-z][a-z0-9]{0,255}(?:_[a-z0-9]{1,255}){1,64}$/;
const CAMEL_CASE = /^[a-z]{1,255}(?:[A-Z][a-z0-9]{1,255}){1,64}$/;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// Marks belong to the word: Devanagari, Arabic and Thai vowel signs are \p{M} (Latin accents are already folded).
const WORD = register(/[\p{L}\p{M}\p{N}_]{1,256}/gu);
const STEM_KEY = 2;

let dictionary: Dictionary | undefined;

export function tokenize(views: TextViews, ownNames: ReadonlySet<string> = new Set()): TokenStream {
  const dict = (dictionary ??= compile());
  const entities = findEntities(views.plain, views.words);
  const raw = joinSplitWords(rawTokens(views, entities, dict), views.words, dict);
  const tokens = mergeMultiWords(raw, views.words, dict);
  assignSentences(tokens, views.words);
  return { tokens, entities, words: views.words, ownNames };
}

function rawTokens(views: TextViews, entities: Entity[], dict: Dictionary): StreamToken[] {
  const words = views.words;
  const tokens: StreamToken[] = [];
  const asciiOnly = !NON_ASCII.test(words);
  let entityIndex = 0;
  for (let cursor = 0; ; ) {
    const start = asciiOnly ? nextAsciiWordStart(words, cursor) : nextWordStart(words, cursor);
    if (start < 0) break;
    let end = asciiOnly ? asciiWordEnd(words, start) : WORD.lastIndex;
    cursor = end;
    while (entityIndex < entities.length && (entities[entityIndex] as Entity).end <= start) entityIndex++;
    const entity = entities[entityIndex];
    if (entity && entity.start < end) {
      tokens.push(entityToken(entity));
      entityIndex++;
      cursor = Math.max(cursor, entity.end);
      continue;
    }
    if (words.charCodeAt(end) === APOSTROPHE && words.startsWith("'t", end) && !/\p{L}/u.test(words[end + 2] ?? '')) {
      end += 2;
      cursor = end;
    }
    if (asciiOnly || !mayHoldCjk(words, start, end)) {
      tokens.push(wordToken(entryAt(words, start, end, dict), start, end, views.plain));
      continue;
    }
    const text = words.slice(start, end);
    if (CJK_CHAR.test(text)) segmentMixedRun(text, start, dict, tokens);
    else tokens.push(wordToken(wordEntry(text, dict), start, end, views.plain));
  }
  return tokens;
}

const APOSTROPHE = 0x27;

/** The first code point of the Han, Hiragana and Katakana scripts (CJK radicals): no CJK_CHAR below it. */
const FIRST_CJK = 0x2e80;

function mayHoldCjk(words: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (words.charCodeAt(i) >= FIRST_CJK) return true;
  return false;
}

/** Start of the next WORD match at or after `from` (-1 when none); WORD.lastIndex is left at its end. */
function nextWordStart(words: string, from: number): number {
  WORD.lastIndex = from;
  const match = WORD.exec(words);
  return match ? match.index : -1;
}

/** WORD on ASCII text, without the Unicode-property regex: letters, digits and "_". */
function isAsciiWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x5f || (code >= 0x41 && code <= 0x5a);
}

function nextAsciiWordStart(words: string, from: number): number {
  for (let i = from; i < words.length; i++) if (isAsciiWordChar(words.charCodeAt(i))) return i;
  return -1;
}

/** WORD matches at most 256 characters: a longer run goes on as the next word. */
function asciiWordEnd(words: string, start: number): number {
  const limit = Math.min(words.length, start + WORD_LIMIT);
  let end = start + 1;
  while (end < limit && isAsciiWordChar(words.charCodeAt(end))) end++;
  return end;
}

const WORD_LIMIT = 256;

function entityToken(entity: Entity): StreamToken {
  const concepts: Concept[] = [...entity.concepts, entity.kind];
  const token = makeToken(entity.start, entity.end, entity.text.toLowerCase(), concepts, undefined);
  token.entity = entity.kind;
  token.suspiciousHost = entity.suspiciousHost ?? false;
  return token;
}

function wordToken(entry: WordEntry, start: number, end: number, plain: string): StreamToken {
  // Tokens of one word share the entry's string: its hash is computed once for every later lookup.
  if (!isIdentifier(entry, plain, start, end)) return makeToken(start, end, entry.text, entry.concepts, entry);
  const token = makeToken(start, end, entry.text, [...entry.concepts, 'identifier'], entry);
  token.identifier = true;
  return token;
}

function isIdentifier(entry: WordEntry, plain: string, start: number, end: number): boolean {
  if (entry.snakeCase !== undefined) return entry.snakeCase;
  // camelCase starts lower-case and has a capital after that: most words fail this and are not copied out of `plain`.
  if (!isAsciiLower(plain.charCodeAt(start)) || !hasAsciiCapital(plain, start + 1, end)) return false;
  return CAMEL_CASE.test(plain.slice(start, end));
}

function isAsciiLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

function hasAsciiCapital(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) return true;
  }
  return false;
}

/** Words repeat across descriptions ("returns", "the"), so dictionary entries are memoised (bounded). */
const ENTRY_LIMIT = 20_000;
const entries = new Map<string, WordEntry>();

function wordEntry(text: string, dict: Dictionary): WordEntry {
  const cached = entries.get(text);
  if (cached) return cached;
  const entry = newEntry(text, dict);
  if (entries.size >= ENTRY_LIMIT) {
    entries.clear();
    joinsKept = 0;
  }
  entries.set(text, entry);
  return entry;
}

/** The last entry seen per hash slot of a word's characters: a repeated word is found from its span in the
 *  text, without copying it out and hashing the copy (the copy is made only on a miss). */
const SPAN_SLOTS = 1 << 14;
const bySpan: Array<WordEntry | undefined> = new Array(SPAN_SLOTS).fill(undefined);

function entryAt(words: string, start: number, end: number, dict: Dictionary): WordEntry {
  const slot = fnv1a(words, start, end) & (SPAN_SLOTS - 1);
  const cached = bySpan[slot];
  if (cached !== undefined && isSpanOf(cached.text, words, start, end)) return cached;
  const entry = wordEntry(words.slice(start, end), dict);
  bySpan[slot] = entry;
  return entry;
}

function isSpanOf(text: string, words: string, start: number, end: number): boolean {
  if (text.length !== end - start) return false;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== words.charCodeAt(start + i)) return false;
  return true;
}

function newEntry(text: string, dict: Dictionary): WordEntry {
  return {
    text,
    concepts: lookupUncached(text, dict),
    prefix: dict.prefixes.has(text),
    attackPrefix: dict.attackPrefixes.has(text),
    secondWord: dict.secondWords.has(text),
    multi: dict.multi.get(text),
    snakeCase: text.includes('_') ? SNAKE_CASE.test(text) : undefined,
    joins: undefined,
    phraseHeads: undefined,
  };
}

/** Entity, Han/Kana and rejoined tokens get their entry only when a later pass asks for it. */
function entryOf(token: StreamToken, dict: Dictionary): WordEntry {
  return (token.entry ??= wordEntry(token.text, dict));
}

function lookupUncached(text: string, dict: Dictionary): Concept[] {
  const found = lookupExact(text, dict);
  if (found.length > 0 || text.length < MIN_TYPO_LENGTH || text.length > 20) return found;
  const near = nearWord(text, dict);
  return near ? lookupExact(near, dict) : found;
}

const MIN_TYPO_LENGTH = 6;

function nearWord(text: string, dict: Dictionary): string | undefined {
  for (let length = text.length - 1; length <= text.length + 1; length++) {
    const candidates = dict.fuzzy.get(`${text[0]}${length}`);
    const match = candidates?.find((candidate) => withinOneEdit(text, candidate));
    if (match) return match;
  }
  return undefined;
}

/** Optimal string alignment distance ≤ 1: one insertion, deletion, substitution or adjacent swap. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === b.length) {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

function lookupExact(text: string, dict: Dictionary): Concept[] {
  const exact = dict.exact.get(text);
  const stems = text.length >= STEM_KEY ? dict.stems.get(text.slice(0, STEM_KEY)) : undefined;
  if (!stems) return exact ?? [];
  let found: Set<Concept> | undefined;
  for (const entry of stems) {
    if (!text.startsWith(entry.stem)) continue;
    found ??= new Set<Concept>(exact ?? []);
    for (const concept of entry.concepts) found.add(concept);
  }
  if (found) return [...found];
  return exact ?? NO_CONCEPTS;
}

/** Shared and never mutated (token concept lists are read-only, like the memoised lookups). */
const NO_CONCEPTS: Concept[] = [];

/** Han/Kana text has no spaces: longest dictionary match at each character; other letters form words. */
function segmentMixedRun(text: string, offset: number, dict: Dictionary, tokens: StreamToken[]): void {
  let wordStart = -1;
  for (let i = 0; i < text.length; ) {
    const ch = text[i] as string;
    if (!isCjk(ch.charCodeAt(0))) {
      if (wordStart < 0) wordStart = i;
      i++;
      continue;
    }
    if (wordStart >= 0) {
      pushPlainWord(text.slice(wordStart, i), offset + wordStart, dict, tokens);
      wordStart = -1;
    }
    const term = (dict.cjk.get(ch) ?? []).find((entry) => text.startsWith(entry.term, i));
    if (term) {
      tokens.push(makeToken(offset + i, offset + i + term.term.length, term.term, term.concepts, undefined));
      i += term.term.length;
    } else i++;
  }
  if (wordStart >= 0) pushPlainWord(text.slice(wordStart), offset + wordStart, dict, tokens);
}

/** Han, Hiragana, Katakana (BMP): checked by range, this runs per character of long CJK texts. */
function isCjk(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0x31f0 && code <= 0x31ff) || (code >= 0xff66 && code <= 0xff9f);
}

function pushPlainWord(text: string, start: number, dict: Dictionary, tokens: StreamToken[]): void {
  const entry = wordEntry(text, dict);
  tokens.push(makeToken(start, start + text.length, text, entry.concepts, entry));
}

/** Undoes space- or hyphen-insertion evasion ("sen ds usage da ta", "prev-ious"): two unknown fragments that make a known word. */
function joinSplitWords(tokens: StreamToken[], words: string, dict: Dictionary): StreamToken[] {
  // Copied only from the first join on: most texts have nothing to rejoin and keep their token list.
  let joined: StreamToken[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as StreamToken;
    const next = tokens[i + 1];
    const concepts = next ? splitWordConcepts(token, next, words, dict) : NO_CONCEPTS;
    if (concepts.length > 0) {
      joined ??= tokens.slice(0, i);
      joined.push(makeToken(token.start, (next as StreamToken).end, token.text + (next as StreamToken).text, concepts, undefined));
      i++;
      continue;
    }
    joined?.push(token);
  }
  return joined ?? tokens;
}

/** The concepts of the word `token` and `next` make together, when they are its two split halves. */
function splitWordConcepts(token: StreamToken, next: StreamToken, words: string, dict: Dictionary): Concept[] {
  if (next.start !== token.end + 1 || !SPLITTERS.includes(words[token.end] as string) || token.text.length + next.text.length < 5) return NO_CONCEPTS;
  if (!isPiece(token) || !entryOf(token, dict).prefix || !isPiece(next)) return NO_CONCEPTS;
  if (isFragment(token) && isFragment(next)) return joinedConcepts(entryOf(token, dict), next.text, dict);
  // An attack word is rejoined even where a piece is itself a word ("in structions", "sys.tem").
  if (!entryOf(token, dict).attackPrefix) return NO_CONCEPTS;
  const text = token.text + next.text;
  return ATTACK_WORDS.has(text) ? lookupExact(text, dict) : NO_CONCEPTS;
}

/** Two unknown halves meet again and again ("of the", "to the"): what they make together is memoised on the
 *  first half's entry, keyed by the second half, so a repeated pair is neither joined nor hashed again. */
function joinedConcepts(first: WordEntry, second: string, dict: Dictionary): Concept[] {
  const cached = first.joins?.get(second);
  if (cached) return cached;
  const concepts = lookupExact(first.text + second, dict);
  // Bounded like the entries that hold them, and forgotten with them (see wordEntry).
  if (joinsKept < ENTRY_LIMIT) {
    (first.joins ??= new Map()).set(second, concepts);
    joinsKept++;
  }
  return concepts;
}

let joinsKept = 0;

const SPLITTERS = ' -.';

function isPiece(token: Token): boolean {
  return token.entity === undefined && token.text.length <= 12 && (isAsciiLetters(token.text) || LETTERS_ONLY.test(token.text));
}

function isFragment(token: Token): boolean {
  return token.concepts.length === 0 && isPiece(token);
}

/** Non-empty and a-z only (tokens are lower-case): the common case of LETTERS_ONLY, without the regex. */
function isAsciiLetters(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x61 || code > 0x7a) return false;
  }
  return true;
}

/** Joins "system prompt", "api key", "do not" … into one token when the words are adjacent. */
function mergeMultiWords(tokens: StreamToken[], words: string, dict: Dictionary): StreamToken[] {
  // Copied only from the first merge on: most texts hold no multi-word term and keep their token list.
  let merged: StreamToken[] | undefined;
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i] as StreamToken;
    const next = tokens[i + 1];
    const candidates = next && entryOf(next, dict).secondWord ? entryOf(token, dict).multi : undefined;
    const term = candidates?.find((entry) => matchesAt(tokens, i, entry.parts, words));
    if (!term) {
      merged?.push(token);
      i++;
      continue;
    }
    merged ??= tokens.slice(0, i);
    const last = tokens[i + term.parts.length - 1] as Token;
    const concepts = [...new Set([...term.concepts, ...last.concepts])];
    merged.push(makeToken(token.start, last.end, words.slice(token.start, last.end), concepts, undefined));
    i += term.parts.length;
  }
  return merged ?? tokens;
}

function matchesAt(tokens: readonly Token[], index: number, parts: string[], words: string): boolean {
  for (let k = 1; k < parts.length; k++) {
    const token = tokens[index + k];
    if (!token) return false;
    // The word first: it rules out most candidates, and the gap test reads the text between the tokens.
    const part = parts[k] as string;
    if (part.endsWith('*') ? !token.text.startsWith(part.slice(0, -1)) : token.text !== part) return false;
    const previous = tokens[index + k - 1] as Token;
    if (token.start - previous.end > 3 || !onlyJoiners(words, previous.end, token.start)) return false;
  }
  return true;
}

/** Words of a multi-word term may be separated by spaces, hyphens or dots only, and not by a full stop and a space. */
function onlyJoiners(words: string, from: number, to: number): boolean {
  let dot = false;
  let space = false;
  for (let i = from; i < to; i++) {
    const ch = words[i];
    if (ch === '.') dot = true;
    else if (ch === ' ' || ch === '\n') space = true;
    else if (ch !== '-') return false;
  }
  // "api.key" and "api key" are one term; "SSH. Keys" ends a sentence between them.
  return !(dot && space);
}

const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'approx', 'incl', 'e', 'g', 'i']);

function assignSentences(tokens: Token[], words: string): void {
  let sentence = 0;
  let previous: Token | undefined;
  for (const token of tokens) {
    if (previous && endsSentence(words, previous, token.start)) sentence++;
    token.sentence = sentence;
    previous = token;
  }
}

/** A sentence ends between two tokens at "!?;", a newline, CJK full stops, or "." followed by a space. */
function endsSentence(words: string, previous: Token, nextStart: number): boolean {
  for (let p = previous.end; p < nextStart; p++) {
    const ch = words[p] as string;
    if ('!?;\n。！？；'.includes(ch)) return true;
    if (ch === '.' && /\s/.test(words[p + 1] ?? ' ') && !ABBREVIATIONS.has(previous.text)) return true;
  }
  return false;
}

function compile(): Dictionary {
  const dict: Dictionary = { fuzzy: new Map(), exact: new Map(), stems: new Map(), multi: new Map(), cjk: new Map(), prefixes: new Set(), secondWords: new Set(), attackPrefixes: new Set() };
  for (const word of TYPO_TOLERANT) {
    if (word.includes(' ')) continue;
    const key = `${word[0]}${word.length}`;
    dict.fuzzy.set(key, [...(dict.fuzzy.get(key) ?? []), word]);
  }
  for (const [concept, terms] of Object.entries(LEXICON) as Array<[Concept, readonly string[]]>) {
    for (const term of terms) addTerm(dict, term, concept);
  }
  for (const word of ATTACK_WORDS) for (let length = 1; length < word.length; length++) dict.attackPrefixes.add(word.slice(0, length));
  for (const list of dict.cjk.values()) list.sort((a, b) => b.term.length - a.term.length);
  for (const list of dict.multi.values()) list.sort((a, b) => b.parts.length - a.parts.length);
  return dict;
}

function addTerm(dict: Dictionary, term: string, concept: Concept): void {
  if (CJK_CHAR.test(term)) {
    addTo(dict.cjk, term[0] as string, term, concept, (entry) => entry.term, (t) => ({ term: t, concepts: [] }));
    return;
  }
  const parts = term.split(/[\s.\-]+/).filter(Boolean);
  if (parts.length > 1) {
    dict.secondWords.add(parts[1] as string);
    addTo(dict.multi, parts[0] as string, parts.join(' '), concept, (entry) => entry.parts.join(' '), () => ({ parts, concepts: [] }));
    return;
  }
  const word = term.endsWith('*') ? term.slice(0, -1) : term;
  for (let length = 2; length < word.length; length++) dict.prefixes.add(word.slice(0, length));
  if (term.endsWith('*')) {
    const stem = word;
    addTo(dict.stems, stem.slice(0, STEM_KEY), stem, concept, (entry) => entry.stem, (s) => ({ stem: s, concepts: [] }));
    return;
  }
  const list = dict.exact.get(term) ?? [];
  if (!list.includes(concept)) list.push(concept);
  dict.exact.set(term, list);
}

function addTo<T extends { concepts: Concept[] }>(map: Map<string, T[]>, key: string, id: string, concept: Concept, idOf: (entry: T) => string, create: (id: string) => T): void {
  const list = map.get(key) ?? [];
  let entry = list.find((candidate) => idOf(candidate) === id);
  if (!entry) {
    entry = create(id);
    list.push(entry);
  }
  if (!entry.concepts.includes(concept)) entry.concepts.push(concept);
  map.set(key, list);
}
