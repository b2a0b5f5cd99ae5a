import { runCheck } from '../../core/check';
import { candidateFiles } from '../../core/discovery';
import { describeIdentity, identityKey } from '../../core/identity/index';
import { COMMON_DISCOVERY_HELP, COMMON_DISCOVERY_OPTIONS, EXIT, type Command } from '../command';
import { discoveryFromOptions } from '../discovery-options';
import { displayPath } from '../report';
import { styleFor } from '../style';

export const inventoryCommand: Command = {
  name: ['inventory'],
  summary: 'list every MCP config file found and every server in it',
  help: `Usage: mcp-warden inventory [options]

Lists every MCP config file found (with its client, scope and status) and every server
declared in it, with its transport and identity.

Options:
${COMMON_DISCOVERY_HELP}
  --all               also list the locations that were looked at but do not exist

Exit codes: 0 listed (even with unapproved servers: use check to gate), 2 usage error.`,
  options: { ...COMMON_DISCOVERY_OPTIONS, all: { type: 'boolean' } },
  async run(values, _positionals, io) {
    const { env, policyPath } = discoveryFromOptions(values, io);
    const result = runCheck({ env, ...(policyPath ? { policyPath } : {}) });
    const servers = result.servers.map(({ entry, verdict }) => ({
      client: entry.client,
      scope: entry.scope,
      file: entry.file,
      line: entry.nameRange.start.line + 1,
      column: entry.nameRange.start.character + 1,
      name: entry.name,
      transport: entry.transport,
      ...(entry.command !== undefined ? { command: entry.command } : {}),
      ...(entry.args !== undefined ? { args: entry.args } : {}),
      ...(entry.url !== undefined ? { url: entry.url } : {}),
      ...(entry.projectDir ? { projectDir: entry.projectDir } : {}),
      ...(entry.disabled ? { disabled: true } : {}),
      identity: identityKey(verdict.identity),
      status: verdict.status,
      ...(verdict.policyEntry ? { policyId: verdict.policyEntry.id } : {}),
    }));
    const found = result.files.map((f) => ({ path: f.path, client: f.client, scope: f.scope, status: f.status, ...(f.error ? { error: f.error.message } : {}), servers: f.servers.length }));
    const missing = values.all ? candidateFiles(env).filter((c) => !result.files.some((f) => f.path === c.path && f.kind === c.kind)).map((c) => ({ path: c.path, client: c.client, scope: c.scope, status: 'missing' as const, servers: 0 })) : [];
    const files = [...found, ...missing];
    if (values.json) {
      io.stdout.write(`${JSON.stringify({ files, servers }, null, 2)}\n`);
      return EXIT.clean;
    }
    const style = styleFor(io.isTty, io.env);
    const lines: string[] = [];
    for (const file of result.files) {
      const status = file.status === 'ok' ? '' : ` ${style.red(`[${file.status}: ${file.error?.message ?? ''}]`)}`;
      lines.push(`${style.bold(displayPath(file.path))} ${style.dim(`${file.client} · ${file.scope}`)}${status}`);
      for (const { entry, verdict } of result.servers.filter((s) => s.entry.file === file.path)) {
        const mark = verdict.status === 'approved' ? style.green('✓') : style.red('✗');
        const where = entry.projectDir ? style.dim(` (project ${entry.projectDir})`) : '';
        lines.push(`  ${mark} ${entry.name}${where} — ${describeIdentity(verdict.identity)} ${style.dim(`[${verdict.status}${verdict.policyEntry ? `: ${verdict.policyEntry.id}` : ''}]`)}`);
      }
    }
    for (const file of missing) lines.push(style.dim(`${displayPath(file.path)} ${file.client} · ${file.scope} [not present]`));
    lines.push('', `${result.files.length} config files, ${result.servers.length} servers (${result.summary.approved} approved)`);
    io.stdout.write(`${lines.join('\n')}\n`);
    return EXIT.clean;
  },
};
