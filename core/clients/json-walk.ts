// A single-pass structural walk over a large JSON text. Real ~/.claude.json files are several MB
// of chat history; only a few small `mcpServers` objects matter, so everything else is skipped
// without building values (jsonc-parser's parseTree takes ~300 ms on 7 MB, JSON.parse ~30 ms plus GC).
// The walk checks bracket pairing and string termination; anything it cannot account for makes it
// return NOT_WELL_FORMED so the caller falls back to the full parser, which reports the error's location.

export const NOT_WELL_FORMED = -1;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COLON = 0x3a;
const COMMA = 0x2c;

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

export function skipWhitespace(text: string, at: number): number {
  while (at < text.length && isWhitespace(text.charCodeAt(at))) at++;
  return at;
}

/** Offset just past the closing quote of the string that opens at `at`, or NOT_WELL_FORMED. */
function skipString(text: string, at: number): number {
  let close = text.indexOf('"', at + 1);
  while (close !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(close - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return close + 1;
    close = text.indexOf('"', close + 1);
  }
  return NOT_WELL_FORMED;
}

/** Offset just past the JSON value that starts at `at`, or NOT_WELL_FORMED. */
export function skipValue(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first === QUOTE) return skipString(text, at);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) return skipScalar(text, at);
  const open: number[] = [];
  let i = at;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      i = skipString(text, i);
      if (i === NOT_WELL_FORMED) return NOT_WELL_FORMED;
      continue;
    }
    if (code === OPEN_BRACE || code === OPEN_BRACKET) open.push(code);
    else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      if (open.pop() !== (code === CLOSE_BRACE ? OPEN_BRACE : OPEN_BRACKET)) return NOT_WELL_FORMED;
      if (open.length === 0) return i + 1;
    }
    i++;
  }
  return NOT_WELL_FORMED;
}

function skipScalar(text: string, at: number): number {
  let end = at;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || isWhitespace(code)) break;
    end++;
  }
  return end > at ? end : NOT_WELL_FORMED;
}

/**
 * Walks the object that opens at `at`. For each property, `visit(key, valueStart)` may return the
 * value's end offset (it walked into the value itself) or undefined (skip it). Returns the offset
 * after the closing brace, or NOT_WELL_FORMED.
 */
export function walkObject(text: string, at: number, visit: (key: string, valueStart: number) => number | undefined): number {
  if (text.charCodeAt(at) !== OPEN_BRACE) return NOT_WELL_FORMED;
  let i = skipWhitespace(text, at + 1);
  if (text.charCodeAt(i) === CLOSE_BRACE) return i + 1;
  while (i < text.length) {
    if (text.charCodeAt(i) !== QUOTE) return NOT_WELL_FORMED;
    const keyEnd = skipString(text, i);
    if (keyEnd === NOT_WELL_FORMED) return NOT_WELL_FORMED;
    const key = decodeKey(text, i, keyEnd);
    i = skipWhitespace(text, keyEnd);
    if (text.charCodeAt(i) !== COLON) return NOT_WELL_FORMED;
    const valueStart = skipWhitespace(text, i + 1);
    const valueEnd = visit(key, valueStart) ?? skipValue(text, valueStart);
    if (valueEnd === NOT_WELL_FORMED) return NOT_WELL_FORMED;
    i = skipWhitespace(text, valueEnd);
    const next = text.charCodeAt(i);
    if (next === CLOSE_BRACE) return i + 1;
    if (next !== COMMA) return NOT_WELL_FORMED;
    i = skipWhitespace(text, i + 1);
  }
  return NOT_WELL_FORMED;
}

function decodeKey(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  if (raw.indexOf('\\') === -1) return raw;
  try {
    return JSON.parse(text.slice(start, end)) as string;
  } catch {
    return raw;
  }
}
