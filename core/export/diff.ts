// A unified line diff for previews ("what would change in the installed file").
// Longest-common-subsequence on lines; large files that differ everywhere are shown whole.

const MAX_CELLS = 4_000_000;
const CONTEXT = 3;

export function unifiedDiff(before: string, after: string, fromLabel: string, toLabel: string): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = a.length * b.length > MAX_CELLS ? [...a.map((l) => `-${l}`), ...b.map((l) => `+${l}`)] : lineOps(a, b);
  return [`--- ${fromLabel}`, `+++ ${toLabel}`, ...hunks(ops)].join('\n') + '\n';
}

function splitLines(text: string): string[] {
  if (!text) return [];
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** ' line', '-line', '+line' in order. */
function lineOps(a: string[], b: string[]): string[] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint32Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] = a[i] === b[j] ? table[(i + 1) * cols + j + 1]! + 1 : Math.max(table[(i + 1) * cols + j]!, table[i * cols + j + 1]!);
    }
  }
  const ops: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push(` ${a[i++]}`);
      j++;
    } else if (j < b.length && (i === a.length || table[i * cols + j + 1]! >= table[(i + 1) * cols + j]!)) ops.push(`+${b[j++]}`);
    else ops.push(`-${a[i++]}`);
  }
  return ops;
}

/** Changed lines with up to three lines of context, as @@ hunks. */
function hunks(ops: string[]): string[] {
  const out: string[] = [];
  const changed = ops.map((op) => op[0] !== ' ');
  let index = 0;
  while (index < ops.length) {
    const first = changed.indexOf(true, index);
    if (first === -1) break;
    let end = first;
    while (end < ops.length && changed.slice(end, end + 2 * CONTEXT + 1).includes(true)) end++;
    const start = Math.max(0, first - CONTEXT);
    const stop = Math.min(ops.length, end + CONTEXT);
    const slice = ops.slice(start, stop);
    const oldStart = ops.slice(0, start).filter((op) => op[0] !== '+').length + 1;
    const newStart = ops.slice(0, start).filter((op) => op[0] !== '-').length + 1;
    out.push(`@@ -${oldStart},${slice.filter((op) => op[0] !== '+').length} +${newStart},${slice.filter((op) => op[0] !== '-').length} @@`, ...slice);
    index = stop;
  }
  return out;
}
