// A JSON cache of what was derived from a file, keyed by the file's identity and change stamps,
// so a multi-megabyte ~/.claude.json is parsed once per change rather than once per tool call.
import { createHash } from 'node:crypto';
import { type Stats, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function statKey(stat: Stats): string {
  return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
}

export function cachePath(dir: string, kind: string, subject: string): string {
  return join(dir, `${kind}-${createHash('sha256').update(subject).digest('hex').slice(0, 24)}.json`);
}

export function readCache<T>(file: string, key: string): T | undefined {
  try {
    const cached = JSON.parse(readFileSync(file, 'utf8')) as { key?: string; value?: T };
    return cached.key === key ? cached.value : undefined;
  } catch {
    return undefined;
  }
}

/** Best effort: written to a temporary name and renamed, so a reader never sees half a file. */
export function writeCache(file: string, key: string, value: unknown): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(temp, JSON.stringify({ key, value }), { mode: 0o600 });
    renameSync(temp, file);
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // Nothing was written.
    }
  }
}
