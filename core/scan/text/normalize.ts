// Folds raw text into the views the phrase rules read, keeping a map back to the raw offsets so every
// finding can quote the exact raw span. Invisible characters are dropped here; unicode.ts reports them.

export interface TextViews {
  raw: string;
  /** Invisible characters removed, compatibility forms folded (full-width, math letters, ligatures),
   *  accents stripped from Latin letters, whitespace runs collapsed to one space or one newline. */
  plain: string;
  /** `plain` lower-cased, with look-alike Greek/Cyrillic letters and leetspeak digits inside Latin
   *  words folded to Latin letters. Same length as `plain`. */
  words: string;
  /** map[i] = raw offset of plain[i]; map[plain.length] = raw.length. Absent when plain is the raw text. */
  map?: Int32Array;
}

/** The raw offset of plain[i]. */
export function rawOffset(views: TextViews, i: number): number {
  return views.map ? (views.map[i] ?? views.raw.length) : Math.min(i, views.raw.length);
}

const DROP = '';
const SPACE = ' ';
const NEWLINE = '\n';
const MARK = '\u0000mark';

const foldCache = new Map<number, string>();

/** Printable ASCII with single spaces: the plain view is the raw text itself. */
const SIMPLE_ASCII = /^(?:[\x21-\x7e]| (?! ))*$/;
export const NON_ASCII = /[^\x00-\x7f]/;

/** Cheap tests for the two rebuild passes: whether the text can hold in-word markup noise, or letters
 *  spelled out one by one. On ASCII text a letter is [A-Za-z]; the Unicode-property forms are slower. */
interface Gates {
  /** An inline tag, comment or emphasis mark glued to a letter on its left. */
  inWordNoise: RegExp;
  spelled: RegExp;
}

const ASCII_GATES: Gates = {
  inWordNoise: /[a-z](?:<[!/a-z]|\*\*?[a-z]|~~[a-z]|`[a-z])/i,
  spelled: /(?:^|[^A-Za-z])[A-Za-z][.\-*[\]|_/~ ]{1,2}[A-Za-z][.\-*[\]|_/~ ]{1,2}[A-Za-z][.\-*[\]|_/~ ]{1,2}[A-Za-z](?:[^A-Za-z]|$)/,
};

const UNICODE_GATES: Gates = {
  inWordNoise: /\p{L}(?:<[!/a-z]|\*\*?\p{L}|~~\p{L}|`\p{L})/iu,
  spelled: /(?:^|[^\p{L}])\p{L}[.\-*[\]|_/~ ]{1,2}\p{L}[.\-*[\]|_/~ ]{1,2}\p{L}[.\-*[\]|_/~ ]{1,2}\p{L}(?:[^\p{L}]|$)/u,
};

export function buildViews(raw: string): TextViews {
  const simple = SIMPLE_ASCII.test(raw);
  const folded: { text: string; map?: Int32Array } = simple ? { text: raw } : NON_ASCII.test(raw) ? foldText(raw) : foldAsciiText(raw);
  const gates = simple || !NON_ASCII.test(folded.text) ? ASCII_GATES : UNICODE_GATES;
  const joined = removeInWordNoise(folded.text, folded.map, gates);
  const spelled = collapseSpelledOut(joined.text, joined.map, gates);
  return { raw, plain: spelled.text, words: foldWords(spelled.text), ...(spelled.map ? { map: spelled.map } : {}) };
}

/** foldText for ASCII text (line breaks, tabs, runs of spaces, control characters): the same text and map,
 *  built from slices of the raw text between the characters that change instead of one character at a time. */
export function foldAsciiText(raw: string): { text: string; map: Int32Array } {
  const map = new Int32Array(raw.length + 1);
  let text = '';
  let length = 0;
  let runStart = -1;
  let pendingSpace: string | undefined;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code > 0x20 && code !== 0x7f) {
      if (pendingSpace !== undefined && length > 0) {
        text += pendingSpace;
        map[length++] = i;
      }
      pendingSpace = undefined;
      if (runStart < 0) runStart = i;
      map[length++] = i;
      continue;
    }
    if (runStart >= 0) text += raw.slice(runStart, i);
    runStart = -1;
    const piece = asciiFold(code);
    if (piece === NEWLINE || (piece === SPACE && pendingSpace !== NEWLINE)) pendingSpace = piece;
  }
  if (runStart >= 0) text += raw.slice(runStart);
  map[length] = raw.length;
  return { text, map: map.subarray(0, length + 1) };
}

