// Finds the Node.js the installed hook will run under. The editor's own runtime rarely qualifies:
// in VS Code and Cursor it is Electron, and a remote or web server's bundled Node.js lives in a
// folder named after the editor build, gone after the next update. So `node` on PATH comes first,
// kept as the PATH names it (a version manager's or Homebrew's stable link, not its target).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const MIN_NODE_MAJOR = 20;

export interface NodeSearch {
  pathValue: string;
  platform: NodeJS.Platform;
  /** Folders whose programs must never run: the workspace folders. */
  excluded: readonly string[];
}

export type NodeLookup = { node: string } | { error: string };

/** Absolute `node` paths in PATH order; relative entries and workspace folders are skipped. */
export function nodeCandidates(search: NodeSearch): string[] {
  const p = search.platform === 'win32' ? path.win32 : path.posix;
  const exe = search.platform === 'win32' ? 'node.exe' : 'node';
  const dirs = search.pathValue.split(search.platform === 'win32' ? ';' : ':').map((d) => d.trim().replace(/^"(.*)"$/, '$1'));
  const usable = dirs.filter((d) => d && p.isAbsolute(d) && !search.excluded.some((x) => isWithin(p, d, x)));
  return [...new Set(usable.map((d) => p.join(d, exe)))];
}

/** The major version from `process.versions.node` output ("20.11.1"), if it is one. */
export function nodeMajor(output: string): number | undefined {
  const match = /^v?(\d+)\.\d+\.\d+/.exec(output.trim());
  return match ? Number(match[1]) : undefined;
}

export function findNode(search: NodeSearch): NodeLookup {
  const tried: string[] = [];
  for (const candidate of nodeCandidates(search)) {
    if (!isExecutable(candidate, search.platform)) continue;
    const major = nodeMajor(versionOf(candidate));
    if (major !== undefined && major >= MIN_NODE_MAJOR) return { node: candidate };
    tried.push(`${candidate} (${major === undefined ? 'did not run' : `Node.js ${major}`})`);
  }
  if (!process.versions.electron && Number(process.versions.node.split('.')[0]) >= MIN_NODE_MAJOR) return { node: process.execPath };
  const found = tried.length ? ` Found only ${tried.join(', ')}.` : '';
  return { error: `no Node.js ${MIN_NODE_MAJOR} or later was found on PATH; the hook runs under Node.js (the editor's own runtime cannot run it).${found} Install Node.js ${MIN_NODE_MAJOR}+ and run this command again.` };
}

function versionOf(node: string): string {
  const run = spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8', timeout: 10_000, windowsHide: true });
  return run.status === 0 ? run.stdout : '';
}

function isExecutable(file: string, platform: NodeJS.Platform): boolean {
  try {
    fs.accessSync(file, platform === 'win32' ? fs.constants.F_OK : fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function isWithin(p: path.PlatformPath, dir: string, parent: string): boolean {
  const rel = p.relative(p.resolve(parent), p.resolve(dir));
  return rel === '' || (!rel.startsWith('..') && !p.isAbsolute(rel));
}
