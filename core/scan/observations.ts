// The last tool listing seen from each server, kept in the user's state directory (never in the
// project). Every scan and lock run records what it saw; the hooks compare it with mcp-lock.json on
// each tool call without connecting to anything, and refuse calls to a server that drifted.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { stateDir, type StateLocation } from '../audit/paths';
import { diffEntries, type Drift } from './drift';
import type { LockEntry, Lockfile } from './lockfile';

export interface Observation {
  entry: LockEntry;
  /** RFC 3339 time of the listing. */
  observedAt: string;
}

export interface Observations {
  version: 1;
  servers: Record<string, Observation>;
}

export type LockStatus =
  | { status: 'ok' }
  | { status: 'unlocked' }
  | { status: 'unobserved' }
  | { status: 'drifted'; drift: Drift; observedAt: string };

export function observationsPath(location: StateLocation): string {
  return path.join(stateDir(location), 'observed-tools.json');
}

/** Never throws: a missing or damaged file reads as "nothing observed". */
export function readObservations(file: string): Observations {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Observations>;
    if (data && data.version === 1 && data.servers && typeof data.servers === 'object') return data as Observations;
  } catch {
    // Missing or unreadable: nothing observed yet.
  }
  return { version: 1, servers: {} };
}

export function recordObservation(file: string, identityKey: string, entry: LockEntry, observedAt: Date = new Date()): void {
  const observations = readObservations(file);
  observations.servers[identityKey] = { entry, observedAt: observedAt.toISOString() };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(observations, null, 2)}\n`);
  fs.renameSync(temp, file);
}

/** Is the server's last observed listing the one the lock pins? Used by the hooks on every call. */
export function lockStatus(lock: Lockfile | undefined, observations: Observations, identityKey: string): LockStatus {
  const locked = lock?.servers[identityKey];
  if (!locked) return { status: 'unlocked' };
  const seen = observations.servers[identityKey];
  if (!seen) return { status: 'unobserved' };
  const drift = diffEntries(locked, seen.entry);
  return drift.status === 'unchanged' ? { status: 'ok' } : { status: 'drifted', drift, observedAt: seen.observedAt };
}
