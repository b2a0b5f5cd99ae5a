// Per-OS base directories, derived from a DiscoveryEnv so a fixture home behaves like a real one.
import * as path from 'node:path';
import type { DiscoveryEnv } from './types';

export function pathApi(env: DiscoveryEnv): path.PlatformPath {
  return env.platform === 'win32' ? path.win32 : path.posix;
}

/** %APPDATA% on Windows, ~/Library/Application Support on macOS, $XDG_CONFIG_HOME or ~/.config elsewhere. */
export function appConfigDir(env: DiscoveryEnv): string {
  const p = pathApi(env);
  if (env.platform === 'win32') return env.env.APPDATA ?? p.join(env.home, 'AppData', 'Roaming');
  if (env.platform === 'darwin') return p.join(env.home, 'Library', 'Application Support');
  return env.env.XDG_CONFIG_HOME ?? p.join(env.home, '.config');
}

/** A machine-wide path, under the system root when auditing a copy of another machine. */
export function systemPath(env: DiscoveryEnv, ...parts: string[]): string {
  const p = pathApi(env);
  const joined = p.join(...parts);
  return env.systemRoot ? p.join(env.systemRoot, joined.replace(/^[A-Za-z]:/, '')) : joined;
}

/** The project directory and each of its ancestors, nearest first. */
export function projectAndAncestors(env: DiscoveryEnv): string[] {
  if (!env.project) return [];
  const p = pathApi(env);
  const dirs: string[] = [];
  let dir = p.resolve(env.project);
  for (;;) {
    dirs.push(dir);
    const parent = p.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return dirs;
}

/** Files in `dir` whose names end with `suffix`, sorted for stable output. */
export function filesEndingWith(fs: { listDir(dir: string): string[] }, dir: string, suffix: string): string[] {
  return fs.listDir(dir).filter((name) => name.endsWith(suffix)).sort();
}

/** Files below `root` (at most `depth` levels) accepted by `match`, in a stable order; symlinked dirs are not followed. */
export function findFiles(fs: { listDir(dir: string): string[]; isDir(path: string): boolean }, root: string, depth: number, match: (dir: string, name: string) => boolean): string[] {
  const found: string[] = [];
  const visit = (dir: string, left: number) => {
    for (const name of fs.listDir(dir).sort()) {
      const full = `${dir}/${name}`;
      if (match(dir, name)) found.push(full);
      else if (left > 0 && fs.isDir(full)) visit(full, left - 1);
    }
  };
  visit(root, depth);
  return found;
}

/** `parent/<child>/fileName` for every child directory of `parent` that holds `fileName` (symlinked dirs included). */
export function filesInSubdirs(fs: { listDir(dir: string): string[] }, p: path.PlatformPath, parent: string, fileName: string): string[] {
  return fs
    .listDir(parent)
    .sort()
    .map((child) => p.join(parent, child))
    .filter((dir) => fs.listDir(dir).includes(fileName))
    .map((dir) => p.join(dir, fileName));
}

/** Full paths of the files in `dir` whose names end with one of `suffixes`, sorted. */
export function filesWithSuffix(fs: { listDir(dir: string): string[] }, p: path.PlatformPath, dir: string, suffixes: readonly string[]): string[] {
  return fs
    .listDir(dir)
    .filter((name) => suffixes.some((suffix) => name.endsWith(suffix)))
    .sort()
    .map((name) => p.join(dir, name));
}

/**
 * The project and its ancestors without the home directory: a client's project file in the
 * home directory (~/.cursor/mcp.json, ~/.codex/config.toml) is its user file, listed once as such.
 */
export function projectAncestorsExceptHome(env: DiscoveryEnv): string[] {
  return projectAndAncestors(env).filter((dir) => !samePath(env, dir, env.home));
}

/** The project directory unless it is the home directory (where its files are the user's), resolved. */
export function projectDirExceptHome(env: DiscoveryEnv): string | undefined {
  if (!env.project || samePath(env, env.project, env.home)) return undefined;
  return pathApi(env).resolve(env.project);
}

/** Path equality as the platform sees it: Windows paths compare case-insensitively. */
export function samePath(env: DiscoveryEnv, a: string, b: string): boolean {
  const p = pathApi(env);
  const fold = (dir: string) => (env.platform === 'win32' ? p.resolve(dir).toLowerCase() : p.resolve(dir));
  return fold(a) === fold(b);
}
