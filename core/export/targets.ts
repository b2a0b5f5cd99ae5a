// Where each client reads hooks and managed policy, per install scope and OS.
import type { DiscoveryEnv } from '../clients/types';
import { pathApi, systemPath } from '../clients/paths';

export type HookClientName = 'claude-code' | 'cursor';
export type InstallScope = 'user' | 'project' | 'managed';

export function hookSettingsPath(client: HookClientName, scope: InstallScope, env: DiscoveryEnv): string {
  const p = pathApi(env);
  if (client === 'claude-code') {
    if (scope === 'managed') return claudeManagedSettingsPath(env);
    if (scope === 'project') return p.join(projectOf(env), '.claude', 'settings.json');
    return p.join(env.env.CLAUDE_CONFIG_DIR || p.join(env.home, '.claude'), 'settings.json');
  }
  if (scope === 'managed') return cursorEnterpriseHooksPath(env);
  if (scope === 'project') return p.join(projectOf(env), '.cursor', 'hooks.json');
  return p.join(env.home, '.cursor', 'hooks.json');
}

export function claudeManagedSettingsPath(env: DiscoveryEnv): string {
  if (env.platform === 'darwin') return systemPath(env, '/Library', 'Application Support', 'ClaudeCode', 'managed-settings.json');
  if (env.platform === 'win32') return systemPath(env, 'C:\\Program Files', 'ClaudeCode', 'managed-settings.json');
  return systemPath(env, '/etc', 'claude-code', 'managed-settings.json');
}

export function cursorEnterpriseHooksPath(env: DiscoveryEnv): string {
  if (env.platform === 'darwin') return systemPath(env, '/Library', 'Application Support', 'Cursor', 'hooks.json');
  if (env.platform === 'win32') return systemPath(env, 'C:\\ProgramData', 'Cursor', 'hooks.json');
  return systemPath(env, '/etc', 'cursor', 'hooks.json');
}

export function codexRequirementsPath(env: DiscoveryEnv): string {
  if (env.platform === 'win32') return systemPath(env, env.env.ProgramData || 'C:\\ProgramData', 'OpenAI', 'Codex', 'requirements.toml');
  return systemPath(env, '/etc', 'codex', 'requirements.toml');
}

function projectOf(env: DiscoveryEnv): string {
  if (!env.project) throw new Error('a project directory is needed for the project scope');
  return env.project;
}
