// What a server *is*, independent of the name a config gives it (DESIGN.md "Server identity").
import type { ServerEntry } from '../model';
import { executableName, matchRunner } from './package-runners';
import { normaliseUrl } from './url';
import { parseImageSpec, parseNpmSpec, parsePypiSpec } from './versions';

export type Identity =
  | { kind: 'package'; ecosystem: 'npm' | 'pypi'; runner: string; name: string; version?: string; pinned: boolean; args: string[] }
  | { kind: 'image'; runtime: string; name: string; tag?: string; digest?: string; pinned: boolean; args: string[] }
  | { kind: 'command'; command: string; args: string[] }
  | { kind: 'url'; url: string; scheme: string; host: string; port?: number; path: string }
  | { kind: 'unknown'; reason: string };

export type IdentitySource = Pick<ServerEntry, 'transport' | 'command' | 'args' | 'url'>;

export function identityOf(entry: IdentitySource): Identity {
  if (entry.url !== undefined && entry.command === undefined) {
    const url = normaliseUrl(entry.url);
    if (!url) return { kind: 'unknown', reason: `"${entry.url}" is not a valid URL` };
    return { kind: 'url', url: url.url, scheme: url.scheme, host: url.host, ...(url.port ? { port: url.port } : {}), path: url.path };
  }
  if (entry.command === undefined) return { kind: 'unknown', reason: 'the entry has neither a command nor a URL' };
  return commandIdentity(entry.command, entry.args ?? []);
}

function commandIdentity(rawCommand: string, rawArgs: string[]): Identity {
  const [command, args] = unwrapShell(rawCommand.trim(), rawArgs.map((a) => a.trim()));
  const runner = matchRunner(command, args);
  if (!runner) return { kind: 'command', command, args };
  if (runner.ecosystem === 'oci') {
    const image = parseImageSpec(runner.spec);
    return { kind: 'image', runtime: runner.runner.split(' ')[0]!, ...image, args: runner.rest };
  }
  const spec = runner.ecosystem === 'npm' ? parseNpmSpec(runner.spec) : parsePypiSpec(runner.spec);
  return { kind: 'package', ecosystem: runner.ecosystem, runner: runner.runner, ...spec, args: runner.rest };
}

/** `cmd /c npx …` is how Windows configs launch npx; it is the same server as `npx …`. */
function unwrapShell(command: string, args: string[]): [string, string[]] {
  const exe = executableName(command);
  if (exe === 'cmd' && args[0]?.toLowerCase() === '/c' && args[1]) return [args[1], args.slice(2)];
  return [command, args];
}

/** A canonical, human-readable key: equal keys mean the same server. Used in lockfiles and logs. */
export function identityKey(identity: Identity): string {
  switch (identity.kind) {
    case 'package':
      return `${identity.ecosystem}:${identity.name}@${identity.version ?? ''}${argsSuffix(identity.args)}`;
    case 'image':
      return `oci:${identity.name}${identity.digest ? `@${identity.digest}` : `:${identity.tag ?? 'latest'}`}${argsSuffix(identity.args)}`;
    case 'command':
      return `command:${JSON.stringify([identity.command, ...identity.args])}`;
    case 'url':
      return `url:${identity.url}`;
    case 'unknown':
      return 'unknown:';
  }
}

function argsSuffix(args: string[]): string {
  return args.length ? ` ${JSON.stringify(args)}` : '';
}

/** One line for people: "npm package @upstash/context7-mcp@1.0.14 (via npx)". */
export function describeIdentity(identity: Identity): string {
  switch (identity.kind) {
    case 'package':
      return `${identity.ecosystem} package ${identity.name}${identity.version ? `@${identity.version}` : ' (no version)'} via ${identity.runner}${identity.args.length ? ` ${identity.args.join(' ')}` : ''}`;
    case 'image':
      return `container image ${identity.name}${identity.digest ? `@${identity.digest}` : `:${identity.tag ?? 'latest'}`} via ${identity.runtime}`;
    case 'command':
      return `command ${[identity.command, ...identity.args].join(' ')}`;
    case 'url':
      return `remote server ${identity.url}`;
    case 'unknown':
      return `unknown (${identity.reason})`;
  }
}
