// A JSON cache of what was derived from a file, keyed by the file's identity and change stamps,
// so a multi-megabyte ~/.claude.json is parsed once per change rather than once per tool call.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export function statKey(stat: fs.Stats): string {
  return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
}

export function cachePath(dir: string, kind: string, subject: string): string {
  return path.join(dir, `${kind}-${createHash('sha256').update(subject).digest('hex').slice(0, 24)}.json`);
}

export function readCache<T>(file: string, key: string): T | undefined {
  try {
    const cached = JSON.parse(fs.readFileSync(file, 'utf8')) as { key?: string; value?: T };
    return cached.key === key ? cached.value : undefined;
  } catch {
    return undefined;
  }
}

/** Best effort: written to a temporary name and renamed, so a reader never sees half a file. */
export function writeCache(file: string, key: string, value: unknown): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    fs.writeFileSync(temp, JSON.stringify({ key, value }), { mode: 0o600 });
    fs.renameSync(temp, file);
  } catch {
    try {
      fs.unlinkSync(temp);
    } catch {
      // Nothing was written.
    }
  }
}
