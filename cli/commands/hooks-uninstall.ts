// `mcp-warden hooks uninstall`: removes exactly MCP Warden's hooks, nothing else.
import { planHooks } from '../../core/export/install';
import { unifiedDiff } from '../../core/export/diff';
import { EXIT, type Command } from '../command';
import { discoveryFromOptions } from '../discovery-options';
import { clientOption, guarded, HOOK_INSTALL_OPTIONS, reportPlan, scopeOption, writePlan } from './hooks-install';

export const hooksUninstallCommand: Command = {
  name: ['hooks', 'uninstall'],
  summary: 'remove the MCP Warden hooks from Claude Code or Cursor settings',
  help: `Usage: mcp-warden hooks uninstall --client claude-code|cursor [--scope user|project|managed] [options]

Removes MCP Warden's hook entries (and only those) from the client's settings file.

Options:
  --client NAME       claude-code or cursor (required)
  --scope SCOPE       user (default), project or managed
  --dry-run           print the change as a diff, write nothing
  --home DIR          act on DIR instead of the home directory
  --project DIR       the project directory (default: the current directory)
  --system-root DIR   prefix for machine-wide paths
  --json              machine-readable result

Exit codes: 0 done (or nothing to do), 2 usage or input error.`,
  options: HOOK_INSTALL_OPTIONS,
  async run(values, _positionals, io) {
    const client = clientOption(values.client);
    const scope = scopeOption(values.scope);
    const { env } = discoveryFromOptions(values, io);
    const plan = guarded(() => planHooks({ client, scope, env, action: 'uninstall' }));
    const dryRun = values['dry-run'] === true;
    if (plan.changed && !dryRun) writePlan(plan);
    reportPlan(plan, 'removed', dryRun, unifiedDiff(plan.before, plan.after, `${plan.file} (installed)`, `${plan.file} (without MCP Warden)`), io, values.json === true);
    return EXIT.clean;
  },
};