export function foldText(raw: string): { text: string; map: Int32Array } {
  let text = '';
  let map: Int32Array = new Int32Array(raw.length + 16);
  let previousBase = 0;
  let pendingSpace: string | undefined;
  const emit = (piece: string, rawIndex: number): void => {
    if (text.length + piece.length >= map.length) map = grow(map, text.length + piece.length + 1);
    for (let k = 0; k < piece.length; k++) map[text.length + k] = rawIndex;
    text += piece;
  };
  for (let i = 0; i < raw.length; ) {
    const cp = raw.codePointAt(i) as number;
    const piece = cp < 0x80 ? asciiFold(cp) : nonAsciiFold(cp);
    if (piece === SPACE || piece === NEWLINE) {
      if (pendingSpace !== NEWLINE) pendingSpace = piece;
    } else if (piece === MARK) {
      if (!isLatinLike(previousBase)) emit(String.fromCodePoint(cp), i);
    } else if (piece !== DROP) {
      if (pendingSpace !== undefined && text.length > 0) emit(pendingSpace, i);
      pendingSpace = undefined;
      emit(piece, i);
      previousBase = cp;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  if (text.length >= map.length) map = grow(map, text.length + 1);
  map[text.length] = raw.length;
  return { text, map: map.subarray(0, text.length + 1) };
}

function grow(map: Int32Array, needed: number): Int32Array {
  const bigger = new Int32Array(Math.max(needed, map.length * 2));
  bigger.set(map);
  return bigger;
}

const NOISE_TAG_LIMIT = 40;

/** "Ign<span></span>ore", "prev<!-- -->ious", "ig**no**re", "dis`reg`ard": markup glued inside a word is
 *  an evasion (a renderer shows the word whole); it is dropped so the word reads whole. Only between two
 *  letters, so `a < b`, `**bold**` and `2*3` are untouched. */
export function removeInWordNoise(text: string, map: Int32Array | undefined, gates: Gates = UNICODE_GATES): { text: string; map?: Int32Array } {
  if (!gates.inWordNoise.test(text)) return map ? { text, map } : { text };
  return rebuild(text, map, (i, keep) => {
    if (i > 0 && isLetter(text[i - 1])) {
      const end = noiseRunEnd(text, i);
      if (end > i && isLetter(text[end])) return end;
    }
    keep(i);
    return i + 1;
  });
}

/** End of a run of inline tags, comments and emphasis marks starting at i (i itself when there is none). */
function noiseRunEnd(text: string, i: number): number {
  let cursor = i;
  for (let pieces = 0; pieces < 8; pieces++) {
    const ch = text[cursor];
    if (ch === '`' && !isInWordBacktick(text, cursor)) break;
    if (ch === '*' || ch === '`' || (ch === '~' && text[cursor + 1] === '~')) {
      cursor += ch === '~' || text[cursor + 1] === ch ? 2 : 1;
      continue;
    }
    if (ch !== '<') break;
    let close = cursor + 1;
    while (close < text.length && close - cursor <= NOISE_TAG_LIMIT && text[close] !== '>') close++;
    if (text[close] !== '>' || close - cursor > NOISE_TAG_LIMIT) break;
    const inner = text.slice(cursor + 1, close);
    if (!/^(?:!--[^<>]{0,36}--|\/?[a-z][a-z0-9]{0,9}(?: [^<>]{0,28})?\/?)$/i.test(inner)) break;
    cursor = close + 1;
  }
  return cursor;
}

const BACKTICK_SPAN_LIMIT = 24;

/** "dis`reg`ard": the other backtick of the pair is close and nothing between them is a space. A code
 *  span glued to a word ("name`curl -s …`") holds spaces and stays, so the code patterns still see it. */
function isInWordBacktick(text: string, at: number): boolean {
  return pairHasNoSpace(text, at, 1) || pairHasNoSpace(text, at, -1);
}

function pairHasNoSpace(text: string, at: number, step: 1 | -1): boolean {
  for (let k = at + step, n = 0; k >= 0 && k < text.length && n < BACKTICK_SPAN_LIMIT; k += step, n++) {
    const ch = text[k] as string;
    if (ch === '`') return true;
    if (ch === ' ' || ch === '\n') return false;
  }
  return false;
}

const SEPARATOR_CLASSES = ['.', '-', '*', '[]', '|', '_', '/', '~', ' '];
const MIN_SPELLED = 4;
const MIN_SPACED = 5;

/** "I.g.n.o.r.e", "s]e[n]d", "I-G-N-O-R-E", "i g n o r e": single letters strung on one kind of separator
 *  are joined into the word they spell. */


export function collapseSpelledOut(text: string, map: Int32Array | undefined, gates: Gates = UNICODE_GATES): { text: string; map?: Int32Array } {
  if (!gates.spelled.test(text)) return map ? { text, map } : { text };
  return rebuild(text, map, (i, keep) => {
    const run = isLetter(text[i]) ? spelledRun(text, i, map) : undefined;
    if (!run) {
      keep(i);
      return i + 1;
    }
    for (const index of run) keep(index);
    return (run[run.length - 1] as number) + 1;
  });
}

/**
 * Rebuilds `text` from the source indices `step` keeps, in order; `step` returns where to continue.
 * Each kept character maps back to the raw text through `map` (or to its own index when there is none).
 */
function rebuild(text: string, map: Int32Array | undefined, step: (i: number, keep: (index: number) => void) => number): { text: string; map: Int32Array } {
  // Kept characters mostly come in long contiguous runs: they are copied as slices, not one by one.
  let out = '';
  let length = 0;
  let runStart = -1;
  let runEnd = -1;
  const outMap = new Int32Array(text.length + 1);
  const keep = (index: number) => {
    outMap[length++] = map ? (map[index] as number) : index;
    if (index === runEnd) {
      runEnd++;
      return;
    }
    if (runStart >= 0) out += text.slice(runStart, runEnd);
    runStart = index;
    runEnd = index + 1;
  };
  for (let i = 0; i < text.length; ) i = step(i, keep);
  if (runStart >= 0) out += text.slice(runStart, runEnd);
  outMap[length] = map ? (map[text.length] as number) : text.length;
  return { text: out, map: outMap.subarray(0, length + 1) };
}

/** Indexes of the letters of a spelled-out word starting at i, or undefined. */
function spelledRun(text: string, i: number, map: Int32Array | undefined): number[] | undefined {
  if (!isLetter(text[i]) || isLetter(text[i - 1])) return undefined;
  const separator = SEPARATOR_CLASSES.find((kind) => kind.includes(text[i + 1] ?? '\0'));
  if (!separator) return undefined;
  const letters = [i];
  let cursor = i + 1;
  let wideGapAfter = false;
  while (cursor < text.length) {
    let gapEnd = cursor;
    while (gapEnd < text.length && gapEnd - cursor < 2 && separator.includes(text[gapEnd] as string)) gapEnd++;
    if (gapEnd === cursor || !isLetter(text[gapEnd]) || isLetter(text[gapEnd + 1])) break;
    if (separator === ' ' && isWideGap(map, cursor - 1, gapEnd)) {
      wideGapAfter = true;
      break;
    }
    letters.push(gapEnd);
    cursor = gapEnd + 1;
  }
  // Spaced-out text that marks word breaks with wider gaps ("a l l   p r e v i o u s") spells short words too.
  const wordBreaks = separator === ' ' && (wideGapAfter || isWideGap(map, i - 2, i));
  const minimum = separator === ' ' ? (wordBreaks ? 2 : MIN_SPACED) : MIN_SPELLED;
  return letters.length >= minimum ? letters : undefined;
}

/** Were the letters at plain offsets `left` and `right` more than one character apart in the raw text? (Runs
 *  of spaces are folded to one in `plain`; the raw offsets keep the width.) */
function isWideGap(map: Int32Array | undefined, left: number, right: number): boolean {
  if (!map || left < 0) return false;
  return (map[right] as number) - (map[left] as number) > 2;
}

function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return /\p{L}/u.test(ch);
}

function asciiFold(cp: number): string {
  if (cp === 0x0a || cp === 0x0d || cp === 0x0b || cp === 0x0c) return NEWLINE;
  if (cp === 0x09 || cp === 0x20) return SPACE;
  if (cp < 0x20 || cp === 0x7f) return DROP;
  return String.fromCharCode(cp);
}

function nonAsciiFold(cp: number): string {
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  const value = computeFold(cp);
  if (foldCache.size < 50_000) foldCache.set(cp, value);
  return value;
}

const INVISIBLE = /^[\p{Cf}\p{Co}\p{Cc}\u034f\u115f\u1160\u3164\uffa0\u2800\ufe00-\ufe0f\u{e0100}-\u{e01ef}]$/u;
const WHITESPACE = /^\s$/u;
const NEWLINES = /^[\u0085\u2028\u2029]$/u;
const COMBINING = /^\p{M}$/u;
const ACCENTED_LATIN = /[\u00c0-\u024f\u1e00-\u1eff]/;

function computeFold(cp: number): string {
  const ch = String.fromCodePoint(cp);
  if (NEWLINES.test(ch)) return NEWLINE;
  if (cp === 0xfeff || INVISIBLE.test(ch)) return DROP;
  if (WHITESPACE.test(ch)) return SPACE;
  if (COMBINING.test(ch)) return MARK;
  // German sharp s is written "ss" as often as "ß": "einschließlich" reads as the lexicon's "einschliesslich".
  if (cp === 0xdf || cp === 0x1e9e) return 'ss';
  // The reversed semicolon reads as one; NFKC leaves it alone.
  if (cp === 0x204f) return ';';
  const boxed = boxedLetter(cp);
  if (boxed) return boxed;
  let folded = ch.normalize('NFKC');
  if (ACCENTED_LATIN.test(folded)) folded = folded.normalize('NFD').replace(/\p{M}/gu, '');
  if (folded === '\u2019' || folded === '\u2018' || folded === '\u02bc') return "'";
  if (folded === '\u201c' || folded === '\u201d') return '"';
  return folded.length > 0 ? folded : DROP;
}

/** Negative circled (🅐) and squared (🄰, 🅰) capital letters: letters to a reader, no NFKC decomposition. */
function boxedLetter(cp: number): string | undefined {
  for (const first of BOXED_LETTER_BLOCKS) if (cp >= first && cp < first + 26) return String.fromCharCode(0x41 + cp - first);
  return undefined;
}

const BOXED_LETTER_BLOCKS = [0x1f130, 0x1f150, 0x1f170];

function isLatinLike(cp: number): boolean {
  return cp < 0x0530;
}

// Greek and Cyrillic letters that look like Latin ones; folded only inside words that also hold Latin letters.
/** Small capitals: ᴀʟʟ ᴘʀᴇᴠɪᴏᴜs reads as "all previous". Unlike Cyrillic and Greek look-alikes, a word of them alone is folded. */
const SMALL_CAPITAL_LETTERS: Record<string, string> = {
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm', ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
};
const SMALL_CAPITALS = new Set(Object.keys(SMALL_CAPITAL_LETTERS));

const CONFUSABLES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ζ: 'z', γ: 'y',
  ℓ: 'l', ı: 'i', ɑ: 'a', ɡ: 'g',
  ...SMALL_CAPITAL_LETTERS,
};

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };

