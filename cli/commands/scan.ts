// `mcp-warden scan`: connects to the configured servers the gate allows, reads their tools, prompts,
// resources and instructions, reports poisoning and drift from mcp-lock.json, and records what it saw
// for the hooks.
import * as path from 'node:path';
import { stateLocation } from '../../core/scan/state';
import { serverDiagnostics } from '../../core/scan/diagnostics';
import { describeDrift } from '../../core/scan/drift';
import { observationsPath } from '../../core/scan/observations';
import { RULE_INFO } from '../../core/scan/rules';
import { scanServers, type ScanRun, type ServerScanResult } from '../../core/scan/run-scan';
import { readSuppressions, SUPPRESSIONS_FILE, SuppressionsError } from '../../core/scan/suppressions';
import { COMMON_DISCOVERY_HELP, COMMON_DISCOVERY_OPTIONS, EXIT, UsageError, type Command, type CommandIo } from '../command';
import { toSarif } from '../sarif';
import { styleFor, type Style } from '../style';
import { PROJECT_URL, VERSION } from '../version';
import { countVerdicts, renderResults, resultJson } from './scan-output';
import { LIVE_HELP, LIVE_OPTIONS, liveContext, loadLock, recordObservations } from './scan-shared';

export const scanCommand: Command = {
  name: ['scan'],
  summary: 'connect to approved servers and scan their tools for poisoning and drift',
  help: `Usage: mcp-warden scan [options]

Starts or connects to each configured MCP server the policy approves (stdio, Streamable HTTP, SSE),
reads its tools (every page), prompts, resources and instructions, and reports tool poisoning and
drift from mcp-lock.json. Starting a server runs its code: servers the policy does not approve and
servers declared by the project's own files are skipped unless you ask for them.

Options:
${COMMON_DISCOVERY_HELP}
  --format FORMAT       text (default), json or sarif
${LIVE_HELP}
  --suppressions FILE   default: ${SUPPRESSIONS_FILE} in the project directory

Exit codes: 0 nothing at error level, 1 a malicious definition or structural drift, 2 usage or input error.`,
  options: { ...COMMON_DISCOVERY_OPTIONS, ...LIVE_OPTIONS, format: { type: 'string' }, suppressions: { type: 'string' } },
  async run(values, _positionals, io) {
    const format = values.json ? 'json' : ((values.format as string | undefined) ?? 'text');
    if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format ${format}: use text, json or sarif`);
    const live = liveContext(values, io);
    const suppressionsPath = typeof values.suppressions === 'string' ? path.resolve(io.cwd, values.suppressions) : path.join(live.project, SUPPRESSIONS_FILE);
    const run = await scanServers(live.targets, { ...live.options, lock: loadLock(live.lockPath), suppressions: loadSuppressions(suppressionsPath) });
    recordObservations(run, observationsPath(stateLocation(live.home, io.env)));
    const diagnostics = run.servers.flatMap(serverDiagnostics);
    if (format === 'json') io.stdout.write(`${JSON.stringify(runJson(run), null, 2)}\n`);
    else if (format === 'sarif') io.stdout.write(`${JSON.stringify(toSarif(diagnostics, { name: 'mcp-warden', version: VERSION, informationUri: PROJECT_URL, rules: RULE_INFO.map((rule) => ({ id: rule.id, title: rule.title })) }, live.project), null, 2)}\n`);
    else io.stdout.write(renderRun(run, styleFor(io.isTty, io.env)));
    warnExpired(run, io);
    return diagnostics.some((finding) => finding.severity === 'error') ? EXIT.findings : EXIT.clean;
  },
};

function loadSuppressions(file: string) {
  try {
    return readSuppressions(file);
  } catch (error) {
    if (error instanceof SuppressionsError) throw new UsageError(error.message);
    throw error;
  }
}

function runJson(run: ScanRun) {
  return {
    servers: run.servers.map((server) => ({
      name: server.entry.name,
      file: server.entry.file,
      client: server.entry.client,
      scope: server.entry.scope,
      identity: server.identityKey,
      state: server.state,
      ...(server.reason ? { reason: server.reason } : {}),
      verdict: server.verdict,
      ...(server.drift ? { drift: server.drift } : {}),
      tools: server.results.map(resultJson),
    })),
    expiredSuppressions: run.expiredSuppressions,
  };
}

function renderRun(run: ScanRun, style: Style): string {
  const lines: string[] = [];
  for (const server of run.servers) lines.push(...renderServer(server, style), '');
  const scanned = run.servers.filter((server) => server.state === 'scanned');
  lines.push(`${run.servers.length} servers: ${scanned.length} scanned, ${run.servers.length - scanned.length} not scanned; ${countVerdicts(scanned.flatMap((server) => server.results))}`);
  return `${lines.join('\n')}\n`;
}

function renderServer(server: ServerScanResult, style: Style): string[] {
  const title = `${style.bold(server.entry.name)} ${style.dim(`${server.identityKey} · ${server.entry.file}`)}`;
  if (server.state !== 'scanned') return [title, `  ${server.state === 'failed' ? style.red('failed') : style.dim('skipped')}: ${server.reason ?? ''}`];
  const lines = [title, ...renderResults(server.results, style, '  ')];
  if (server.drift && server.drift.status !== 'unchanged') lines.push(`  ${server.drift.kind === 'structural' ? style.red('drift') : style.yellow('drift')}: ${describeDrift(server.drift)}`);
  if (lines.length === 1) lines.push(`  ${style.green('clean')} (${server.results.length} tools, prompts, resources and instructions read)`);
  return lines;
}

function warnExpired(run: ScanRun, io: CommandIo): void {
  for (const gone of run.expiredSuppressions) io.stderr.write(`mcp-warden scan: suppression of ${gone.ruleId} expired on ${gone.expires}; the finding is reported again\n`);
}
