// Encoded payloads: base64 (also UTF-16 for PowerShell), hex, backslash/HTML/percent escapes and rot13
// are decoded and the result is scanned like any text; a finding inside becomes an encoded-payload
// finding with the decoded text as evidence. An innocent blob (a JWT, a settings object) stays silent.
import { MAX_DEPTH, type Detector, type Hit, type TextAnalysis } from '../analysis';
import { RULES } from '../rules';
import { ATTACK_WORDS } from '../text/lexicon';
import type { Token } from '../text/tokens';
import { register } from './pattern-kit';

const rule = RULES.encodedPayload;
const BASE64 = register(/[A-Za-z0-9+/_-]{12,4096}={0,2}/g);
const HEX = register(/\b(?:[0-9a-fA-F]{2}){10,2048}\b/g);
const ESCAPES = register(/\\x[0-9a-f]{2}|\\u[0-9a-f]{4}|\\u\{[0-9a-f]{1,6}\}|&#x?[0-9a-f]{1,6};|%[0-9a-f]{2}|&(?:lt|gt|quot|amp|apos);/gi);
const DIGIT = /\d/;
/** Common English words as rot13 writes them, and key words written backwards. */
const ROT13_MARKERS = ['gur', 'naq', 'lbh', 'gb', 'vtaber', 'vafgehpgvbaf', 'frperg', 'hfre', 'cnffjbeq', 'frag', 'fraq', 'nyy', 'cerivbhf'];
const REVERSED_MARKERS = ['snoitcurtsni', 'erongi', 'dragersid', 'tegrof', 'tpmorp', 'metsys', 'drowssap', 'slaitnederc', 'resu', 'terces', 'dnes', 'daolpu', 'eht', 'tuohtiw', 'laever', 'neddih', 'noitamrifnoc', 'ytefas', 'ytiruces', 'syawla', 'reven'];
/** One lookup per token for both kinds of marker (no word is in both lists). */
const MARKERS = new Map<string, 'rot13' | 'reversed'>([...ROT13_MARKERS.map((word) => [word, 'rot13'] as const), ...REVERSED_MARKERS.map((word) => [word, 'reversed'] as const)]);
const CONCATENATION = register(/['"`]\s{0,3}\+\s{0,3}['"`]/);
const CONCATENATION_GLOBAL = register(/['"`]\s{0,3}\+\s{0,3}['"`]/g);
const MAX_CANDIDATES = 32;
const MAX_DECODED = 64 * 1024;

export const detectEncoded: Detector = (analysis) => {
  if (analysis.depth >= MAX_DEPTH) return [];
  const budget = { candidates: MAX_CANDIDATES, chars: MAX_DECODED };
  const plain = analysis.views.plain;
  const hex = DIGIT.test(plain) ? blobHits(analysis, HEX, decodeHex, 'hex', budget) : [];
  const escaped = /[\\&%]/.test(plain) ? escapeHits(analysis) : [];
  return [...blobHits(analysis, BASE64, decodeBase64, 'base64', budget, nextBase64Run), ...hex, ...escaped, ...markedHits(analysis), ...concatenationHits(analysis), ...identifierHits(analysis)];
};

const BASE64_MIN = 12;

/** Where BASE64 can next match from `from` on a run that could be an encoding, or -1. A plain loop, so the
 *  regex only starts where it succeeds (it would otherwise retry inside every word). A run of lower-case
 *  letters alone ("configuration") is a word: looksEncoded turns it down, so it is skipped here. A run
 *  needs BASE64_MIN characters, so the loop looks at the last of them first: in prose that is usually
 *  not a base64 character, and the run cannot start before it. */
export function nextBase64Run(text: string, from: number): number {
  let start = from;
  while (start + BASE64_MIN <= text.length) {
    let probe = start + BASE64_MIN - 1;
    while (probe >= start && base64Class(text.charCodeAt(probe)) !== NOT_BASE64) probe--;
    if (probe >= start) {
      start = probe + 1;
      continue;
    }
    let end = start + BASE64_MIN;
    while (end < text.length && base64Class(text.charCodeAt(end)) !== NOT_BASE64) end++;
    // A run followed by "=" padding is a candidate even when it is all lower-case.
    if (text.charCodeAt(end) === 0x3d || !onlyLowerCase(text, start, end)) return start;
    start = end + 1;
  }
  return -1;
}

const NOT_BASE64 = 0;
const LOWER_CASE = 1;
const OTHER_BASE64 = 2;

function base64Class(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return LOWER_CASE;
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2f || code === 0x5f || code === 0x2d ? OTHER_BASE64 : NOT_BASE64;
}

function onlyLowerCase(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (base64Class(text.charCodeAt(i)) !== LOWER_CASE) return false;
  return true;
}

interface Budget {
  candidates: number;
  chars: number;
}

function blobHits(analysis: TextAnalysis, pattern: RegExp, decode: (text: string) => string | undefined, label: string, budget: Budget, nextStart?: (text: string, from: number) => number): Hit[] {
  const hits: Hit[] = [];
  const text = analysis.views.plain;
  pattern.lastIndex = 0;
  const next = (): RegExpExecArray | null => {
    if (!nextStart) return pattern.exec(text);
    const start = nextStart(text, pattern.lastIndex);
    if (start < 0) return null;
    pattern.lastIndex = start;
    return pattern.exec(text);
  };
  for (let match = next(); match && budget.candidates > 0 && budget.chars > 0; match = next()) {
    if (!looksEncoded(match[0])) continue;
    budget.candidates--;
    const decoded = decode(match[0]);
    if (!decoded) continue;
    budget.chars -= decoded.length;
    const hit = innerHit(analysis, decoded, label, match.index, match.index + match[0].length);
    if (hit) hits.push(hit);
  }
  return hits;
}

/** Words and snake_case names are not encodings: require a digit or + / =, or a long mixed-case run. */
function looksEncoded(candidate: string): boolean {
  if (candidate.replace(/=+$/, '').length % 4 === 1) return false;
  if (/[+/]/.test(candidate) && /[_-]/.test(candidate)) return false;
  // "read/write", "get_address_brc20", "/tmp/my-logo": words joined by separators are paths and names.
  const segments = candidate.split(/[/_\-+=]/).filter(Boolean);
  if (segments.length > 1 && segments.every((segment) => /^[A-Za-z]{1,64}$/.test(segment) || /^[a-z]{0,64}\d{1,4}$/.test(segment))) return false;
  if (/[_-]/.test(candidate) && candidate.length < 24) return false;
  if (/\d|[+/=]/.test(candidate)) return true;
  const upper = candidate.replace(/[^A-Z]/g, '').length;
  return candidate.length >= 24 && /[a-z]/.test(candidate) && upper / candidate.length > 0.2;
}

/** Per analysed text: the strongest finding inside each decoded payload already re-scanned. A blob that
 *  repeats (the same base64 settings object in every example) is decoded each time but scanned once. */
const rescanned = new WeakMap<TextAnalysis, Map<string, Hit | undefined>>();

function strongestInside(analysis: TextAnalysis, decoded: string): Hit | undefined {
  let memo = rescanned.get(analysis);
  if (!memo) {
    memo = new Map();
    rescanned.set(analysis, memo);
  }
  if (memo.has(decoded)) return memo.get(decoded);
  const inner = analysis.rescan(decoded).filter((hit) => hit.confidence >= 0.5);
  const strongest = inner.sort((a, b) => b.confidence - a.confidence)[0];
  memo.set(decoded, strongest);
  return strongest;
}

function innerHit(analysis: TextAnalysis, decoded: string, label: string, start: number, end: number): Hit | undefined {
  const strongest = strongestInside(analysis, decoded);
  if (!strongest) return undefined;
  return { ruleId: rule, confidence: Math.min(0.95, strongest.confidence + 0.05), message: `${label}-encoded text: ${strongest.message}`, start, end, decoded, inner: { ruleId: strongest.ruleId, message: strongest.message } };
}

function decodeBase64(text: string): string | undefined {
  const bytes = Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  if (bytes.length < 6) return undefined;
  return readable(isUtf16(bytes) ? bytes.toString('utf16le') : utf8(bytes));
}

function decodeHex(text: string): string | undefined {
  if (/^\d+$/.test(text)) return undefined;
  return readable(utf8(Buffer.from(text, 'hex')));
}

/** PowerShell -EncodedCommand is UTF-16LE: every other byte is zero. */
function isUtf16(bytes: Buffer): boolean {
  let zeros = 0;
  for (let i = 1; i < bytes.length; i += 2) if (bytes[i] === 0) zeros++;
  return zeros >= bytes.length / 2 - 1 && bytes.length >= 8;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function utf8(bytes: Buffer): string | undefined {
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Mostly printable text (ESC and BEL count: a decoded terminal sequence is exactly what we look for). */
function readable(text: string | undefined): string | undefined {
  if (!text || text.length < 6) return undefined;
  let printable = 0;
  for (const ch of text) if (/[\p{L}\p{N}\p{P}\p{S}\p{Zs}\n\t\r\x1b\x07]/u.test(ch)) printable++;
  return printable / text.length >= 0.85 ? text : undefined;
}

function escapeHits(analysis: TextAnalysis): Hit[] {
  const text = analysis.views.plain;
  ESCAPES.lastIndex = 0;
  let count = 0;
  let first = -1;
  let last = 0;
  for (let match = ESCAPES.exec(text); match; match = ESCAPES.exec(text)) {
    if (first < 0) first = match.index;
    last = match.index + match[0].length;
    count++;
  }
  if (count < 1) return [];
  const decoded = decodeEscapes(text.slice(0, MAX_DECODED));
  if (decoded === text) return [];
  const hit = innerHit(analysis, decoded, 'escape', first, last);
  return hit ? [hit] : [];
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&', apos: "'" };

export function decodeEscapes(text: string): string {
  return text
    .replace(/\\u\{([0-9a-f]{1,6})\}/gi, (_, hex: string) => fromCode(parseInt(hex, 16)))
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => fromCode(parseInt(hex, 16)))
    .replace(/\\x([0-9a-f]{2})/gi, (_, hex: string) => fromCode(parseInt(hex, 16)))
    .replace(/&#x([0-9a-f]{1,6});/gi, (_, hex: string) => fromCode(parseInt(hex, 16)))
    .replace(/&#([0-9]{1,7});/g, (_, dec: string) => fromCode(parseInt(dec, 10)))
    .replace(/&(lt|gt|quot|amp|apos);/gi, (_, name: string) => NAMED_ENTITIES[name.toLowerCase()] ?? '')
    .replace(/(?:%[0-9a-f]{2}){1,64}/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
}

function fromCode(code: number): string {
  return code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

const ROT13_ENOUGH = 3;
const REVERSED_ENOUGH = 2;

/** Rot13 and reversed text, recognised by their marker words: one walk over the tokens counts both. */
function markedHits(analysis: TextAnalysis): Hit[] {
  let rot13 = 0;
  let reversed = 0;
  for (const token of analysis.stream.tokens) {
    const marker = MARKERS.get(token.text);
    if (marker === undefined) continue;
    if (marker === 'rot13') rot13++;
    else reversed++;
    if (rot13 >= ROT13_ENOUGH && reversed >= REVERSED_ENOUGH) break;
  }
  return [...(rot13 >= ROT13_ENOUGH ? rot13Hits(analysis) : []), ...(reversed >= REVERSED_ENOUGH ? reversedHits(analysis) : [])];
}

/** 'ev' + 'al', "fet" + "ch": string literals glued together to keep a keyword out of sight. */
function concatenationHits(analysis: TextAnalysis): Hit[] {
  const text = analysis.views.plain;
  if (!CONCATENATION.test(text)) return [];
  const joined = text.slice(0, MAX_DECODED).replace(CONCATENATION_GLOBAL, '');
  const hit = innerHit(analysis, joined, 'concatenated', 0, text.length);
  return hit ? [hit] : [];
}

/** Text written backwards ("snoitcurtsni suoiverp erongi"), for a model that is asked to read it back. */
function reversedHits(analysis: TextAnalysis): Hit[] {
  const decoded = [...analysis.views.plain.slice(0, MAX_DECODED)].reverse().join('');
  const hit = innerHit(analysis, decoded, 'reversed', 0, analysis.views.plain.length);
  return hit ? [hit] : [];
}

function rot13Hits(analysis: TextAnalysis): Hit[] {
  const decoded = analysis.views.plain.slice(0, MAX_DECODED).replace(/[a-z]/gi, (ch) => {
    const base = ch <= 'Z' ? 65 : 97;
    return String.fromCharCode(((ch.charCodeAt(0) - base + 13) % 26) + base);
  });
  const hit = innerHit(analysis, decoded, 'rot13', 0, analysis.views.plain.length);
  return hit ? [hit] : [];
}

/** A sentence written as a snake_case, camelCase or PascalCase name reads as one to the model: split and re-scanned. */
function identifierHits(analysis: TextAnalysis): Hit[] {
  const phrases: string[] = [];
  let attackWords = 0;
  let first = -1;
  let last = 0;
  const plain = analysis.views.plain;
  for (const token of analysis.stream.tokens) {
    // JOINED_WORDS needs two underscores or three capitals: most words are turned down without a copy.
    if (!token.identifier && !mayBeJoinedWords(plain, token)) continue;
    const name = plain.slice(token.start, token.end);
    if (!token.identifier && !JOINED_WORDS.test(name)) continue;
    const parts = name.split(/_+|(?=[A-Z][a-z])/).map((part) => part.toLowerCase()).filter(Boolean);
    if (parts.length < 3) continue;
    attackWords += parts.filter((part) => ATTACK_WORDS.has(part)).length;
    phrases.push(parts.join(' '));
    if (first < 0) first = token.start;
    last = token.end;
  }
  if (attackWords < 2) return [];
  const hit = innerHit(analysis, phrases.join('. '), 'identifier', first, last);
  return hit ? [hit] : [];
}

function mayBeJoinedWords(plain: string, token: Token): boolean {
  const { start, end } = token;
  // Most words have neither an underscore nor a leading capital: turned down before their letters are counted.
  if (!isAsciiCapital(plain.charCodeAt(start)) && !token.text.includes('_')) return false;
  let underscores = 0;
  let capitals = 0;
  for (let i = start; i < end; i++) {
    const code = plain.charCodeAt(i);
    if (code === 0x5f) underscores++;
    else if (isAsciiCapital(code)) capitals++;
  }
  return underscores >= 2 || (capitals >= 3 && isAsciiCapital(plain.charCodeAt(start)));
}

function isAsciiCapital(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/** Words glued by underscores (leading and trailing ones too) or written in PascalCase: "_always_pass_it_", "DisregardAllRules". */
const JOINED_WORDS = /^_{0,3}[A-Za-z][A-Za-z0-9]{0,40}(?:_{1,3}[A-Za-z0-9]{1,40}){2,64}_{0,3}$|^(?:[A-Z][a-z]{1,40}){3,64}$/;
