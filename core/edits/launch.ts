// "Use the approved launch": rewrites command/args/url of an entry to the pinned form the policy approves.
import type { ConfigFormat, ServerEntry } from '../model';
import { entryPath, JSON_FORMATS } from './json-path';
import { setJsonValue } from './json-edit';
import { sequentialEdits, type TextEdit } from './text-edit';

export interface Launch {
  command?: string;
  args?: string[];
  url?: string;
}

export function replaceLaunchEdits(text: string, entry: ServerEntry, format: ConfigFormat, launch: Launch): TextEdit[] | undefined {
  if (!JSON_FORMATS.has(format)) return undefined;
  const path = entryPath(text, entry);
  if (!path) return undefined;
  const fields = (['command', 'args', 'url'] as const).filter((key) => launch[key] !== undefined);
  if (!fields.length) return undefined;
  return sequentialEdits(
    text,
    fields.map((key) => (current: string) => setJsonValue(current, [...path, key], launch[key]) ?? []),
  );
}
