// Argument rules: credentials, sensitive paths and the policy's literal patterns, checked in
// every string of a tool call's arguments. Reasons name the argument and the kind of problem,
// never the value.
import type { ArgumentRules } from '../../policy-schema/schema';
import { findCredentials, findCredentialsInField } from '../secrets/index';
import { compileSensitivePaths, DEFAULT_SENSITIVE_PATHS, type PathContext, type SensitivePathMatcher } from './sensitive-paths';

export type RuleAction = 'deny' | 'ask';

export interface RuleHit {
  rule: string;
  action: RuleAction;
  reason: string;
}

export interface ArgumentContext extends PathContext {
  rules: ArgumentRules;
  /** The approved policy entry of the server, for patterns limited to some servers. */
  policyId?: string;
  /** Paths that must not be touched whatever the policy says (the audit directory). */
  protectedPaths?: string[];
}

interface Leaf {
  path: string;
  key?: string;
  value: string;
}

const MAX_LEAVES = 100_000;
const MAX_DEPTH = 64;
const PATH_KEY = /(path|file|dir|folder|uri|location|target|source|dest|cwd)/i;
const TOKEN_SPLIT = /[\s"'`=,;()<>|&]+/;

export function checkArguments(input: unknown, ctx: ArgumentContext): RuleHit[] {
  const leaves: Leaf[] = [];
  if (!collectLeaves(input, '', undefined, 0, leaves)) {
    return [{ rule: 'arguments-too-complex', action: 'deny', reason: `the arguments are nested deeper than ${MAX_DEPTH} levels or hold more than ${MAX_LEAVES} values, too many to check` }];
  }
  return [...secretHits(leaves, ctx), ...pathHits(leaves, ctx), ...patternHits(input, ctx)];
}

function collectLeaves(value: unknown, path: string, key: string | undefined, depth: number, out: Leaf[]): boolean {
  if (depth > MAX_DEPTH || out.length > MAX_LEAVES) return false;
  if (typeof value === 'string') {
    out.push({ path: path || '(arguments)', ...(key !== undefined ? { key } : {}), value });
    return true;
  }
  if (Array.isArray(value)) return value.every((item, i) => collectLeaves(item, `${path}[${i}]`, key, depth + 1, out));
  if (value && typeof value === 'object') {
    return Object.entries(value).every(([k, v]) => collectLeaves(v, path ? `${path}.${k}` : k, k, depth + 1, out));
  }
  return true;
}

function secretHits(leaves: Leaf[], ctx: ArgumentContext): RuleHit[] {
  const action = ctx.rules.secrets ?? 'deny';
  if (action === 'allow') return [];
  const hits: RuleHit[] = [];
  for (const leaf of leaves) {
    const label = (leaf.key !== undefined ? findCredentialsInField(leaf.key, leaf.value) : findCredentials(leaf.value))[0]?.label;
    if (label) hits.push({ rule: 'secret-argument', action, reason: `argument "${leaf.path}" contains a ${label}` });
  }
  return hits;
}

function pathHits(leaves: Leaf[], ctx: ArgumentContext): RuleHit[] {
  let matcher: SensitivePathMatcher | undefined;
  const hits: RuleHit[] = [];
  for (const leaf of leaves) {
    for (const candidate of pathCandidates(leaf)) {
      matcher ??= compileSensitivePaths([...DEFAULT_SENSITIVE_PATHS, ...(ctx.rules.sensitivePaths ?? []), ...(ctx.protectedPaths ?? []).map((p) => `${p}/**`)], ctx.home);
      const hit = matcher.match(candidate, ctx);
      if (!hit) continue;
      const shown = clip(candidate) === clip(hit.resolved) ? clip(candidate) : `${clip(candidate)} (${clip(hit.resolved)})`;
      hits.push({ rule: 'sensitive-path', action: 'deny', reason: `argument "${leaf.path}" refers to ${shown}, a sensitive path (${hit.glob})` });
      break;
    }
  }
  return hits;
}

function clip(text: string): string {
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

/**
 * A value that is one path-like token, or sits under a path-like key, is checked whole; in free
 * text only tokens containing a slash are, so prose that mentions ".env" is not a file access.
 */
function pathCandidates(leaf: Leaf): string[] {
  const value = leaf.value.trim();
  if (!value) return [];
  const singleToken = !/\s/.test(value);
  if ((leaf.key && PATH_KEY.test(leaf.key)) || (singleToken && /^[~./\\$%]|[\\/]/.test(value))) return [value];
  return value.split(TOKEN_SPLIT).filter((token) => /[\\/]/.test(token) && token.length > 1);
}

function patternHits(input: unknown, ctx: ArgumentContext): RuleHit[] {
  const patterns = (ctx.rules.patterns ?? []).filter((p) => !p.servers || (ctx.policyId !== undefined && p.servers.includes(ctx.policyId)));
  if (!patterns.length) return [];
  const text = (JSON.stringify(input) ?? '').toLowerCase();
  return patterns.filter((p) => text.includes(p.contains.toLowerCase())).map((p) => ({ rule: `pattern:${p.id}`, action: p.action, reason: p.reason }));
}
