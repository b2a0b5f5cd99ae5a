// The edit shape every builder returns: offsets into the text it was computed from (jsonc-parser's
// Edit). An editor applies them as one undoable change; the CLI could apply them to a file.
import { applyEdits, type Edit, type FormattingOptions } from 'jsonc-parser';

export type TextEdit = Edit;

/** Runs each step on the text the previous one produced, and returns one minimal edit of the original. */
export function sequentialEdits(text: string, steps: ReadonlyArray<(current: string) => TextEdit[]>): TextEdit[] {
  let current = text;
  for (const step of steps) current = applyEdits(current, step(current));
  return minimalEdit(text, current);
}

/** The single edit that turns `before` into `after`, trimmed to the part that differs. */
function minimalEdit(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let prefix = 0;
  const shortest = Math.min(before.length, after.length);
  while (prefix < shortest && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return [{ offset: prefix, length: before.length - prefix - suffix, content: after.slice(prefix, after.length - suffix) }];
}

/** Indentation and line ending as the file already uses them, so inserted text blends in. */
export function formattingOf(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indented = /^([ \t]+)\S/m.exec(text)?.[1];
  if (indented?.startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol };
  return { insertSpaces: true, tabSize: indented ? Math.min(indented.length, 8) : 2, eol };
}

export { applyEdits };
