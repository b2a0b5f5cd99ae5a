// Classifies the characters of the raw text that a reviewer cannot see or would misread: Unicode tag
// characters (decoded), zero-width and bidi controls, variation-selector payloads (decoded), private-use
// and control characters, look-alike letters and full-width or mathematical forms. Legitimate emoji
// (ZWJ sequences, VS16 after an emoji, keycaps, skin tones, subdivision flags) and joiners inside scripts
// that need them are not reported.

export type HiddenClass = 'tag' | 'zeroWidth' | 'bidiOverride' | 'bidi' | 'variationPayload' | 'variationSelector' | 'privateUse' | 'control' | 'escape' | 'confusable' | 'styledLetters';

export interface HiddenRun {
  kind: HiddenClass;
  /** Raw offsets of the first occurrence (a run of tag or selector characters is one occurrence). */
  start: number;
  end: number;
  count: number;
  /** Text carried by tag characters or variation selectors. */
  decoded?: string;
}

const ANY_SUSPECT = /[^\x09\x0a\x0d\x20-\x7e]/;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const JOINING_SCRIPT = /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Khmer}\p{Script=Mongolian}\p{Script=Hebrew}]/u;
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const LATIN_LETTER = /[A-Za-z]/;
const CONFUSABLE_LETTER = /[аеорсухіјѕԁԛԝһӏАВЕКМНОРСТХЅІЈαβεηικνορτυχζγΑΒΕΖΗΙΚΜΝΟΡΤΥΧ]/;
const HAN = /\p{Script=Han}/u;

export function findHiddenCharacters(raw: string): HiddenRun[] {
  if (!ANY_SUSPECT.test(raw)) return [];
  const runs = new Map<HiddenClass, HiddenRun>();
  const rtl = { known: false, value: false, of: raw };
  // Greek and Cyrillic look-alikes are noted on the way, so a megabyte without any is not scanned again.
  let greekOrCyrillic = false;
  for (let i = 0; i < raw.length; ) {
    const unit = raw.charCodeAt(i);
    if (isOrdinaryUnit(unit) || isEmojiJoiner(raw, i, unit)) {
      greekOrCyrillic ||= unit >= 0x391 && unit <= 0x52f;
      i++;
      continue;
    }
    const cp = raw.codePointAt(i) as number;
    i = isOrdinary(cp) ? i + width(cp) : classify(raw, i, cp, rtl, runs);
  }
  if (greekOrCyrillic) findConfusableWords(raw, runs);
  return [...runs.values()];
}

/** One UTF-16 unit that cannot start anything reported: checked per character, so kept to comparisons.
 *  High surrogates pass only for the planes of emoji and CJK extensions; those of math letters, tags,
 *  selectors and private use go to classify(). */
function isOrdinaryUnit(unit: number): boolean {
  if (unit < 0x80) return unit >= 0x20 ? unit !== 0x7f : unit === 0x09 || unit === 0x0a || unit === 0x0d;
  if (unit < 0xa0 || unit === 0xad || unit === 0x34f || unit === 0x61c || unit === 0x115f || unit === 0x1160 || unit === 0x180e || unit === 0x3164) return false;
  if (unit < 0x200b) return true;
  if (unit <= 0x206f) return false;
  if (unit < 0xd800) return true;
  if (unit <= 0xdbff) return unit !== 0xd835 && unit !== 0xdb40 && unit < 0xdb80;
  if (unit <= 0xdfff) return true;
  return !((unit >= 0xe000 && unit <= 0xf8ff) || (unit >= 0xfe00 && unit <= 0xfe0f) || unit === 0xfeff || (unit >= 0xff21 && unit <= 0xff5a) || unit === 0xffa0);
}

/** The ZWJ inside an emoji sequence (👨‍👩‍👧), recognised from the surrogates around it without decoding. */
function isEmojiJoiner(raw: string, i: number, unit: number): boolean {
  if (unit !== 0x200d) return false;
  const before = raw.charCodeAt(i - 1);
  const beforeHigh = raw.charCodeAt(i - 2);
  const after = raw.charCodeAt(i + 1);
  return before >= 0xdc00 && before <= 0xdfff && beforeHigh >= 0xd83c && beforeHigh <= 0xd83e && after >= 0xd83c && after <= 0xd83e;
}

/** Printable ASCII and every code point outside the few ranges classify() cares about (most letters of
 *  every script): skipped with a handful of comparisons, so long non-Latin texts stay cheap. */
