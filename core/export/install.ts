// Plans a hook installation or removal: which file, its text before and after. Pure except for
// reading the current file; the CLI decides whether to write.
import { readFileSync } from 'node:fs';
import type { DiscoveryEnv } from '../clients/types';
import { claudeHooks, cursorHooks, type HookCommand } from './hook-config';
import { installClaudeHooks, installCursorHooks, uninstallClaudeHooks, uninstallCursorHooks } from './merge-hooks';
import { hookSettingsPath, type HookClientName, type InstallScope } from './targets';

export interface HookPlan {
  client: HookClientName;
  scope: InstallScope;
  file: string;
  existed: boolean;
  before: string;
  after: string;
  changed: boolean;
}

export interface HookPlanRequest {
  client: HookClientName;
  scope: InstallScope;
  env: DiscoveryEnv;
  action: 'install' | 'uninstall';
  /** Required to install. */
  command?: HookCommand;
}

export function planHooks(request: HookPlanRequest): HookPlan {
  const file = hookSettingsPath(request.client, request.scope, request.env);
  const current = readText(file);
  const before = current ?? '';
  const after = request.action === 'install' ? installed(request, before, file) : removed(request.client, before, file);
  return { client: request.client, scope: request.scope, file, existed: current !== undefined, before, after, changed: after !== before };
}

function installed(request: HookPlanRequest, text: string, file: string): string {
  if (!request.command) throw new Error('a hook command is needed to install');
  return request.client === 'claude-code'
    ? installClaudeHooks(text, file, claudeHooks(request.command))
    : installCursorHooks(text, file, cursorHooks(request.command, request.env.platform));
}

function removed(client: HookClientName, text: string, file: string): string {
  if (!text.trim()) return text;
  return client === 'claude-code' ? uninstallClaudeHooks(text, file) : uninstallCursorHooks(text, file);
}

export function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
