// What `scan` and `lock` share: the servers to consider (from the same check the other commands
// run), the connection with the CLI's timeout and environment, and progress lines on a terminal.
import * as path from 'node:path';
import { runCheck } from '../../core/check';
import { connectAndList } from '../../core/scan/connect';
import { lockEntryFor } from '../../core/scan/lock';
import { LOCKFILE_NAME, LockfileError, readLockfile, type Lockfile } from '../../core/scan/lockfile';
import { recordObservation } from '../../core/scan/observations';
import { scanTargets, type ScanRun, type ScanRunOptions, type ScanTarget } from '../../core/scan/run-scan';
import { UsageError, type CommandIo, type OptionSpecs } from '../command';
import { discoveryFromOptions } from '../discovery-options';
import { VERSION } from '../version';

export const LIVE_OPTIONS: OptionSpecs = {
  'include-unapproved': { type: 'boolean' },
  'trust-workspace': { type: 'boolean' },
  server: { type: 'string', multiple: true },
  timeout: { type: 'string' },
  lock: { type: 'string' },
};

export const LIVE_HELP = `  --server NAME         only this server (repeatable)
  --include-unapproved  also start servers the policy does not approve (never denied ones)
  --trust-workspace     also start servers declared by project files (.mcp.json, .vscode/, …);
                        review them first: starting a server runs its code
  --timeout SECONDS     per server, for connecting and listing (default 30)
  --lock FILE           the lockfile (default: mcp-lock.json in the project directory)`;

export interface LiveContext {
  targets: ScanTarget[];
  project: string;
  home: string;
  lockPath: string;
  options: Pick<ScanRunOptions, 'includeUnapproved' | 'workspaceTrusted' | 'connect' | 'onProgress'>;
}

export function liveContext(values: Record<string, unknown>, io: CommandIo): LiveContext {
  const { env, policyPath } = discoveryFromOptions(values, io);
  const project = env.project ?? io.cwd;
  const check = runCheck({ env, ...(policyPath ? { policyPath } : {}) });
  const wanted = values.server as string[] | undefined;
  const servers = wanted ? check.servers.filter(({ entry }) => wanted.includes(entry.name)) : check.servers;
  if (wanted) for (const name of wanted) if (!servers.some(({ entry }) => entry.name === name)) throw new UsageError(`--server ${name}: no configured server has that name`);
  const timeoutMs = timeoutOption(values.timeout);
  const launch = { env: io.env, project, home: env.home, timeoutMs, clientVersion: VERSION };
  return {
    targets: scanTargets(servers),
    project,
    home: env.home,
    lockPath: typeof values.lock === 'string' ? path.resolve(io.cwd, values.lock) : path.join(project, LOCKFILE_NAME),
    options: {
      includeUnapproved: values['include-unapproved'] === true,
      workspaceTrusted: values['trust-workspace'] === true,
      connect: (entry) => connectAndList(entry, launch),
      onProgress: progressReporter(io),
    },
  };
}

function timeoutOption(value: unknown): number {
  if (value === undefined) return 30_000;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError(`--timeout ${String(value)}: give a number of seconds`);
  return seconds * 1000;
}

function progressReporter(io: CommandIo): ((message: string) => void) | undefined {
  if (!(io.stderr as { isTTY?: boolean }).isTTY) return undefined;
  return (message) => io.stderr.write(`mcp-warden: ${message}\n`);
}

/** The lockfile at `file`, undefined when there is none; a malformed one is a usage error. */
export function loadLock(file: string): Lockfile | undefined {
  try {
    return readLockfile(file);
  } catch (error) {
    if (error instanceof LockfileError) throw new UsageError(error.message);
    throw error;
  }
}

/** What each listed server published, for the hooks' drift check (lock status without connecting). */
export function recordObservations(run: ScanRun, file: string): void {
  for (const server of run.servers) if (server.listing) recordObservation(file, server.identityKey, lockEntryFor(server.listing, server.entry.name));
}