function isOrdinary(cp: number): boolean {
  if (cp < 0x80) return cp !== 0x1b && cp !== 0x7f && (cp >= 0x20 || cp === 0x09 || cp === 0x0a || cp === 0x0d);
  if (cp <= 0x9f || cp === 0xad || cp === 0x34f || cp === 0x61c || cp === 0x115f || cp === 0x1160 || cp === 0x180e || cp === 0x3164 || cp === 0xfeff || cp === 0xffa0) return false;
  if ((cp >= 0x200b && cp <= 0x206f) || (cp >= 0xe000 && cp <= 0xf8ff) || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xff21 && cp <= 0xff5a)) return false;
  return cp < 0x1d400;
}

function width(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

function charBefore(raw: string, i: number): string {
  if (i <= 0) return '';
  const low = raw.charCodeAt(i - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return String.fromCodePoint(raw.codePointAt(start) as number);
}

/** Classifies the code point at raw offset i (and any run it starts); returns the offset after it. */
interface RtlFlag {
  known: boolean;
  value: boolean;
  of: string;
}

/** Whether the text holds right-to-left letters: looked up once, the first time a bidi mark needs it. */
function isRtlText(flag: RtlFlag): boolean {
  if (!flag.known) {
    flag.value = RTL_LETTER.test(flag.of);
    flag.known = true;
  }
  return flag.value;
}

function classify(raw: string, i: number, cp: number, rtlText: RtlFlag, runs: Map<HiddenClass, HiddenRun>): number {
  const next = i + width(cp);
  if (cp >= 0xe0000 && cp <= 0xe007f) return tagRun(raw, i, runs);
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef)) return selectorRun(raw, i, runs);
  if (isStyledLetter(cp)) return styledRun(raw, i, runs);
  const kind = kindOf(raw, i, cp, rtlText);
  if (kind) addRun(runs, kind, i, next);
  return next;
}

