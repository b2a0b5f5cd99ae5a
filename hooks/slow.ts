// The rarely needed half of the hook, bundled separately (dist/hook-slow.js) so that loading
// the schema validator and the YAML parser costs nothing on the common path.
import { join } from 'node:path';
import { parseAgentFrontmatter } from '../core/clients/claude-code';
import { filesEndingWith } from '../core/clients/paths';
import type { DiscoveryEnv } from '../core/clients/types';
import type { ServerEntry } from '../core/model';
import { readIfPresent } from './claude-configs';
import { nodeFs } from './fs-listing';

export { buildEffectivePolicy } from '../core/policy/load';

/** Servers defined inline in subagent frontmatter (~/.claude/agents, <project>/.claude/agents). */
export function loadAgentServers(env: DiscoveryEnv): ServerEntry[] {
  const dirs = [join(env.home, '.claude', 'agents'), ...(env.project ? [join(env.project, '.claude', 'agents')] : [])];
  const entries: ServerEntry[] = [];
  for (const dir of dirs) {
    for (const name of filesEndingWith(nodeFs, dir, '.md')) {
      const file = join(dir, name);
      const text = readIfPresent(file);
      if (text !== undefined) entries.push(...parseAgentFrontmatter(text, { path: file, client: 'claude-code', scope: 'agent', kind: 'agent', format: 'markdown' }).servers);
    }
  }
  return entries;
}
