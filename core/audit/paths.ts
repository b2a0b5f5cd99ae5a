// Where the audit log and the hook's caches live: a durable per-user state directory,
// never inside node_modules (wiped by installs) and never inside a project (committed, shared).
import { isAbsolute, join, posix, relative, resolve, win32 } from 'node:path';

export interface StateLocation {
  home: string;
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
}

/** The per-OS state directory of MCP Warden (not the audit subfolder). */
export function stateDir(loc: StateLocation): string {
  const p = loc.platform === 'win32' ? win32 : posix;
  if (loc.env.MCP_WARDEN_STATE_DIR) return loc.env.MCP_WARDEN_STATE_DIR;
  if (loc.platform === 'win32') return p.join(loc.env.LOCALAPPDATA ?? p.join(loc.home, 'AppData', 'Local'), 'MCP Warden');
  if (loc.platform === 'darwin') return p.join(loc.home, 'Library', 'Application Support', 'MCP Warden');
  const xdg = loc.env.XDG_STATE_HOME;
  return p.join(xdg && p.isAbsolute(xdg) ? xdg : p.join(loc.home, '.local', 'state'), 'mcp-warden');
}

/**
 * The audit directory: MCP_WARDEN_AUDIT_DIR, then the policy's `audit.dir`, then the state directory.
 * `~/` in the policy value means the user's home, so one managed policy works for every user.
 */
export function auditDir(loc: StateLocation, policyDir?: string): string {
  const chosen = loc.env.MCP_WARDEN_AUDIT_DIR || (policyDir ? expandHome(policyDir, loc.home) : undefined);
  const p = loc.platform === 'win32' ? win32 : posix;
  return chosen ? p.resolve(chosen) : p.join(stateDir(loc), 'audit');
}

export function cacheDir(loc: StateLocation): string {
  const p = loc.platform === 'win32' ? win32 : posix;
  return p.join(stateDir(loc), 'cache');
}

/**
 * Why a directory must not hold the audit log, or undefined when it may. A "project" that is the
 * home directory or one of its ancestors is not a project here: the state directory lives below it.
 */
export function unsuitableAuditDir(dir: string, projectDirs: readonly string[], home: string): string | undefined {
  const parts = dir.split(/[\\/]+/);
  if (parts.includes('node_modules')) return `the audit directory ${dir} is inside node_modules, where package installs delete it`;
  const inside = projectDirs.find((project) => project && !isWithin(home, project) && isWithin(dir, project));
  if (inside) return `the audit directory ${dir} is inside the project ${inside}, where it would be committed or shared`;
  return undefined;
}

function isWithin(child: string, parent: string): boolean {
  const rel = relative(resolve(parent), resolve(child));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function expandHome(value: string, home: string): string {
  if (value === '~') return home;
  if (value.startsWith('~/') || value.startsWith('~\\')) return join(home, value.slice(2));
  return value;
}
