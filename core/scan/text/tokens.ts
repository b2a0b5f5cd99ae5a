// Turns the folded text into a stream of tokens tagged with concepts, split into sentences.
// Words are looked up in the lexicon (exact, stem, multi-word); Han and Kana runs are segmented by
// dictionary; URLs, hosts, e-mail addresses, credential paths and secret env references become one token.
import { register } from '../regex-registry';
import { findEntities, type Entity, type EntityKind } from './entities';
import { ATTACK_WORDS, LEXICON, TYPO_TOLERANT, type Concept } from './lexicon';
import type { TextViews } from './normalize';

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
}

export interface TokenStream {
  tokens: Token[];
  byConcept: Map<Concept, number[]>;
  /** Token indexes by token text, for rules that name words rather than concepts. */
  byText: Map<string, number[]>;
  entities: Entity[];
  /** The folded text the tokens index into. */
  words: string;
  /** Names that belong to the scanned tool's own server (lower-case): mentioning them is normal. */
  ownNames: ReadonlySet<string>;
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
}

const NON_ASCII = /[^\x00-\x7f]/;
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
  const { byConcept, byText } = indexTokens(tokens);
  return { tokens, byConcept, byText, entities, words: views.words, ownNames };
}

function rawTokens(views: TextViews, entities: Entity[], dict: Dictionary): Token[] {
  const tokens: Token[] = [];
  const asciiOnly = !NON_ASCII.test(views.words);
  let entityIndex = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(views.words); match; match = WORD.exec(views.words)) {
    const start = match.index;
    let end = start + match[0].length;
    while (entityIndex < entities.length && (entities[entityIndex] as Entity).end <= start) entityIndex++;
    const entity = entities[entityIndex];
    if (entity && entity.start < end) {
      tokens.push(entityToken(entity));
      entityIndex++;
      WORD.lastIndex = Math.max(WORD.lastIndex, entity.end);
      continue;
    }
    if (views.words.startsWith("'t", end) && !/\p{L}/u.test(views.words[end + 2] ?? '')) {
      end += 2;
      WORD.lastIndex = end;
    }
    const text = views.words.slice(start, end);
    if (!asciiOnly && CJK_CHAR.test(text)) segmentMixedRun(text, start, dict, tokens);
    else tokens.push(wordToken(text, start, end, views.plain, dict));
  }
  return tokens;
}

function entityToken(entity: Entity): Token {
  const concepts: Concept[] = [...entity.concepts, entity.kind];
  return { start: entity.start, end: entity.end, text: entity.text.toLowerCase(), concepts, sentence: 0, entity: entity.kind, suspiciousHost: entity.suspiciousHost ?? false };
}

function wordToken(text: string, start: number, end: number, plain: string, dict: Dictionary): Token {
  const concepts = lookup(text, dict);
  if (!isIdentifier(text, plain.slice(start, end))) return { start, end, text, concepts, sentence: 0 };
  return { start, end, text, concepts: [...concepts, 'identifier'], sentence: 0, identifier: true };
}

function isIdentifier(lower: string, original: string): boolean {
  if (lower.includes('_')) return SNAKE_CASE.test(lower);
  return lower !== original && CAMEL_CASE.test(original);
}

const LOOKUP_CACHE_LIMIT = 20_000;
const lookupCache = new Map<string, Concept[]>();

/** Words repeat across descriptions ("returns", "the"), so lookups are memoised (bounded). */
function lookup(text: string, dict: Dictionary): Concept[] {
  const cached = lookupCache.get(text);
  if (cached) return cached;
  const found = lookupUncached(text, dict);
  if (lookupCache.size >= LOOKUP_CACHE_LIMIT) lookupCache.clear();
  lookupCache.set(text, found);
  return found;
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
function segmentMixedRun(text: string, offset: number, dict: Dictionary, tokens: Token[]): void {
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
      tokens.push({ start: offset + i, end: offset + i + term.term.length, text: term.term, concepts: term.concepts, sentence: 0 });
      i += term.term.length;
    } else i++;
  }
  if (wordStart >= 0) pushPlainWord(text.slice(wordStart), offset + wordStart, dict, tokens);
}