/** Lower-cases and folds look-alikes; only touches words that mix scripts or digits with Latin letters. */
export function foldWords(plain: string): string {
  const lower = foldSymbolLeet(lowerCaseSameLength(plain));
  let needsWork = false;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code > 0x7f || (code >= 0x30 && code <= 0x39)) {
      needsWork = true;
      break;
    }
  }
  if (!needsWork) return lower;
  // Only words holding a digit or a non-ASCII letter can change (look-alikes and leet digits), so only
  // those are copied out and folded; the rest of the text is kept as slices.
  let out = '';
  let last = 0;
  let start = 0;
  let special = false;
  for (let i = 0; i <= lower.length; i++) {
    if (i < lower.length) {
      const code = lower.charCodeAt(i);
      if (code < 0x80) {
        if (code >= 0x61 && code <= 0x7a) continue;
        if (code >= 0x30 && code <= 0x39) {
          special = true;
          continue;
        }
      } else if (isWordChar(lower[i] as string)) {
        special = true;
        continue;
      }
    }
    if (special && i > start) {
      const chars = lower.slice(start, i).split('');
      foldWord(chars, 0, chars.length);
      out += lower.slice(last, start) + chars.join('');
      last = i;
    }
    special = false;
    start = i + 1;
  }
  return last === 0 ? lower : out + lower.slice(last);
}

