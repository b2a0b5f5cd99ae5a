// Where policy files live. The managed file is root-owned and wins; the others can only restrict it.
import type { DiscoveryEnv } from '../clients/types';
import { appConfigDir, pathApi, systemPath } from '../clients/paths';

export type PolicyLayer = 'managed' | 'explicit' | 'user' | 'workspace';

export function managedPolicyPath(env: DiscoveryEnv): string {
  if (env.platform === 'darwin') return systemPath(env, '/Library', 'Application Support', 'MCP Warden', 'policy.json');
  if (env.platform === 'win32') return systemPath(env, 'C:\\ProgramData', 'MCP Warden', 'policy.json');
  return systemPath(env, '/etc', 'mcp-warden', 'policy.json');
}

export function userPolicyPath(env: DiscoveryEnv): string {
  return pathApi(env).join(appConfigDir(env), 'mcp-warden', 'policy.json');
}

export function workspacePolicyPath(env: DiscoveryEnv): string | undefined {
  return env.project ? pathApi(env).join(env.project, '.mcp-warden', 'policy.json') : undefined;
}
