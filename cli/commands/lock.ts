// `mcp-warden lock` pins every approved server's tools in mcp-lock.json; `lock --check` compares what
// the servers publish now with the pins and fails on any drift, naming it cosmetic or structural.
import { describeDrift } from '../../core/scan/drift';
import { diffAgainstLock, lockEntryFor } from '../../core/scan/lock';
import { emptyLockfile, withEntry, writeLockfile, type Lockfile } from '../../core/scan/lockfile';
import { observationsPath } from '../../core/scan/observations';
import { scanServers, type ServerScanResult } from '../../core/scan/run-scan';
import { stateLocation } from '../../core/scan/state';
import { COMMON_DISCOVERY_HELP, COMMON_DISCOVERY_OPTIONS, EXIT, type Command, type CommandIo } from '../command';
import { LIVE_HELP, LIVE_OPTIONS, liveContext, loadLock, recordObservations } from './scan-shared';

export const lockCommand: Command = {
  name: ['lock'],
  summary: 'pin the tools of approved servers in mcp-lock.json, or check them (--check)',
  help: `Usage: mcp-warden lock [--check] [options]

Connects to each approved server, hashes each tool definition, the whole tool list and the server's
instructions (RFC 8785 canonical JSON, SHA-256) and writes them to mcp-lock.json, keyed by server
identity — commit the file. With --check nothing is written: the command lists each server again and
fails if anything changed (cosmetic: descriptions or instructions; structural: schema, annotations,
tools added or removed) or a server is missing from the lock.

Options:
  --check               compare instead of writing
${COMMON_DISCOVERY_HELP}
${LIVE_HELP}

Exit codes: 0 locked / no drift, 1 drift, a server missing from the lock, or a server that could not
be listed, 2 usage or input error.`,
  options: { ...COMMON_DISCOVERY_OPTIONS, ...LIVE_OPTIONS, check: { type: 'boolean' } },
  async run(values, _positionals, io) {
    const live = liveContext(values, io);
    const lock = loadLock(live.lockPath);
    const run = await scanServers(live.targets, live.options);
    const listed = run.servers.filter((server) => server.listing);
    recordObservations(run, observationsPath(stateLocation(live.home, io.env)));
    const failed = run.servers.filter((server) => server.state === 'failed');
    for (const server of failed) io.stderr.write(`mcp-warden lock: ${server.entry.name}: ${server.reason}\n`);
    return values.check ? check(lock, run.servers, values.json === true, io, failed.length > 0) : write(lock ?? emptyLockfile(), listed, live.lockPath, values.json === true, io, failed.length > 0);
  },
};

function write(lock: Lockfile, listed: ServerScanResult[], file: string, json: boolean, io: CommandIo, anyFailed: boolean): number {
  let updated = lock;
  for (const server of listed) updated = withEntry(updated, server.identityKey, lockEntryFor(server.listing!, server.entry.name));
  writeLockfile(file, updated);
  const summary = listed.map((server) => ({ name: server.entry.name, identity: server.identityKey, tools: server.listing!.tools.length }));
  if (json) io.stdout.write(`${JSON.stringify({ lockfile: file, locked: summary }, null, 2)}\n`);
  else io.stdout.write(`${summary.map((s) => `locked ${s.name} (${s.identity}): ${s.tools} tools`).join('\n')}${summary.length ? '\n' : ''}wrote ${file}\n`);
  return anyFailed ? EXIT.findings : EXIT.clean;
}

function check(lock: Lockfile | undefined, servers: ServerScanResult[], json: boolean, io: CommandIo, anyFailed: boolean): number {
  const rows = servers.filter((server) => server.listing).map((server) => ({ server, drift: diffAgainstLock(lock, server.identityKey, server.listing!) }));
  if (json) {
    io.stdout.write(`${JSON.stringify({ servers: rows.map(({ server, drift }) => ({ name: server.entry.name, identity: server.identityKey, ...drift })) }, null, 2)}\n`);
  } else {
    for (const { server, drift } of rows) io.stdout.write(`${server.entry.name} (${server.identityKey}): ${describeDrift(drift)}\n`);
    for (const server of servers.filter((s) => s.state === 'skipped')) io.stdout.write(`${server.entry.name}: ${server.reason}\n`);
  }
  const drifted = rows.some(({ drift }) => drift.status !== 'unchanged');
  return drifted || anyFailed ? EXIT.findings : EXIT.clean;
}
