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
  const rtlText = RTL_LETTER.test(raw);
  for (let i = 0; i < raw.length; ) {
    const cp = raw.codePointAt(i) as number;
    if (cp < 0x80 && cp !== 0x1b && (cp >= 0x20 || cp === 0x09 || cp === 0x0a || cp === 0x0d) && cp !== 0x7f) {
      i++;
      continue;
    }
    i = classify(raw, i, cp, rtlText, runs);
  }
  findConfusableWords(raw, runs);
  return [...runs.values()];
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

function charAt(raw: string, i: number): string {
  return i < raw.length ? String.fromCodePoint(raw.codePointAt(i) as number) : '';
}

/** Classifies the code point at raw offset i (and any run it starts); returns the offset after it. */
function classify(raw: string, i: number, cp: number, rtlText: boolean, runs: Map<HiddenClass, HiddenRun>): number {
  const next = i + width(cp);
  const record = (kind: HiddenClass): number => {
    addRun(runs, kind, i, next);
    return next;
  };
  if (cp >= 0xe0000 && cp <= 0xe007f) return tagRun(raw, i, runs);
  if (cp === 0x1b) return record('escape');
  if (cp < 0x20 || cp === 0x7f || (cp >= 0x80 && cp <= 0x9f)) return record('control');
  if (cp === 0x202e || cp === 0x202d) return record('bidiOverride');
  if ((cp >= 0x202a && cp <= 0x202c) || (cp >= 0x2066 && cp <= 0x2069) || cp === 0x200e || cp === 0x200f || cp === 0x061c) return rtlText ? next : record('bidi');
  if (cp === 0x200c || cp === 0x200d) return joinerAllowed(raw, i) ? next : record('zeroWidth');
  if (cp === 0x200b || cp === 0x2060 || cp === 0x180e || cp === 0x034f || cp === 0x00ad || (cp >= 0x2061 && cp <= 0x2064) || cp === 0x115f || cp === 0x1160 || cp === 0x3164 || cp === 0xffa0) return record('zeroWidth');
  if (cp === 0xfeff) return i === 0 ? next : record('zeroWidth');
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef)) return selectorRun(raw, i, runs);
  if ((cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000) return record('privateUse');
  if (isStyledLetter(cp)) return styledRun(raw, i, runs);
  return next;
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
  const presentation = PICTOGRAPHIC.test(base) || /^[0-9#*\u00a9\u00ae\u2122\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\u3030\u303d\u3297\u3299]$/u.test(base) || HAN.test(base);
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
  const before = charBefore(raw, i);
  const after = charAt(raw, i + 1);
  const emojiBefore = PICTOGRAPHIC.test(before) || before === '\ufe0f' || /[\u{1f3fb}-\u{1f3ff}]/u.test(before);
  if (emojiBefore && PICTOGRAPHIC.test(after)) return true;
  return JOINING_SCRIPT.test(before) || JOINING_SCRIPT.test(after);
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
