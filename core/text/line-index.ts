import type { Position, SourceRange } from '../model';

/** Maps offsets to line/character in one pass over the text; lookups are a binary search. */
export class LineIndex {
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    let at = text.indexOf('\n');
    while (at !== -1) {
      starts.push(at + 1);
      at = text.indexOf('\n', at + 1);
    }
    // A lone CR (classic Mac) also ends a line for VS Code; rare, so only looked for when present.
    this.lineStarts = text.includes('\r') ? withLoneCarriageReturns(text, starts) : starts;
  }

  position(offset: number): Position {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: offset - this.lineStarts[low]! };
  }

  range(offset: number, length: number): SourceRange {
    const safeOffset = Math.max(0, Math.min(offset, this.text.length));
    const safeLength = Math.max(0, Math.min(length, this.text.length - safeOffset));
    return {
      start: this.position(safeOffset),
      end: this.position(safeOffset + safeLength),
      offset: safeOffset,
      length: safeLength,
    };
  }
}

function withLoneCarriageReturns(text: string, starts: number[]): number[] {
  const extra: number[] = [];
  for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1)) {
    if (text.charCodeAt(at + 1) !== 0x0a) extra.push(at + 1);
  }
  return extra.length ? [...starts, ...extra].sort((a, b) => a - b) : starts;
}

/** Removes a UTF-8 byte-order mark, which clients tolerate and JSON parsers do not. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
