// `mcp-warden hooks install`: adds MCP Warden's hooks to Claude Code or Cursor settings, merging
// with what is there (other hooks, keys and their order stay; running it twice changes nothing).
// Also exports the option helpers `hooks uninstall` shares.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { prepareCodeCache } from '../../core/export/code-cache';
import { planHooks, type HookPlan } from '../../core/export/install';
import { SettingsFileError } from '../../core/export/json-edit';
import { unifiedDiff } from '../../core/export/diff';
import type { HookClientName, InstallScope } from '../../core/export/targets';
import { EXIT, UsageError, type Command, type CommandIo, type OptionSpecs } from '../command';
import { discoveryFromOptions } from '../discovery-options';

export const HOOK_INSTALL_OPTIONS: OptionSpecs = {
  client: { type: 'string' },
  scope: { type: 'string' },
  'dry-run': { type: 'boolean' },
  home: { type: 'string' },
  project: { type: 'string' },
  'system-root': { type: 'string' },
  json: { type: 'boolean' },
};

export const hooksInstallCommand: Command = {
  name: ['hooks', 'install'],
  summary: 'install the MCP Warden hooks into Claude Code or Cursor (user, project or managed settings)',
  help: `Usage: mcp-warden hooks install --client claude-code|cursor [--scope user|project|managed] [options]

Adds the MCP Warden hooks (every MCP tool call checked, blocked when disallowed, recorded)
to the client's settings, keeping every other hook and setting as it is. Running it again
changes nothing; an older MCP Warden entry is updated in place.

  claude-code  user: ~/.claude/settings.json   project: .claude/settings.json
               managed: /etc/claude-code/managed-settings.json (macOS, Windows: see docs/deployment.md)
  cursor       user: ~/.cursor/hooks.json      project: .cursor/hooks.json
               managed: /etc/cursor/hooks.json (failClosed: true on every entry)

Options:
  --client NAME       claude-code or cursor (required)
  --scope SCOPE       user (default), project or managed (needs an administrator)
  --dry-run           print the change as a diff, write nothing
  --hook-path FILE    the hook bundle to run (default: dist/hook.js next to this CLI)
  --node FILE         the Node.js executable (default: the one running this command)
  --home DIR          act on DIR instead of the home directory
  --project DIR       the project directory (default: the current directory)
  --system-root DIR   prefix for machine-wide paths, to prepare another machine's files
  --json              machine-readable result

Exit codes: 0 done (or nothing to do), 2 usage or input error.`,
  options: { ...HOOK_INSTALL_OPTIONS, 'hook-path': { type: 'string' }, node: { type: 'string' } },
  async run(values, _positionals, io) {
    const client = clientOption(values.client);
    const scope = scopeOption(values.scope);
    const { env } = discoveryFromOptions(values, io);
    const command = { node: typeof values.node === 'string' ? values.node : process.execPath, script: hookScriptPath(values['hook-path'], io.cwd) };
    const plan = guarded(() => planHooks({ client, scope, env, action: 'install', command }));
    const dryRun = values['dry-run'] === true;
    if (plan.changed && !dryRun) writePlan(plan);
    reportPlan(plan, 'installed', dryRun, unifiedDiff(plan.before, plan.after, `${plan.file} (installed)`, `${plan.file} (with MCP Warden)`), io, values.json === true);
    const cache = dryRun ? { written: true } : prepareCodeCache(command.node, command.script);
    if (!cache.written && !values.json) io.stderr.write(`note: the hook's start-up cache was not prepared (${cache.reason}); the hook works, a few milliseconds slower per call\n`);
    if (scope === 'project' && !values.json) io.stderr.write('note: the hook path is absolute to this machine; commit it only if every machine installs MCP Warden at the same place\n');
    return EXIT.clean;
  },
};

/** Settings files we cannot parse are input errors (exit 2), never overwritten. */
export function guarded<T>(make: () => T): T {
  try {
    return make();
  } catch (error) {
    if (error instanceof SettingsFileError) throw new UsageError(error.message);
    throw error;
  }
}


export function clientOption(value: unknown): HookClientName {
  if (value === 'claude-code' || value === 'cursor') return value;
  throw new UsageError(value === undefined ? '--client is required: claude-code or cursor' : `--client ${String(value)}: use claude-code or cursor`);
}

export function scopeOption(value: unknown): InstallScope {
  if (value === undefined) return 'user';
  if (value === 'user' || value === 'project' || value === 'managed') return value;
  throw new UsageError(`--scope ${String(value)}: use user, project or managed`);
}

/** The built hook next to the CLI bundle (dist/hook.js), or the one given. */
export function hookScriptPath(value: unknown, cwd: string): string {
  if (typeof value === 'string') {
    const given = resolve(cwd, value);
    if (!existsSync(given)) throw new UsageError(`--hook-path ${value}: no such file`);
    return given;
  }
  const found = [join(__dirname, 'hook.js'), join(__dirname, '..', 'dist', 'hook.js'), join(__dirname, '..', '..', 'dist', 'hook.js')].find((p) => existsSync(p));
  if (!found) throw new UsageError('the hook bundle (dist/hook.js) was not found next to the CLI; run npm run build or pass --hook-path');
  return found;
}

export function writePlan(plan: HookPlan): void {
  try {
    mkdirSync(dirname(plan.file), { recursive: true });
    writeFileSync(plan.file, plan.after);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const hint = code === 'EACCES' || code === 'EPERM' ? ' (the managed scope needs an administrator; --dry-run previews the change)' : '';
    throw new UsageError(`cannot write ${plan.file}: ${code ?? (error as Error).message}${hint}`);
  }
}

export function reportPlan(plan: HookPlan, verb: 'installed' | 'removed', dryRun: boolean, diff: string, io: CommandIo, json: boolean): void {
  if (json) {
    io.stdout.write(`${JSON.stringify({ client: plan.client, scope: plan.scope, file: plan.file, changed: plan.changed, dryRun, diff }, null, 2)}\n`);
    return;
  }
  if (!plan.changed) io.stdout.write(`${plan.file}: MCP Warden hooks already ${verb === 'installed' ? 'installed' : 'absent'}; nothing changed\n`);
  else if (dryRun) io.stdout.write(`${plan.file} would change (dry run, nothing written):\n${diff}`);
  else io.stdout.write(`${plan.file}: MCP Warden hooks ${verb} for ${plan.client} (${plan.scope})\n`);
}
