// mcp-lock.json: per server identity, the hashes of each tool, of the whole tool list and of the
// server's instructions. Written with sorted keys and two-space indentation so a change reads as a
// small diff in review; no timestamps, so re-locking an unchanged server changes nothing.
// Reading and comparing need no hashing, so the hooks load this file without the crypto module.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ToolPin } from './pin-hash';
import type { ToolDefinition } from './types';

export const LOCKFILE_NAME = 'mcp-lock.json';
export const LOCKFILE_VERSION = 1;

/** What a server publishes, as read by connect.ts (or handed in by a caller that has it already). */
export interface ServerListing {
  tools: ToolDefinition[];
  instructions?: string;
  prompts?: Array<{ name: string; description?: string; arguments?: Array<{ name: string; description?: string }> }>;
  resources?: Array<{ name: string; uri: string; description?: string }>;
  serverInfo?: { name: string; version: string };
}

export interface LockEntry {
  /** The config name the server had when locked; for people reading the file, never for matching. */
  name?: string;
  tools: Record<string, ToolPin>;
  /** Hash of the map tool name → definition hash: any added, removed or changed tool changes it. */
  toolList: string;
  instructions: string | null;
}

export interface Lockfile {
  lockfileVersion: number;
  servers: Record<string, LockEntry>;
}

export class LockfileError extends Error {}

export function emptyLockfile(): Lockfile {
  return { lockfileVersion: LOCKFILE_VERSION, servers: {} };
}

/** Reads a lockfile; undefined when it does not exist; LockfileError when it is not one. */
export function readLockfile(file: string): Lockfile | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new LockfileError(`cannot read ${file}: ${(error as Error).message}`);
  }
  return parseLockfile(text, file);
}

export function parseLockfile(text: string, file = LOCKFILE_NAME): Lockfile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new LockfileError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const lock = data as Partial<Lockfile>;
  if (!lock || typeof lock !== 'object' || lock.lockfileVersion !== LOCKFILE_VERSION || !lock.servers || typeof lock.servers !== 'object') {
    throw new LockfileError(`${file} is not an mcp-lock.json of version ${LOCKFILE_VERSION}`);
  }
  for (const [key, entry] of Object.entries(lock.servers)) {
    if (!entry || typeof entry !== 'object' || typeof entry.toolList !== 'string' || !entry.tools || typeof entry.tools !== 'object') {
      throw new LockfileError(`${file}: the entry for ${key} is malformed`);
    }
  }
  return lock as Lockfile;
}

export function serializeLockfile(lock: Lockfile): string {
  return `${JSON.stringify({ lockfileVersion: lock.lockfileVersion, servers: sortKeys(lock.servers) }, null, 2)}\n`;
}

/** Writes atomically (temp file + rename) so a crash never leaves half a lockfile. */
export function writeLockfile(file: string, lock: Lockfile): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(temp, serializeLockfile(lock));
  fs.renameSync(temp, file);
}

export function withEntry(lock: Lockfile, identityKey: string, entry: LockEntry): Lockfile {
  return { lockfileVersion: LOCKFILE_VERSION, servers: sortKeys({ ...lock.servers, [identityKey]: entry }) };
}

export function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.keys(record).sort().map((key) => [key, record[key] as T]));
}
