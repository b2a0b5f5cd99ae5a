// Sensitive paths in tool-call arguments: credential stores (~/.ssh, ~/.aws/credentials, …),
// dotenv files, and the policy's own globs. Paths are compared after `~`, $HOME, relative
// segments and the working directory are resolved, so `../../.ssh/id_rsa` is caught too.
import { posix } from 'node:path';

export const DEFAULT_SENSITIVE_PATHS: readonly string[] = [
  '~/.ssh/**',
  '~/.aws/credentials',
  '~/.aws/sso/cache/**',
  '~/.gnupg/**',
  '~/.kube/config',
  '~/.docker/config.json',
  '~/.netrc',
  '~/.git-credentials',
  '~/.npmrc',
  '~/.pypirc',
  '~/.config/gh/hosts.yml',
  '~/.config/gcloud/**',
  '~/.azure/**',
  '~/.claude/.credentials.json',
  '/etc/shadow',
  '.env',
  '.env.*',
  'id_rsa',
  'id_ed25519',
  'id_ecdsa',
  'id_dsa',
];

/** Dotenv files meant to be committed: they document variables and hold no values. */
const DOTENV_TEMPLATES = new Set(['.env.example', '.env.sample', '.env.template', '.env.dist', '.env.defaults']);

export interface PathContext {
  home: string;
  cwd?: string;
}

export interface SensitivePathHit {
  glob: string;
  /** The path as compared: `~`-relative or absolute, resolved against the working directory. */
  resolved: string;
}

export interface SensitivePathMatcher {
  match(candidate: string, ctx: PathContext): SensitivePathHit | undefined;
}

interface CompiledGlob {
  glob: string;
  regex: RegExp;
  basenameOnly: boolean;
}

/** `home` lets a glob written as an absolute path under the home directory match `~` paths. */
export function compileSensitivePaths(globs: readonly string[], home: string): SensitivePathMatcher {
  const compiled = globs.map((glob) => compileGlob(glob, home));
  return {
    match(candidate, ctx) {
      const normalized = normalizePath(candidate, ctx);
      if (!normalized) return undefined;
      const base = normalized.slice(normalized.lastIndexOf('/') + 1);
      if (DOTENV_TEMPLATES.has(base)) return undefined;
      const glob = compiled.find((g) => g.regex.test(g.basenameOnly ? base : normalized))?.glob;
      return glob ? { glob, resolved: normalized } : undefined;
    },
  };
}

function compileGlob(glob: string, home: string): CompiledGlob {
  const lowerHome = home.replace(/\\/g, '/').replace(/\/+$/, '').toLowerCase();
  let clean = glob.trim().replace(/\\/g, '/').toLowerCase();
  if (lowerHome && clean.startsWith(`${lowerHome}/`)) clean = `~${clean.slice(lowerHome.length)}`;
  const basenameOnly = !clean.includes('/');
  const rooted = clean.startsWith('~') || clean.startsWith('/');
  const prefix = basenameOnly || rooted ? '' : '(?:.*/)?';
  return { glob, regex: new RegExp(`^${prefix}${globToRegex(clean)}$`), basenameOnly };
}

/** `*` and `?` stay within one segment; `**` spans segments; a final `/**` also matches the directory itself. */
function globToRegex(glob: string): string {
  let out = '';
  let i = 0;
  while (i < glob.length) {
    if (glob.startsWith('/**', i) && i + 3 === glob.length) {
      out += '(?:/.*)?';
      i += 3;
    } else if (glob.startsWith('**/', i)) {
      out += '(?:.*/)?';
      i += 3;
    } else if (glob.startsWith('**', i)) {
      out += '.*';
      i += 2;
    } else {
      const ch = glob[i]!;
      out += ch === '*' ? '[^/]*' : ch === '?' ? '[^/]' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
      i += 1;
    }
  }
  return out;
}

/** `~`-relative (under home) or absolute, lower-case, `/`-separated; undefined when it is not a path. */
export function normalizePath(raw: string, ctx: PathContext): string | undefined {
  let p = raw.trim().replace(/^file:\/\//i, '').replace(/\\/g, '/');
  if (!p || p.length > 4096) return undefined;
  p = p.replace(/^(\$HOME|\$\{HOME\}|%USERPROFILE%|%HOME%)(?=\/|$)/i, '~');
  const home = ctx.home.replace(/\\/g, '/').replace(/\/+$/, '');
  if (!p.startsWith('~') && !p.startsWith('/') && !/^[A-Za-z]:\//.test(p)) {
    if (!ctx.cwd) return collapse(p).toLowerCase();
    p = posix.join(ctx.cwd.replace(/\\/g, '/'), p);
  }
  p = collapse(p);
  const lowerHome = home.toLowerCase();
  const lower = p.toLowerCase();
  if (lowerHome && (lower === lowerHome || lower.startsWith(`${lowerHome}/`))) return `~${lower.slice(lowerHome.length)}`;
  return lower;
}

function collapse(p: string): string {
  if (p.startsWith('~')) return `~${posix.normalize(`/${p.slice(1)}`)}`.replace(/^~\/$/, '~');
  const normalized = posix.normalize(p);
  return normalized.length > 1 ? normalized.replace(/\/+$/, '') : normalized;
}
