// Cursor: ~/.cursor/mcp.json (user) and .cursor/mcp.json in the project and every ancestor
// (the Cursor CLI discovers configs from parent directories). Cursor is VS Code based and
// tolerates comments and trailing commas; it expands ${env:NAME}, ${userHome}, ${workspaceFolder}.
import { acceptTypes, transportFromType, type EntryShape } from './json-entry';
import { jsonServersClient, type JsonServersFormat } from './json-servers';
import { JSONC } from './json-source';
import { pathApi, projectAncestorsExceptHome } from './paths';

const cursorShape: EntryShape = {
  urlKeys: ['url'],
  transport: transportFromType,
  stringKeys: ['envFile'],
  validate: acceptTypes('Cursor', ['stdio', 'http', 'sse', 'streamable-http', 'streamableHttp']),
};

const cursorFormat: JsonServersFormat = { dialect: JSONC, serversPath: ['mcpServers'], shape: cursorShape, variableSyntax: 'cursor' };

export const cursor = jsonServersClient({
  id: 'cursor',
  displayName: 'Cursor',
  format: cursorFormat,
  candidates(env, _fs, candidate) {
    const p = pathApi(env);
    return [
      candidate(p.join(env.home, '.cursor', 'mcp.json'), 'user', 'mcp-json', 'jsonc'),
      ...projectAncestorsExceptHome(env).map((dir) => candidate(p.join(dir, '.cursor', 'mcp.json'), 'project', 'mcp-json', 'jsonc')),
    ];
  },
});
