// Cursor: ~/.cursor/mcp.json (user) and .cursor/mcp.json in the project and every ancestor
// (the Cursor CLI discovers configs from parent directories). Cursor is VS Code based and
// tolerates comments and trailing commas; it expands ${env:NAME}, ${userHome}, ${workspaceFolder}.
import { candidateMaker } from './candidate';
import { acceptTypes, transportFromType, type EntryShape } from './json-entry';
import { parseServersJson, type JsonServersFormat } from './json-servers';
import { JSONC } from './json-source';
import { neverThrows } from './never-throws';
import { pathApi, projectAncestorsExceptHome } from './paths';
import type { ClientModule } from './types';

const cursorShape: EntryShape = {
  urlKeys: ['url'],
  transport: transportFromType,
  stringKeys: ['envFile'],
  validate: acceptTypes('Cursor', ['stdio', 'http', 'sse', 'streamable-http', 'streamableHttp']),
};

const cursorFormat: JsonServersFormat = { dialect: JSONC, serversPath: ['mcpServers'], shape: cursorShape, variableSyntax: 'cursor' };

const candidate = candidateMaker('cursor');

export const cursor: ClientModule = {
  id: 'cursor',
  displayName: 'Cursor',
  candidates(env) {
    const p = pathApi(env);
    return [
      candidate(p.join(env.home, '.cursor', 'mcp.json'), 'user', 'mcp-json', 'jsonc'),
      ...projectAncestorsExceptHome(env).map((dir) => candidate(p.join(dir, '.cursor', 'mcp.json'), 'project', 'mcp-json', 'jsonc')),
    ];
  },
  parse: neverThrows((text, file) => parseServersJson(text, file, cursorFormat)),
};
