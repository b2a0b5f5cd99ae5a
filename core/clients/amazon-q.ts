// Amazon Q Developer: `mcpServers` in ~/.aws/amazonq/default.json and legacy mcp.json (user),
// the same files under a workspace's .amazonq (project), and agent files of the CLI and IDE
// (~/.aws/amazonq/cli-agents/*.json, ~/.aws/amazonq/agents/*.json, .amazonq/cli-agents/*.json).
import type { CandidateFile } from '../model';
import type { CandidateMaker } from './candidate';
import { transportFromType, type EntryShape } from './json-entry';
import { jsonServersClient, type JsonServersFormat } from './json-servers';
import { STRICT_JSON } from './json-source';
import { filesWithSuffix, pathApi } from './paths';
import type { DiscoveryEnv, DiscoveryFs } from './types';

const amazonQShape: EntryShape = {
  urlKeys: ['url'],
  transport: transportFromType,
  disabledKey: 'disabled',
};

const amazonQFormat: JsonServersFormat = { dialect: STRICT_JSON, serversPath: ['mcpServers'], shape: amazonQShape, variableSyntax: 'plain' };

export const amazonQ = jsonServersClient({
  id: 'amazon-q',
  displayName: 'Amazon Q Developer',
  format: amazonQFormat,
  candidates(env, fs, candidate) {
    const p = pathApi(env);
    const files = configFiles(env, fs, candidate, p.join(env.home, '.aws', 'amazonq'), 'user', ['cli-agents', 'agents']);
    if (env.project) files.push(...configFiles(env, fs, candidate, p.join(p.resolve(env.project), '.amazonq'), 'project', ['cli-agents']));
    return files;
  },
});

function configFiles(env: DiscoveryEnv, fs: DiscoveryFs, candidate: CandidateMaker, dir: string, scope: 'user' | 'project', agentDirs: string[]): CandidateFile[] {
  const p = pathApi(env);
  const files = ['default.json', 'mcp.json'].map((name) => candidate(p.join(dir, name), scope, 'mcp-json', 'json'));
  for (const agentDir of agentDirs) {
    files.push(...filesWithSuffix(fs, p, p.join(dir, agentDir), ['.json']).map((path) => candidate(path, 'agent', 'agent', 'json')));
  }
  return files;
}