function kindOf(raw: string, i: number, cp: number, rtlText: RtlFlag): HiddenClass | undefined {
  if (cp === 0x1b) return 'escape';
  if (cp < 0x20 || cp === 0x7f || (cp >= 0x80 && cp <= 0x9f)) return 'control';
  if (cp === 0x202e || cp === 0x202d) return 'bidiOverride';
  if ((cp >= 0x202a && cp <= 0x202c) || (cp >= 0x2066 && cp <= 0x2069) || cp === 0x200e || cp === 0x200f || cp === 0x061c) return isRtlText(rtlText) ? undefined : 'bidi';
  if (cp === 0x200c || cp === 0x200d) return joinerAllowed(raw, i) ? undefined : 'zeroWidth';
  if (cp === 0x200b || cp === 0x2060 || cp === 0x180e || cp === 0x034f || cp === 0x00ad || (cp >= 0x2061 && cp <= 0x2064) || cp === 0x115f || cp === 0x1160 || cp === 0x3164 || cp === 0xffa0) return 'zeroWidth';
  if (cp === 0xfeff) return i === 0 ? undefined : 'zeroWidth';
  if ((cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000) return 'privateUse';
  return undefined;
}

/** Tag characters: a subdivision flag (🏴 + tag letters + cancel tag) is an emoji; anything else hides text. */
function tagRun(raw: string, i: number, runs: Map<HiddenClass, HiddenRun>): number {
  let end = i;
  let decoded = '';
  let last = 0;
  while (end < raw.length) {
    const cp = raw.codePointAt(end) as number;
    if (cp < 0xe0000 || cp > 0xe007f) break;
    if (cp >= 0xe0020 && cp <= 0xe007e && decoded.length < 4000) decoded += String.fromCharCode(cp - 0xe0000);
    last = cp;
    end += 2;
  }
  const isFlag = charBefore(raw, i) === '\u{1f3f4}' && last === 0xe007f && /^[a-z0-9]{2,7}$/.test(decoded);
  if (!isFlag) addRun(runs, 'tag', i, end, decoded);
  return end;
}

/** One selector after an emoji, a symbol, a keycap base or a Han ideograph is presentation; a run of them carries bytes. */
function selectorRun(raw: string, i: number, runs: Map<HiddenClass, HiddenRun>): number {
  let end = i;
  const bytes: number[] = [];
  while (end < raw.length) {
    const cp = raw.codePointAt(end) as number;
    if (cp >= 0xfe00 && cp <= 0xfe0f) bytes.push(cp - 0xfe00);
    else if (cp >= 0xe0100 && cp <= 0xe01ef) bytes.push(cp - 0xe0100 + 16);
    else break;
    end += width(cp);
  }
  if (bytes.length >= 2) {
    addRun(runs, 'variationPayload', i, end, decodeBytes(bytes.slice(0, 4000)));
    return end;
  }
  const base = charBefore(raw, i);
  const presentation = isPictographicChar(base) || /^[0-9#*\u00a9\u00ae\u2122\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\u3030\u303d\u3297\u3299]$/u.test(base) || HAN.test(base);
  if (!presentation) addRun(runs, 'variationSelector', i, end);
  return end;
}

function styledRun(raw: string, i: number, runs: Map<HiddenClass, HiddenRun>): number {
  let end = i;
  let letters = 0;
  while (end < raw.length) {
    const cp = raw.codePointAt(end) as number;
    if (!isStyledLetter(cp)) break;
    letters++;
    end += width(cp);
  }
  if (letters >= 3) addRun(runs, 'styledLetters', i, end);
  return end;
}

function isStyledLetter(cp: number): boolean {
  return (cp >= 0xff21 && cp <= 0xff5a) || (cp >= 0x1d400 && cp <= 0x1d7ff);
}

/** ZWJ/ZWNJ belong between emoji and inside scripts that shape letters with them (Arabic, Indic, …). */
function joinerAllowed(raw: string, i: number): boolean {
  const before = codePointBefore(raw, i);
  const after = i + 1 < raw.length ? (raw.codePointAt(i + 1) as number) : 0;
  const emojiBefore = isPictographic(before) || before === 0xfe0f || (before >= 0x1f3fb && before <= 0x1f3ff);
  if (emojiBefore && isPictographic(after)) return true;
  return inJoiningScript(before) || inJoiningScript(after);
}

function codePointBefore(raw: string, i: number): number {
  if (i <= 0) return 0;
  const low = raw.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && i >= 2 ? (raw.codePointAt(i - 2) as number) : low;
}

const pictographic = new Map<number, boolean>();
const joiningScript = new Map<number, boolean>();

/** Most emoji sit in U+1F000–U+1FAFF; the rest are looked up once and remembered. */
function isPictographic(cp: number): boolean {
  if (cp >= 0x1f000 && cp <= 0x1faff) return true;
  if (cp < 0xa9) return false;
  return memo(pictographic, cp, PICTOGRAPHIC);
}

function inJoiningScript(cp: number): boolean {
  if (cp < 0x590 || cp >= 0x1f000) return false;
  return memo(joiningScript, cp, JOINING_SCRIPT);
}

function isPictographicChar(ch: string): boolean {
  return ch.length > 0 && isPictographic(ch.codePointAt(0) as number);
}

function memo(cache: Map<number, boolean>, cp: number, pattern: RegExp): boolean {
  let known = cache.get(cp);
  if (known === undefined) {
    known = pattern.test(String.fromCodePoint(cp));
    if (cache.size < 10_000) cache.set(cp, known);
  }
  return known;
}

/** Words mixing Latin letters with Greek or Cyrillic look-alikes ("NΟΤΕ", "раypal"). */
function findConfusableWords(raw: string, runs: Map<HiddenClass, HiddenRun>): void {
  if (!CONFUSABLE_LETTER.test(raw)) return;
  for (const match of raw.matchAll(/[\p{L}\p{M}]{2,64}/gu)) {
    const text = match[0];
    if (LATIN_LETTER.test(text) && CONFUSABLE_LETTER.test(text)) addRun(runs, 'confusable', match.index, match.index + text.length);
  }
}

function addRun(runs: Map<HiddenClass, HiddenRun>, kind: HiddenClass, start: number, end: number, decoded?: string): void {
  const existing = runs.get(kind);
  if (existing) {
    existing.count++;
    if (decoded && existing.decoded !== undefined && existing.decoded.length < 2000) existing.decoded += decoded;
    return;
  }
  runs.set(kind, { kind, start, end, count: 1, ...(decoded !== undefined ? { decoded } : {}) });
}

function decodeBytes(bytes: number[]): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return bytes.map((b) => b.toString(16).padStart(2, '0')).join(' ');
  }
}

/** Renders invisible and control characters visibly (\u{200B}) so evidence can be printed safely. */
export function escapeInvisible(text: string): string {
  return text.replace(/[\p{Cf}\p{Cc}\p{Co}\u034f\u115f\u1160\u3164\uffa0\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/gu, (ch) => (ch === '\n' ? '\\n' : ch === '\t' ? '\\t' : `\\u{${(ch.codePointAt(0) as number).toString(16).toUpperCase()}}`));
}