const SYMBOL_LEET: Record<string, string> = { '@': 'a', $: 's', '€': 'e', '£': 'l', '!': 'i' };
const MAYBE_SYMBOL_LEET = /[a-z][@$€£!]{1,2}[a-z]/;

/** "s@fety", "pa$$word", "ch€cks": a look-alike symbol between two letters of a word that is not an
 *  address, path or URL (no "." "/" ":" "=" "\\" in it) is the letter it imitates. Same length. */
function foldSymbolLeet(lower: string): string {
  if (!MAYBE_SYMBOL_LEET.test(lower)) return lower;
  const chars = lower.split('');
  let start = 0;
  for (let i = 0; i <= chars.length; i++) {
    const ch = chars[i];
    if (ch !== undefined && ch !== ' ' && ch !== '\n') continue;
    const chunk = chars.slice(start, i).join('').replace(/[.,;:!?)"']{1,3}$/, '');
    if (chunk.length <= 40 && !/[./:=\\]/.test(chunk)) {
      for (let k = start + 1; k < i - 1; k++) {
        const swap = SYMBOL_LEET[chars[k] as string];
        if (swap === undefined) continue;
        let end = k;
        while (end < i && SYMBOL_LEET[chars[end] as string] !== undefined && end - k < 2) end++;
        if (isAsciiLetter(chars[k - 1]) && isAsciiLetter(chars[end])) for (let m = k; m < end; m++) chars[m] = SYMBOL_LEET[chars[m] as string] as string;
        k = end - 1;
      }
    }
    start = i + 1;
  }
  return chars.join('');
}

function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'a' && ch <= 'z';
}

