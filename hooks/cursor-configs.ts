// Cursor's MCP config files, read only to name the server in the log and to fill in the
// arguments when Cursor reports a bare executable.
import { readFileSync } from 'node:fs';
import { cursor } from '../core/clients/cursor';
import type { DiscoveryEnv } from '../core/clients/types';
import type { ServerEntry } from '../core/model';
import { nodeFs } from './fs-listing';

export function loadCursorServers(env: DiscoveryEnv): ServerEntry[] {
  const entries: ServerEntry[] = [];
  for (const candidate of cursor.candidates(env, nodeFs)) {
    let text: string;
    try {
      text = readFileSync(candidate.path, 'utf8');
    } catch {
      continue;
    }
    entries.push(...cursor.parse(text.replace(/^\uFEFF/, ''), candidate).servers);
  }
  return entries;
}
