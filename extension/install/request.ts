// What "Install / Uninstall Claude Code Hooks" was asked to do, and what it did: the optional
// argument object (walkthrough and palette pass none; tests and other extensions may), the labels
// the pickers show, and the administrator command for the managed scope.
import type { HookClientName, InstallScope } from '../../core/export/targets';

export type HookAction = 'install' | 'uninstall';

export interface HookCommandArgs {
  client?: HookClientName;
  scope?: InstallScope;
  /** false: apply without the preview dialog (tests, scripted set-up). */
  confirm?: boolean;
}

export interface HookCommandResult {
  status: 'installed' | 'removed' | 'unchanged' | 'cancelled' | 'refused' | 'managed' | 'failed';
  file?: string;
  /** The Node.js the hook runs under (install). */
  node?: string;
  /** The stable copy of the hook bundles (install). */
  hookDir?: string;
  message?: string;
}

export const CLIENT_LABELS: Record<HookClientName, string> = { 'claude-code': 'Claude Code', cursor: 'Cursor' };
export const SCOPE_LABELS: Record<InstallScope, string> = { user: 'User', project: 'Project', managed: 'Managed (machine-wide)' };

/** The command's argument, checked; a string is the reason it is unusable. */
export function parseHookArgs(value: unknown): HookCommandArgs | string {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) return 'the argument must be an object such as {"client": "claude-code", "scope": "user"}';
  const { client, scope, confirm } = value as Record<string, unknown>;
  if (client !== undefined && client !== 'claude-code' && client !== 'cursor') return `client ${JSON.stringify(client)}: use "claude-code" or "cursor"`;
  if (scope !== undefined && scope !== 'user' && scope !== 'project' && scope !== 'managed') return `scope ${JSON.stringify(scope)}: use "user", "project" or "managed"`;
  if (confirm !== undefined && typeof confirm !== 'boolean') return 'confirm must be true or false';
  return { ...(client ? { client } : {}), ...(scope ? { scope } : {}), ...(confirm !== undefined ? { confirm } : {}) };
}

/** Managed settings are root-owned: the editor hands over the exact command instead of running it. */
export function adminCommand(action: HookAction, client: HookClientName, platform: NodeJS.Platform): string {
  const command = `mcp-warden hooks ${action} --client ${client} --scope managed`;
  return platform === 'win32' ? command : `sudo ${command}`;
}