/** Han, Hiragana, Katakana (BMP): checked by range, this runs per character of long CJK texts. */
function isCjk(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0x31f0 && code <= 0x31ff) || (code >= 0xff66 && code <= 0xff9f);
}

function pushPlainWord(text: string, start: number, dict: Dictionary, tokens: Token[]): void {
  tokens.push({ start, end: start + text.length, text, concepts: lookup(text, dict), sentence: 0 });
}

/** Undoes space- or hyphen-insertion evasion ("sen ds usage da ta", "prev-ious"): two unknown fragments that make a known word. */
function joinSplitWords(tokens: Token[], words: string, dict: Dictionary): Token[] {
  // Copied only from the first join on: most texts have nothing to rejoin and keep their token list.
  let joined: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    if (next && next.start === token.end + 1 && SPLITTERS.includes(words[token.end] as string) && dict.prefixes.has(token.text) && isPiece(token) && isPiece(next) && token.text.length + next.text.length >= 5) {
      const text = token.text + next.text;
      const bothFragments = isFragment(token) && isFragment(next);
      // An attack word is rejoined even where a piece is itself a word ("in structions", "sys.tem").
      const concepts = bothFragments || ATTACK_WORDS.has(text) ? lookupExact(text, dict) : NO_CONCEPTS;
      if (concepts.length > 0) {
        joined ??= tokens.slice(0, i);
        joined.push({ start: token.start, end: next.end, text, concepts, sentence: 0 });
        i++;
        continue;
      }
    }
    joined?.push(token);
  }
  return joined ?? tokens;
}

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
function mergeMultiWords(tokens: Token[], words: string, dict: Dictionary): Token[] {
  // Copied only from the first merge on: most texts hold no multi-word term and keep their token list.
  let merged: Token[] | undefined;
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    const candidates = next && dict.secondWords.has(next.text) ? dict.multi.get(token.text) : undefined;
    const term = candidates?.find((entry) => matchesAt(tokens, i, entry.parts, words));
    if (!term) {
      merged?.push(token);
      i++;
      continue;
    }
    merged ??= tokens.slice(0, i);
    const last = tokens[i + term.parts.length - 1] as Token;
    const concepts = [...new Set([...term.concepts, ...last.concepts])];
    merged.push({ start: token.start, end: last.end, text: words.slice(token.start, last.end), concepts, sentence: 0 });
    i += term.parts.length;
  }
  return merged ?? tokens;
}

function matchesAt(tokens: Token[], index: number, parts: string[], words: string): boolean {
  for (let k = 1; k < parts.length; k++) {
    const token = tokens[index + k];
    const previous = tokens[index + k - 1] as Token;
    if (!token || token.start - previous.end > 3 || !onlyJoiners(words, previous.end, token.start)) return false;
    const part = parts[k] as string;
    if (part.endsWith('*') ? !token.text.startsWith(part.slice(0, -1)) : token.text !== part) return false;
  }
  return true;
}

/** Words of a multi-word term may be separated by spaces, hyphens or dots only. */
function onlyJoiners(words: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = words[i];
    if (ch !== ' ' && ch !== '-' && ch !== '.' && ch !== '\n') return false;
  }
  return true;
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

function indexTokens(tokens: Token[]): { byConcept: Map<Concept, number[]>; byText: Map<string, number[]> } {
  const byConcept = new Map<Concept, number[]>();
  const byText = new Map<string, number[]>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    for (const concept of token.concepts) push(byConcept, concept, i);
    push(byText, token.text, i);
  }
  return { byConcept, byText };
}

function push<K>(index: Map<K, number[]>, key: K, value: number): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

function compile(): Dictionary {
  const dict: Dictionary = { fuzzy: new Map(), exact: new Map(), stems: new Map(), multi: new Map(), cjk: new Map(), prefixes: new Set(), secondWords: new Set() };
  for (const word of TYPO_TOLERANT) {
    if (word.includes(' ')) continue;
    const key = `${word[0]}${word.length}`;
    dict.fuzzy.set(key, [...(dict.fuzzy.get(key) ?? []), word]);
  }
  for (const [concept, terms] of Object.entries(LEXICON) as Array<[Concept, readonly string[]]>) {
    for (const term of terms) addTerm(dict, term, concept);
  }
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
