// Finds the `mcpServers` objects of ~/.claude.json quickly in a cold process. Native JSON.parse says
// which scopes hold servers; a native regex finds every `"mcpServers":` key in the text. When the
// counts agree the occurrences map one-to-one, in file order, onto the expected places; when they
// do not (an extra nested key, a duplicate) the caller walks the structure instead.
import { NOT_WELL_FORMED, skipValue, skipWhitespace } from './json-walk';

export interface ServersSlice {
  start: number;
  end: number;
  scope: 'user' | 'local';
  projectDir?: string;
}

export type Located = { kind: 'ok'; slices: ServersSlice[] } | { kind: 'invalid' } | { kind: 'ambiguous' };

const KEY = /"mcpServers"\s*:/g;

export function locateServerObjects(text: string): Located {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { kind: 'invalid' };
  }
  if (!isObject(parsed)) return { kind: 'invalid' };
  const expected = expectedPlaces(parsed);
  const offsets = keyOffsets(text);
  if (offsets.length !== expected.length) return { kind: 'ambiguous' };
  const slices: ServersSlice[] = [];
  for (let i = 0; i < offsets.length; i++) {
    const start = skipWhitespace(text, offsets[i]!);
    const end = skipValue(text, start);
    if (end === NOT_WELL_FORMED) return { kind: 'ambiguous' };
    slices.push({ start, end, ...expected[i]! });
  }
  return { kind: 'ok', slices };
}

function expectedPlaces(root: Record<string, unknown>): Array<Omit<ServersSlice, 'start' | 'end'>> {
  const places: Array<Omit<ServersSlice, 'start' | 'end'>> = [];
  for (const key of Object.keys(root)) {
    if (key === 'mcpServers') places.push({ scope: 'user' });
    const projects = root[key];
    if (key !== 'projects' || !isObject(projects)) continue;
    for (const [projectDir, project] of Object.entries(projects)) {
      if (isObject(project) && Object.hasOwn(project, 'mcpServers')) places.push({ scope: 'local', projectDir });
    }
  }
  return places;
}

/** Offsets just after each `"mcpServers":` that is a real key (its opening quote is not escaped). */
function keyOffsets(text: string): number[] {
  const offsets: number[] = [];
  KEY.lastIndex = 0;
  for (let match = KEY.exec(text); match; match = KEY.exec(text)) {
    let backslashes = 0;
    while (text.charCodeAt(match.index - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) offsets.push(match.index + match[0].length);
  }
  return offsets;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
