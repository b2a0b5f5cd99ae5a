// Edits a JSON settings file in place: only the keys we own change; every other key, its order,
// comments and the file's indentation stay as they were.
import { applyEdits, modify, parse, printParseErrorCode, type FormattingOptions, type JSONPath, type ParseError } from 'jsonc-parser';

export class SettingsFileError extends Error {}

export function parseSettings(text: string, file: string): Record<string, unknown> {
  if (!text.trim()) return {};
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length) throw new SettingsFileError(`${file} is not valid JSON (${printParseErrorCode(errors[0]!.error)} at offset ${errors[0]!.offset}); fix it first, nothing was changed`);
  if (!isObject(value)) throw new SettingsFileError(`${file} does not hold a JSON object; nothing was changed`);
  return value;
}

/** Sets (or, with undefined, removes) the value at `path`. */
export function setJson(text: string, path: JSONPath, value: unknown): string {
  const base = text.trim() ? text : '{}\n';
  return applyEdits(base, modify(base, path, value, { formattingOptions: formattingOf(base) }));
}

function formattingOf(text: string): FormattingOptions {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return indent.startsWith('\t') ? { insertSpaces: false, tabSize: 1, eol } : { insertSpaces: true, tabSize: indent.length, eol };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
