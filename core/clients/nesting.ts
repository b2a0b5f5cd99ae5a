// Parsers recurse per nesting level: a few thousand brackets overflow the stack (JSON, TOML)
// or exhaust memory (YAML). Real configs nest fewer than 20 levels, so deeper text is refused
// up front with a located error instead of crashing the scan.
import type { ParseProblem } from '../model';
import type { LineIndex } from '../text/line-index';

export const MAX_NESTING = 400;

export type NestingSyntax = 'json' | 'toml' | 'yaml';

/** The first offset where bracket nesting exceeds `limit`, or undefined. */
export function nestingOverflow(text: string, syntax: NestingSyntax, limit = MAX_NESTING): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x7b || code === 0x5b) {
      depth++;
      if (depth > limit) return i;
    } else if (code === 0x7d || code === 0x5d) {
      depth = Math.max(0, depth - 1);
    } else if (syntax !== 'yaml') {
      // YAML counts every bracket: over-counting only refuses absurd files, under-counting could crash.
      i = skipNonStructural(text, i, syntax);
    }
  }
  return undefined;
}

/** Offset of the last character of the string or comment starting at `i`, or `i` itself. */
function skipNonStructural(text: string, i: number, syntax: NestingSyntax): number {
  const code = text.charCodeAt(i);
  if (code === 0x22) return closingQuote(text, i, true);
  if (syntax === 'toml' && code === 0x27) return closingQuote(text, i, false);
  if (syntax === 'toml' && code === 0x23) return lineEnd(text, i);
  if (syntax === 'json' && code === 0x2f) {
    const next = text.charCodeAt(i + 1);
    if (next === 0x2f) return lineEnd(text, i);
    if (next === 0x2a) {
      const close = text.indexOf('*/', i + 2);
      return close === -1 ? text.length : close + 1;
    }
  }
  return i;
}

function closingQuote(text: string, open: number, escapes: boolean): number {
  const quote = text.charCodeAt(open);
  for (let i = open + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (escapes && code === 0x5c) i++;
    else if (code === quote || code === 0x0a) return i;
  }
  return text.length;
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline === -1 ? text.length : newline;
}

export function nestingProblem(offset: number, index: LineIndex, baseOffset = 0): ParseProblem {
  return {
    message: `nesting deeper than ${MAX_NESTING} levels: no MCP client accepts this file, and its servers are unchecked`,
    range: index.range(baseOffset + offset, 1),
  };
}
