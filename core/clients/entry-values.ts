import type { ServerEntry } from '../model';

export interface LocatedValue {
  /** The valueRanges key: "command", "args.0", "env.API_KEY", "url", "headers.Authorization". */
  key: string;
  value: string;
}

/** Every launch-relevant string of an entry, keyed as in entry.valueRanges, in a stable order. */
export function entryValues(entry: ServerEntry): LocatedValue[] {
  const values: LocatedValue[] = [];
  if (entry.command !== undefined) values.push({ key: 'command', value: entry.command });
  entry.args?.forEach((value, i) => values.push({ key: `args.${i}`, value }));
  if (entry.url !== undefined) values.push({ key: 'url', value: entry.url });
  for (const [name, value] of Object.entries(entry.env ?? {})) values.push({ key: `env.${name}`, value });
  for (const [name, value] of Object.entries(entry.headers ?? {})) values.push({ key: `headers.${name}`, value });
  return values;
}
