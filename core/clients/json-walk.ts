// A minimal structural walk over text already known to be valid JSON. Real ~/.claude.json
// files are several MB of chat history; only a few small `mcpServers` objects matter, so we
// skip everything else without building a tree (jsonc-parser's parseTree takes ~300 ms on 7 MB).

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COLON = 0x3a;

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

export function skipWhitespace(text: string, at: number): number {
  while (at < text.length && isWhitespace(text.charCodeAt(at))) at++;
  return at;
}

/** Offset just past the closing quote of the string that opens at `at`. */
export function skipString(text: string, at: number): number {
  let close = text.indexOf('"', at + 1);
  while (close !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(close - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return close + 1;
    close = text.indexOf('"', close + 1);
  }
  return text.length;
}

/** Offset just past the JSON value that starts at `at`. */
export function skipValue(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first === QUOTE) return skipString(text, at);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    let end = at;
    while (end < text.length) {
      const code = text.charCodeAt(end);
      if (code === 0x2c || code === CLOSE_BRACE || code === CLOSE_BRACKET || isWhitespace(code)) break;
      end++;
    }
    return end;
  }
  let depth = 0;
  let i = at;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      i = skipString(text, i);
      continue;
    }
    if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
    else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return text.length;
}

export interface WalkedProperty {
  key: string;
  valueStart: number;
  valueEnd: number;
}

/** The properties of the object that opens at `at` (valid JSON assumed), with where each value sits. */
export function objectProperties(text: string, at: number): WalkedProperty[] {
  const result: WalkedProperty[] = [];
  if (text.charCodeAt(at) !== OPEN_BRACE) return result;
  let i = skipWhitespace(text, at + 1);
  while (i < text.length && text.charCodeAt(i) === QUOTE) {
    const keyEnd = skipString(text, i);
    const key = JSON.parse(text.slice(i, keyEnd)) as string;
    i = skipWhitespace(text, keyEnd);
    if (text.charCodeAt(i) !== COLON) break;
    const valueStart = skipWhitespace(text, i + 1);
    const valueEnd = skipValue(text, valueStart);
    result.push({ key, valueStart, valueEnd });
    i = skipWhitespace(text, valueEnd);
    if (text.charCodeAt(i) === 0x2c) i = skipWhitespace(text, i + 1);
  }
  return result;
}
