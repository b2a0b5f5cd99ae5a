// Claude Code's settings files say which project (.mcp.json) servers a developer has rejected
// (`disabledMcpjsonServers`, which takes precedence over every approval). A rejected server does not run.
import * as fs from 'node:fs';
import { parseTree, type Node } from 'jsonc-parser';
import { propertyValue } from './json-source';
import type { DiscoveryEnv } from './types';
import { claudeManagedDir } from './claude-code';
import { pathApi, systemPath } from './paths';

/** Every settings file that can hold `disabledMcpjsonServers`, lowest precedence first. */
export function claudeSettingsPaths(env: DiscoveryEnv): string[] {
  const p = pathApi(env);
  const configDir = env.env.CLAUDE_CONFIG_DIR ?? p.join(env.home, '.claude');
  return [
    p.join(configDir, 'settings.json'),
    ...(env.project ? [p.join(env.project, '.claude', 'settings.json'), p.join(env.project, '.claude', 'settings.local.json')] : []),
    systemPath(env, ...claudeManagedDir(env), 'managed-settings.json'),
  ];
}

/** Names of project servers rejected in any settings file ("a rejection in any settings file applies"). */
export function disabledProjectServers(env: DiscoveryEnv, read: (file: string) => string | undefined = readQuietly): Set<string> {
  const names = new Set<string>();
  for (const file of claudeSettingsPaths(env)) {
    const text = read(file);
    if (text === undefined) continue;
    const list = propertyValue(parseTree(text) as Node | undefined, 'disabledMcpjsonServers');
    for (const item of list?.type === 'array' ? (list.children ?? []) : []) if (typeof item.value === 'string') names.add(item.value);
  }
  return names;
}

function readQuietly(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
