// `mcp-warden export <client>`: the policy as each client's own managed configuration, with a
// preview of what changes against the installed file and a note for everything it cannot say.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { DiscoveryEnv } from '../../core/clients/types';
import { exportClaudeCode } from '../../core/export/claude-code';
import { exportCodex } from '../../core/export/codex';
import { exportCursor } from '../../core/export/cursor';
import { unifiedDiff } from '../../core/export/diff';
import type { HookCommand } from '../../core/export/hook-config';
import { readText } from '../../core/export/install';
import { SettingsFileError } from '../../core/export/json-edit';
import { claudeManagedSettingsPath, codexRequirementsPath, cursorEnterpriseHooksPath } from '../../core/export/targets';
import type { ExportResult } from '../../core/export/types';
import { exportVsCode } from '../../core/export/vscode';
import { loadEffectivePolicy, type EffectivePolicy } from '../../core/policy/load';
import { COMMON_DISCOVERY_OPTIONS, EXIT, UsageError, type Command, type CommandIo } from '../command';
import { discoveryFromOptions } from '../discovery-options';

const CLIENTS = ['claude-code', 'cursor', 'codex', 'vscode'] as const;
type ExportClient = (typeof CLIENTS)[number];

export const exportCommand: Command = {
  name: ['export'],
  summary: 'export the policy as Claude Code, Cursor, Codex or VS Code managed settings',
  help: `Usage: mcp-warden export claude-code|cursor|codex|vscode [--out FILE] [--diff] [options]

Writes the policy in the client's own managed format:
  claude-code  managed-settings.json: allowedMcpServers / deniedMcpServers by identity,
               allowManagedMcpServersOnly, the MCP Warden hooks, allowManagedHooksOnly
  cursor       the enterprise hooks.json (failClosed) and, as notes, the entries for
               Cursor's dashboard MCP allowlist
  codex        requirements.toml: [mcp_servers.<name>.identity] per approved server
  vscode       the chat.mcp.access setting (it cannot name servers: see the notes)
The output is merged into the installed file (other keys stay). Where a policy entry cannot be
expressed exactly (a version range, an integrity pin, tool lists, argument wildcards), a note
says so; nothing looser than the policy is ever written.

Options:
  --out FILE          write the file there and print the difference from the installed one
  --diff              print only the difference from the installed file
  --hook-path FILE    hook bundle for the hooks entries (default: dist/hook.js next to this CLI)
  --node FILE         Node.js executable for the hooks (default: the one running this command)
  --registry-url URL  vscode: a private MCP registry listing only the approved servers
${exportOptionsHelp()}

Exit codes: 0 written or printed, 2 usage error or no usable policy.`,
  options: { ...COMMON_DISCOVERY_OPTIONS, out: { type: 'string' }, diff: { type: 'boolean' }, 'hook-path': { type: 'string' }, node: { type: 'string' }, 'registry-url': { type: 'string' } },
  positionals: true,
  async run(values, positionals, io) {
    const client = clientArgument(positionals);
    const { env, policyPath } = discoveryFromOptions(values, io);
    const policy = usablePolicy(env, policyPath);
    const installedPath = installedFile(client, env);
    const target = typeof values.out === 'string' ? resolve(io.cwd, values.out) : installedPath;
    const installedText = (target && readText(target)) ?? '';
    const result = produce(client, policy, env, installedText, target ?? '(new file)', values, io.cwd);
    const diff = unifiedDiff(installedText, result.content, `${target ?? 'installed'} (installed)`, `${target ?? 'export'} (from policy ${policy.version ?? ''})`);
    if (values.json) io.stdout.write(`${JSON.stringify({ client, file: target ?? null, content: result.content, notes: result.notes, diff }, null, 2)}\n`);
    else if (values.diff) io.stdout.write(diff || `${target ?? 'the installed file'} already matches the policy\n`);
    else if (typeof values.out === 'string') writeOut(values.out, io.cwd, result.content, diff, io);
    else io.stdout.write(result.content);
    if (!values.json) for (const note of result.notes) io.stderr.write(`note${note.serverId ? ` (${note.serverId})` : ''}: ${note.message}\n`);
    return EXIT.clean;
  },
};

function exportOptionsHelp(): string {
  return `  --policy FILE       policy file (default: $MCP_WARDEN_POLICY, then the managed and user locations)
  --home DIR          act on DIR instead of the home directory
  --project DIR       the project directory (default: the current directory)
  --system-root DIR   prefix for machine-wide paths (where the installed file is looked for)
  --json              print {client, file, content, notes, diff}`;
}

function clientArgument(positionals: string[]): ExportClient {
  const [client, ...rest] = positionals;
  if (!client) throw new UsageError('name the client: claude-code, cursor, codex or vscode');
  if (rest.length) throw new UsageError(`unexpected argument ${rest[0]}`);
  if (!(CLIENTS as readonly string[]).includes(client)) throw new UsageError(`unknown client ${client}: use claude-code, cursor, codex or vscode`);
  return client as ExportClient;
}

function usablePolicy(env: DiscoveryEnv, policyPath: string | undefined): EffectivePolicy {
  const policy = loadEffectivePolicy(env, policyPath ? { explicitPath: policyPath } : {});
  if (!policy.usable) throw new UsageError(`no usable policy: ${policy.errors[0]?.message ?? 'unknown error'}`);
  return policy;
}

function installedFile(client: ExportClient, env: DiscoveryEnv): string | undefined {
  if (client === 'claude-code') return claudeManagedSettingsPath(env);
  if (client === 'cursor') return cursorEnterpriseHooksPath(env);
  if (client === 'codex') return codexRequirementsPath(env);
  return undefined;
}

function produce(client: ExportClient, policy: EffectivePolicy, env: DiscoveryEnv, installed: string, file: string, values: Record<string, unknown>, cwd: string): ExportResult {
  try {
    if (client === 'claude-code') return exportClaudeCode(policy, hookCommand(values, cwd), installed, file);
    if (client === 'cursor') return exportCursor(policy, hookCommand(values, cwd), installed, file, env.platform);
    if (client === 'codex') return exportCodex(policy, installed);
    return exportVsCode(policy, typeof values['registry-url'] === 'string' ? { registryUrl: values['registry-url'] } : {});
  } catch (error) {
    if (error instanceof SettingsFileError) throw new UsageError(error.message);
    throw error;
  }
}

function hookCommand(values: Record<string, unknown>, cwd: string): HookCommand {
  const node = typeof values.node === 'string' ? values.node : process.execPath;
  if (typeof values['hook-path'] === 'string') return { node, script: resolve(cwd, values['hook-path']) };
  const found = [join(__dirname, 'hook.js'), join(__dirname, '..', 'dist', 'hook.js'), join(__dirname, '..', '..', 'dist', 'hook.js')].find((p) => existsSync(p));
  if (!found) throw new UsageError('the hook bundle (dist/hook.js) was not found next to the CLI; run npm run build or pass --hook-path');
  return { node, script: found };
}

function writeOut(out: string, cwd: string, content: string, diff: string, io: CommandIo): void {
  const file = resolve(cwd, out);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  io.stdout.write(`wrote ${file}\n${diff || '(no change from the installed file)\n'}`);
}
