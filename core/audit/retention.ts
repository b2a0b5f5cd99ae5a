// Retention: day files older than the retention period are deleted by the first writer of
// each day. Only files named like the store's own day files are ever touched.
import { readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

export const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.jsonl$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes day files whose day ended more than `retentionDays` days before `nowIso`; returns their names. */
export function pruneExpiredFiles(dir: string, retentionDays: number, nowIso: string): string[] {
  if (!(retentionDays > 0)) return [];
  const cutoff = Date.parse(`${nowIso.slice(0, 10)}T00:00:00Z`) - retentionDays * DAY_MS;
  const removed: string[] = [];
  for (const name of safeList(dir)) {
    const day = DAY_FILE.exec(name)?.[1];
    if (!day || Date.parse(`${day}T00:00:00Z`) >= cutoff) continue;
    try {
      unlinkSync(join(dir, name));
      removed.push(name);
    } catch {
      // Another writer removed it first, or it is not ours to remove; retention retries tomorrow.
    }
  }
  return removed;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
