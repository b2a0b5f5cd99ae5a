// Gemini CLI: `mcpServers` in ~/.gemini/settings.json (user), .gemini/settings.json (project),
// the system settings and defaults files (managed), and extensions' gemini-extension.json.
// `httpUrl` is streamable HTTP, `url` is SSE, `command` is stdio, tried in that order.
// Settings are read with comments stripped, then JSON.parse: comments pass, trailing commas do not.
import type { CandidateFile, Transport } from '../model';
import type { CandidateMaker } from './candidate';
import type { EntryShape, RawFields } from './json-entry';
import { jsonServersClient, type JsonServersFormat } from './json-servers';
import { filesInSubdirs, pathApi, projectDirExceptHome, systemPath } from './paths';
import type { DiscoveryEnv, DiscoveryFs } from './types';

function geminiTransport(fields: RawFields): Transport {
  if (fields.urlKey === 'httpUrl') return 'http';
  if (fields.urlKey === 'url') return fields.type === 'http' ? 'http' : 'sse';
  return fields.hasCommand ? 'stdio' : 'unknown';
}

const geminiShape: EntryShape = { urlKeys: ['httpUrl', 'url'], transport: geminiTransport };

const geminiFormat: JsonServersFormat = {
  dialect: { comments: true, trailingCommas: false },
  serversPath: ['mcpServers'],
  shape: geminiShape,
  variableSyntax: 'gemini',
};

export const geminiCli = jsonServersClient({
  id: 'gemini-cli',
  displayName: 'Gemini CLI',
  format: geminiFormat,
  candidates(env, fs, candidate) {
    const p = pathApi(env);
    const userDir = p.join(env.home, '.gemini');
    const files = [...systemFiles(env, candidate), candidate(p.join(userDir, 'settings.json'), 'user', 'settings', 'jsonc')];
    files.push(...extensionFiles(env, fs, candidate, userDir));
    // With the home directory as the workspace, .gemini/settings.json is the user file.
    const projectDir = projectDirExceptHome(env);
    if (projectDir) {
      files.push(candidate(p.join(projectDir, '.gemini', 'settings.json'), 'project', 'settings', 'jsonc'));
      files.push(...extensionFiles(env, fs, candidate, p.join(projectDir, '.gemini')));
    }
    return files;
  },
});

function systemFiles(env: DiscoveryEnv, candidate: CandidateMaker): CandidateFile[] {
  const p = pathApi(env);
  const settings = env.env.GEMINI_CLI_SYSTEM_SETTINGS_PATH || systemPath(env, ...systemDir(env), 'settings.json');
  const defaults = env.env.GEMINI_CLI_SYSTEM_DEFAULTS_PATH || p.join(p.dirname(settings), 'system-defaults.json');
  return [candidate(settings, 'managed', 'settings', 'jsonc'), candidate(defaults, 'managed', 'settings', 'jsonc')];
}

function systemDir(env: DiscoveryEnv): string[] {
  if (env.platform === 'darwin') return ['/Library', 'Application Support', 'GeminiCli'];
  if (env.platform === 'win32') return ['C:\\ProgramData', 'gemini-cli'];
  return ['/etc', 'gemini-cli'];
}

function extensionFiles(env: DiscoveryEnv, fs: DiscoveryFs, candidate: CandidateMaker, geminiDir: string): CandidateFile[] {
  const p = pathApi(env);
  return filesInSubdirs(fs, p, p.join(geminiDir, 'extensions'), 'gemini-extension.json').map((path) => candidate(path, 'extension', 'extension', 'jsonc'));
}
