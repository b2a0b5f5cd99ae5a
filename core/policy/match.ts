// Does a policy match accept a server identity? Names never count here: only what the server is.
import type { ServerMatch } from '../../policy-schema/schema';
import type { Identity } from '../identity/index';
import { urlMatchesPattern } from '../identity/url';
import { parseNpmSpec, parsePypiSpec, parseImageSpec } from '../identity/versions';

export type MatchResult = 'match' | 'version-differs' | 'args-differ' | 'no';

export interface MatchSubject {
  identity: Identity;
  /** The raw launch line [command, ...args], for policies that approve a literal command. */
  launch?: string[];
}

export function matchServer(match: ServerMatch, subject: MatchSubject): MatchResult {
  const id = subject.identity;
  if ('url' in match) return id.kind === 'url' && urlMatchesPattern(id, match.url) ? 'match' : 'no';
  if ('package' in match) {
    if (id.kind !== 'package' || id.ecosystem !== match.ecosystem || id.name !== packageName(match.package, match.ecosystem)) return 'no';
    if (match.version !== undefined && !(id.pinned && id.version === match.version)) return 'version-differs';
    return argsMatch(match.args, id.args, true) ? 'match' : 'args-differ';
  }
  if ('image' in match) {
    if (id.kind !== 'image' || id.name !== parseImageSpec(match.image).name) return 'no';
    if (match.digest !== undefined && id.digest !== match.digest) return 'version-differs';
    return argsMatch(match.args, id.args, true) ? 'match' : 'args-differ';
  }
  const launch = subject.launch ?? (id.kind === 'command' ? [id.command, ...id.args] : undefined);
  if (!launch || launch[0] !== match.command) return 'no';
  return argsMatch(match.args ?? [], launch.slice(1), false) ? 'match' : 'args-differ';
}

function packageName(name: string, ecosystem: 'npm' | 'pypi'): string {
  return ecosystem === 'npm' ? parseNpmSpec(name).name : parsePypiSpec(name).name;
}

/** `*` matches one argument; a final `**` matches any remaining ones. Undefined pattern: anything, when allowed. */
export function argsMatch(pattern: string[] | undefined, actual: string[], undefinedMatchesAll: boolean): boolean {
  if (pattern === undefined) return undefinedMatchesAll;
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '**' && i === pattern.length - 1) return true;
    if (i >= actual.length) return false;
    if (pattern[i] !== '*' && pattern[i] !== actual[i]) return false;
  }
  return actual.length === pattern.length;
}

/** The launch line a person would write for an approved package or image: what "replace with the approved pin" inserts. */
export function approvedLaunch(match: ServerMatch, current: Identity): { command: string; args: string[] } | { url: string } | undefined {
  if ('url' in match) return match.url.includes('*') ? undefined : { url: match.url };
  if ('package' in match && match.version) {
    const spec = match.ecosystem === 'npm' ? `${match.package}@${match.version}` : `${match.package}==${match.version}`;
    const extra = current.kind === 'package' ? current.args : [];
    return match.ecosystem === 'npm' ? { command: 'npx', args: ['-y', spec, ...extra] } : { command: 'uvx', args: [spec, ...extra] };
  }
  if ('image' in match && match.digest) {
    const extra = current.kind === 'image' ? current.args : [];
    return { command: 'docker', args: ['run', '-i', '--rm', `${match.image}@${match.digest}`, ...extra] };
  }
  if ('command' in match && !(match.args ?? []).some((a) => a.includes('*'))) return { command: match.command, args: match.args ?? [] };
  return undefined;
}
