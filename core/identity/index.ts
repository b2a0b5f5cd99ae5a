// What a server *is*, independent of the name a config gives it (DESIGN.md "Server identity").
import type { ServerEntry } from '../model';
import { executableName, matchRunner } from './package-runners';
import { normaliseUrl } from './url';
import { parseImageSpec, parseNpmSpec, parsePypiSpec } from './versions';

export type Identity =
  | ({ kind: 'package'; ecosystem: 'npm' | 'pypi'; runner: string; name: string; version?: string; pinned: boolean } & Launched)
  | ({ kind: 'image'; runtime: string; name: string; tag?: string; digest?: string; pinned: boolean } & Launched)
  | { kind: 'command'; command: string; args: string[] }
  | { kind: 'url'; url: string; scheme: string; host: string; port?: number; path: string }
  | { kind: 'unknown'; reason: string };

/** How a package or image is launched, beyond the package itself. */
export interface Launched {
  /** Arguments after the package or image: passed to the server. */
  args: string[];
  /** Runner options that change what runs (a registry, an extra package, a mount, an entrypoint). */
  runnerFlags: string[];
  /** Index of the package or image spec in the entry's `args`, for fixes that replace only it. */
  specIndex: number;
}

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
  const [command, args, shift] = unwrapShell(rawCommand.trim(), rawArgs.map((a) => a.trim()));
  const runner = matchRunner(command, args);
  if (!runner) return { kind: 'command', command, args };
  const launched: Launched = { args: runner.rest, runnerFlags: runner.runnerFlags, specIndex: runner.specIndex + shift };
  if (runner.ecosystem === 'oci') return { kind: 'image', runtime: runner.runner.split(' ')[0]!, ...parseImageSpec(runner.spec), ...launched };
  const spec = runner.ecosystem === 'npm' ? parseNpmSpec(runner.spec) : parsePypiSpec(runner.spec);
  return { kind: 'package', ecosystem: runner.ecosystem, runner: runner.runner, ...spec, ...launched };
}

/** `cmd /c npx …` is how Windows configs launch npx; it is the same server as `npx …`. Returns how many args were consumed. */
function unwrapShell(command: string, args: string[]): [string, string[], number] {
  const exe = executableName(command);
  if (exe === 'cmd' && args[0]?.toLowerCase() === '/c' && args[1]) return [args[1], args.slice(2), 2];
  return [command, args, 0];
}

/** A canonical, human-readable key: equal keys mean the same server. Used in lockfiles and logs. */
export function identityKey(identity: Identity): string {
  switch (identity.kind) {
    case 'package':
      return `${identity.ecosystem}:${identity.name}@${identity.version ?? ''}${argsSuffix(identity.args)}${flagsSuffix(identity.runnerFlags)}`;
    case 'image':
      return `oci:${identity.name}${identity.digest ? `@${identity.digest}` : `:${identity.tag ?? 'latest'}`}${argsSuffix(identity.args)}${flagsSuffix(identity.runnerFlags)}`;
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

function flagsSuffix(flags: string[]): string {
  return flags.length ? ` runner${JSON.stringify(flags)}` : '';
}

/** One line for people: "npm package @upstash/context7-mcp@1.0.14 (via npx)". */
export function describeIdentity(identity: Identity): string {
  switch (identity.kind) {
    case 'package':
      return `${identity.ecosystem} package ${identity.name}${identity.version ? `@${identity.version}` : ' (no version)'} via ${[identity.runner, ...identity.runnerFlags].join(' ')}${identity.args.length ? ` ${identity.args.join(' ')}` : ''}`;
    case 'image':
      return `container image ${identity.name}${identity.digest ? `@${identity.digest}` : `:${identity.tag ?? 'latest'}`} via ${[identity.runtime, ...identity.runnerFlags].join(' ')}`;
    case 'command':
      return `command ${[identity.command, ...identity.args].join(' ')}`;
    case 'url':
      return `remote server ${identity.url}`;
    case 'unknown':
      return `unknown (${identity.reason})`;
  }
}
