// Ends a spawned server and everything it started: `npx pkg` runs node under npm under a shell, and
// killing only the first process leaves the real server running.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';

const GRACE_MS = 1500;

/** Every process below `pid`, children before grandchildren. */
export function descendantsOf(pid: number): number[] {
  const parents = process.platform === 'linux' ? linuxParents() : process.platform === 'win32' ? new Map<number, number>() : psParents();
  const children = new Map<number, number[]>();
  for (const [child, parent] of parents) children.set(parent, [...(children.get(parent) ?? []), child]);
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0 && found.length < 10_000) {
    for (const child of children.get(queue.shift() as number) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

function linuxParents(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of safeReaddir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return parents;
}

function psParents(): Map<number, number> {
  const parents = new Map<number, number>();
  try {
    const output = execFileSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8', timeout: 5000 });
    for (const line of output.split('\n')) {
      const [pid, ppid] = line.trim().split(/\s+/).map(Number);
      if (pid && ppid !== undefined) parents.set(pid, ppid);
    }
  } catch {
    // No ps: only the direct child is ended.
  }
  return parents;
}

function safeReaddir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

/** SIGTERM to the given processes, then SIGKILL to whichever are still alive after a grace period. */
export async function terminate(pids: number[]): Promise<void> {
  if (process.platform === 'win32') {
    for (const pid of pids) killQuietly(() => execFileSync('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', timeout: 5000 }));
    return;
  }
  for (const pid of pids) killQuietly(() => process.kill(pid, 'SIGTERM'));
  const deadline = Date.now() + GRACE_MS;
  while (Date.now() < deadline && pids.some(isAlive)) await new Promise((resolve) => setTimeout(resolve, 50));
  for (const pid of pids.filter(isAlive)) killQuietly(() => process.kill(pid, 'SIGKILL'));
}

/** Running (a zombie — ended, waiting for its parent to collect it — counts as ended). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  return !isZombie(pid);
}

function isZombie(pid: number): boolean {
  if (process.platform !== 'linux') return false;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
  }
}

function killQuietly(kill: () => void): void {
  try {
    kill();
  } catch {
    // Already gone.
  }
}
