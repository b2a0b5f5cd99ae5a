// Where a server entry sits in its JSON document, as a property path jsonc-parser can edit.
import { getLocation, type JSONPath } from 'jsonc-parser';
import type { ServerEntry } from '../model';

export const JSON_FORMATS: ReadonlySet<string> = new Set(['json', 'jsonc']);

/** ['mcpServers', 'github'], ['projects', '/repo', 'mcpServers', 'github'], ['servers', 'github'], … */
export function entryPath(text: string, entry: Pick<ServerEntry, 'name' | 'nameRange'>): JSONPath | undefined {
  const location = getLocation(text, entry.nameRange.offset);
  const path = location.path;
  if (!location.isAtPropertyKey || path[path.length - 1] !== entry.name) return undefined;
  return path;
}

/** "env.API_KEY" → ['env', 'API_KEY']; "args.2" → ['args', 2]. Keys may themselves contain dots. */
export function valuePath(path: string): JSONPath {
  const dot = path.indexOf('.');
  if (dot === -1) return [path];
  const head = path.slice(0, dot);
  const rest = path.slice(dot + 1);
  return head === 'args' && /^\d+$/.test(rest) ? [head, Number(rest)] : [head, rest];
}
