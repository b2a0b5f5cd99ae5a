// Does a policy match accept a server identity? Names never count here: only what the server is.
import type { ServerMatch } from '../../policy-schema/schema';
import type { Identity, Launched } from '../identity/index';
import { isRunnerLaunch } from '../identity/package-runners';
import { urlMatchesPattern } from '../identity/url';
import { parseNpmSpec, parsePypiSpec, parseImageSpec } from '../identity/versions';

export type MatchResult = 'match' | 'version-differs' | 'args-differ' | 'no';

export interface MatchSubject {
  identity: Identity;
}

export function matchServer(match: ServerMatch, subject: MatchSubject): MatchResult {
  const id = subject.identity;
  if ('url' in match) return id.kind === 'url' && urlMatchesPattern(id, match.url) ? 'match' : 'no';
  if ('package' in match) {
    if (id.kind !== 'package' || id.ecosystem !== match.ecosystem || id.name !== packageName(match.package, match.ecosystem)) return 'no';
    if (match.version !== undefined && !(id.pinned && id.version === normaliseVersion(match.version, match.ecosystem))) return 'version-differs';
    return launchMatches(match, id) ? 'match' : 'args-differ';
  }
  if ('image' in match) {
    if (id.kind !== 'image' || id.name !== parseImageSpec(match.image).name) return 'no';
    if (match.digest !== undefined && id.digest !== match.digest) return 'version-differs';
    return launchMatches(match, id) ? 'match' : 'args-differ';
  }
  // A command approval is for plain executables; package runners are approved by package, so
  // `{"command": "npx", "args": ["**"]}` cannot approve every npm package.
  if (id.kind !== 'command' || id.command !== match.command || isRunnerLaunch(id.command, id.args)) return 'no';
  return argsMatch(match.args ?? [], id.args, false) ? 'match' : 'args-differ';
}

function launchMatches(match: { args?: string[] | undefined; runnerArgs?: string[] | undefined }, id: Launched): boolean {
  return argsMatch(match.args, id.args, true) && argsMatch(match.runnerArgs ?? [], id.runnerFlags, false);
}

/** npm reads v1.2.3 as 1.2.3; PyPI versions have no such prefix. */
export function normaliseVersion(version: string, ecosystem: 'npm' | 'pypi'): string {
  return ecosystem === 'npm' ? version.replace(/^v(?=\d)/, '') : version;
}

function packageName(name: string, ecosystem: 'npm' | 'pypi'): string {
  return ecosystem === 'npm' ? parseNpmSpec(name).name : parsePypiSpec(name).name;
}

/** `*` matches one argument; a final `**` matches any remaining ones. Undefined pattern: anything, when allowed. */
function argsMatch(pattern: string[] | undefined, actual: string[], undefinedMatchesAll: boolean): boolean {
  if (pattern === undefined) return undefinedMatchesAll;
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '**' && i === pattern.length - 1) return true;
    if (i >= actual.length) return false;
    if (pattern[i] !== '*' && pattern[i] !== actual[i]) return false;
  }
  return actual.length === pattern.length;
}

/**
 * What "use the approved pin" writes: the same launch with only the package or image argument
 * replaced, so runner options (-e, --rm, the runner itself) survive the fix.
 */
export function approvedLaunch(match: ServerMatch, current: Identity, launch: { command?: string; args?: string[] }): { command: string; args: string[] } | { url: string } | undefined {
  if ('url' in match) return match.url.includes('*') ? undefined : { url: match.url };
  if ('command' in match) return (match.args ?? []).some((a) => a.includes('*')) ? undefined : { command: match.command, args: match.args ?? [] };
  if (current.kind !== 'package' && current.kind !== 'image') return undefined;
  if (launch.command === undefined || !launch.args || launch.args[current.specIndex] === undefined) return undefined;
  const spec = pinnedSpec(match);
  if (!spec) return undefined;
  const args = [...launch.args];
  const original = args[current.specIndex]!;
  // `--package=pkg@latest` keeps its option name; only the spec after "=" changes.
  const inline = original.startsWith('-') ? original.indexOf('=') : -1;
  args[current.specIndex] = inline > 0 ? `${original.slice(0, inline + 1)}${spec}` : spec;
  return { command: launch.command, args };
}

function pinnedSpec(match: ServerMatch): string | undefined {
  if ('package' in match && match.version) return match.ecosystem === 'npm' ? `${match.package}@${match.version}` : `${match.package}==${match.version}`;
  if ('image' in match && match.digest) return `${match.image}@${match.digest}`;
  return undefined;
}

/**
 * Denials read broadly: a denied package or image stays denied whatever runner options it is
 * launched with, and a denied command whatever its arguments, unless the denial names them.
 */
export function broadenDenial(match: ServerMatch): ServerMatch {
  if ('package' in match || 'image' in match) return { ...match, runnerArgs: match.runnerArgs ?? ['**'] };
  if ('command' in match) return { ...match, args: match.args ?? ['**'] };
  return match;
}
