// The project's mcp-lock.json for one call: the nearest one from the call's cwd up to the project
// root. Only a few failed opens when there is none; the observations (the last tool listings
// `mcp-warden scan` and `lock` saw) are read only when a lockfile exists and a server is checked.
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { PinSource } from '../core/hooks/pins';
import type { ToolCall } from '../core/hooks/payload';
import { LOCKFILE_NAME, LockfileError, readLockfile } from '../core/scan/lockfile';
import { lockStatus, observationsPath, readObservations, type Observations } from '../core/scan/observations';
import { stateLocation } from '../core/scan/state';
import type { HookRuntime } from './runtime';

export function pinSource(rt: HookRuntime, call: Pick<ToolCall, 'cwd' | 'projectDir'>): PinSource | undefined {
  for (const dir of lockDirs(call.cwd, call.projectDir)) {
    const lockPath = join(dir, LOCKFILE_NAME);
    try {
      const lock = readLockfile(lockPath);
      if (!lock) continue;
      let observations: Observations | undefined;
      return {
        lockPath,
        lock,
        statusOf: (key) => lockStatus(lock, (observations ??= readObservations(observationsPath(stateLocation(rt.home, rt.env, rt.platform)))), key),
      };
    } catch (error) {
      if (!(error instanceof LockfileError)) throw error;
      return { lockPath, error: error.message, statusOf: () => ({ status: 'unlocked' }) };
    }
  }
  return undefined;
}

/** The cwd and its parents up to the project root; a cwd outside the project: the cwd, then the root. */
export function lockDirs(cwd: string | undefined, projectDir: string | undefined): string[] {
  const root = projectDir ? resolve(projectDir) : cwd ? resolve(cwd) : undefined;
  if (!root) return [];
  const start = cwd ? resolve(cwd) : root;
  const inside = relative(root, start);
  if (inside.startsWith('..') || isAbsolute(inside)) return [start, root];
  const dirs: string[] = [];
  for (let dir = start; ; dir = dirname(dir)) {
    dirs.push(dir);
    if (dir === root || dirname(dir) === dir) return dirs;
  }
}