/** Lower-cases without changing the length (a few letters, like "İ", grow when lower-cased; they stay). */
function lowerCaseSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const low = ch.toLowerCase();
    out += low.length === ch.length ? low : ch;
  }
  return out;
}

function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
  // CJK ideographs, kana and Hangul syllables are letters: answered without the Unicode-property regex.
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3040 && code <= 0x30ff) || (code >= 0xac00 && code <= 0xd7a3)) return true;
  return /\p{L}|\p{N}/u.test(ch);
}

function foldWord(chars: string[], start: number, end: number): void {
  let letters = 0;
  let leet = 0;
  for (let i = start; i < end; i++) {
    const ch = chars[i] as string;
    if ((ch >= 'a' && ch <= 'z') || SMALL_CAPITALS.has(ch)) letters++;
    else if (LEET[ch] !== undefined) leet++;
  }
  if (letters === 0) return;
  // "1gn0r3", "pr3v10us": a word that is mostly letters with look-alike digits is leetspeak throughout.
  const leetWord = letters >= 2 && leet > 0 && leet <= letters && end - start >= 3;
  for (let i = start; i < end; i++) {
    const ch = chars[i] as string;
    const swap = CONFUSABLES[ch];
    if (swap !== undefined) chars[i] = swap;
    else if (LEET[ch] !== undefined && (leetWord || isLeetPosition(chars, i, start, end))) chars[i] = LEET[ch] as string;
  }
}

/** A digit inside letters ("c0mmunity") or leading two letters ("0fficial"); "v2", "s3", "sha256" stay. */
function isLeetPosition(chars: string[], i: number, start: number, end: number): boolean {
  const before = i > start ? (chars[i - 1] as string) : '';
  const after = i + 1 < end ? (chars[i + 1] as string) : '';
  const isLetter = (ch: string): boolean => ch >= 'a' && ch <= 'z';
  if (isLetter(before) && isLetter(after)) return true;
  return i === start && isLetter(after) && i + 2 < end && isLetter(chars[i + 2] as string);
}
