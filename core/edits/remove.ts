// "Remove the entry": deletes one server from its file, leaving the rest (comments included) as written.
import type { ConfigFormat, ServerEntry } from '../model';
import { entryPath, JSON_FORMATS } from './json-path';
import { removeJsonProperty } from './json-edit';
import { sequentialEdits, type TextEdit } from './text-edit';

/** Edits that remove `entry` from `text`; undefined when this format's entry cannot be removed safely. */
export function removeServerEdits(text: string, entry: ServerEntry, format: ConfigFormat): TextEdit[] | undefined {
  if (JSON_FORMATS.has(format)) return removeJsonEntry(text, entry);
  if (format === 'toml') return removeTomlTable(text, entry);
  return undefined;
}

function removeJsonEntry(text: string, entry: ServerEntry): TextEdit[] | undefined {
  const path = entryPath(text, entry);
  if (!path) return undefined;
  const edits = removeJsonProperty(text, path);
  return edits && sequentialEdits(text, [() => edits]);
}

/**
 * Codex: `[mcp_servers.<name>]` and its sub-tables (`[mcp_servers.<name>.env]`, …) run from the
 * header to the next other table. Comments just above the next table belong to it and stay.
 * Inline or dotted-key entries are left to the person.
 */
function removeTomlTable(text: string, entry: ServerEntry): TextEdit[] | undefined {
  const headerStart = lineStart(text, entry.nameRange.offset);
  const header = /^[ \t]*\[\s*([^\]]+?)\s*\]/.exec(text.slice(headerStart));
  if (!header || header[1]!.startsWith('[')) return undefined;
  const ownPrefix = `${header[1]}.`;
  const lines = linesFrom(text, headerStart);
  let last = 0;
  for (let i = 1; i < lines.length; i++) {
    const table = /^[ \t]*\[\[?\s*([^\]]+?)\s*\]/.exec(lines[i]!.text)?.[1];
    if (table !== undefined && !table.startsWith(ownPrefix)) break;
    if (!/^[ \t]*(#.*)?\r?\n?$/.test(lines[i]!.text)) last = i;
  }
  let end = lines[last]!.end;
  // Take one blank separator line with it, so removing a middle table leaves one blank line.
  const next = lines[last + 1];
  if (next && /^[ \t]*\r?\n$/.test(next.text) && (headerStart === 0 || /\n[ \t]*\r?\n$/.test(text.slice(0, headerStart)))) end = next.end;
  return [{ offset: headerStart, length: end - headerStart, content: '' }];
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function linesFrom(text: string, start: number): Array<{ text: string; end: number }> {
  const lines: Array<{ text: string; end: number }> = [];
  let at = start;
  while (at < text.length) {
    const newline = text.indexOf('\n', at);
    const end = newline === -1 ? text.length : newline + 1;
    lines.push({ text: text.slice(at, end), end });
    at = end;
  }
  return lines;
}
