// Amazon Q Developer: `mcpServers` in ~/.aws/amazonq/default.json and legacy mcp.json (user),
// the same files under a workspace's .amazonq (project), and agent files of the CLI and IDE
// (~/.aws/amazonq/cli-agents/*.json, ~/.aws/amazonq/agents/*.json, .amazonq/cli-agents/*.json).
import type { CandidateFile } from '../model';
import { candidateMaker } from './candidate';
import { transportFromType, type EntryShape } from './json-entry';
import { parseServersJson, type JsonServersFormat } from './json-servers';
import { STRICT_JSON } from './json-source';
import { neverThrows } from './never-throws';
import { filesWithSuffix, pathApi } from './paths';
import type { ClientModule, DiscoveryEnv, DiscoveryFs } from './types';

const amazonQShape: EntryShape = {
  urlKeys: ['url'],
  transport: transportFromType,
  disabledKey: 'disabled',
};

const amazonQFormat: JsonServersFormat = { dialect: STRICT_JSON, serversPath: ['mcpServers'], shape: amazonQShape, variableSyntax: 'plain' };

const candidate = candidateMaker('amazon-q');

export const amazonQ: ClientModule = {
  id: 'amazon-q',
  displayName: 'Amazon Q Developer',
  candidates(env, fs) {
    const p = pathApi(env);
    const files = configFiles(env, fs, p.join(env.home, '.aws', 'amazonq'), 'user', ['cli-agents', 'agents']);
    if (env.project) files.push(...configFiles(env, fs, p.join(p.resolve(env.project), '.amazonq'), 'project', ['cli-agents']));
    return files;
  },
  parse: neverThrows((text, file) => parseServersJson(text, file, amazonQFormat)),
};

function configFiles(env: DiscoveryEnv, fs: DiscoveryFs, dir: string, scope: 'user' | 'project', agentDirs: string[]): CandidateFile[] {
  const p = pathApi(env);
  const files = ['default.json', 'mcp.json'].map((name) => candidate(p.join(dir, name), scope, 'mcp-json', 'json'));
  for (const agentDir of agentDirs) {
    files.push(...filesWithSuffix(fs, p, p.join(dir, agentDir), ['.json']).map((path) => candidate(path, 'agent', 'agent', 'json')));
  }
  return files;
}
