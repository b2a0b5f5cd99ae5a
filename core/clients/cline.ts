// Cline: cline_mcp_settings.json in the extension's global storage of each VS Code-family editor,
// and the Cline CLI's ~/.cline/data/settings copy (or CLINE_MCP_SETTINGS_PATH). Read with
// JSON.parse. `type` is stdio, sse or streamableHttp (older files: `transportType`); `disabled`.
import type { Transport } from '../model';
import { acceptTypes, type EntryShape, type RawFields } from './json-entry';
import { jsonServersClient, type JsonServersFormat } from './json-servers';
import { STRICT_JSON } from './json-source';
import { appConfigDir, pathApi } from './paths';

const SETTINGS_FILE = 'cline_mcp_settings.json';
const EDITORS = ['Code', 'Code - Insiders', 'Cursor', 'Windsurf', 'VSCodium'];

function clineTransport(fields: RawFields): Transport {
  const legacy = fields.nodes.get('transportType')?.value;
  const type = fields.type ?? (typeof legacy === 'string' ? legacy : undefined);
  if (type === 'streamableHttp') return 'http';
  if (type === 'sse') return 'sse';
  if (type === 'stdio') return 'stdio';
  // Cline's schema rejects any other type, so the entry never starts.
  if (type !== undefined) return 'unknown';
  if (fields.hasCommand) return 'stdio';
  // A url without a type predates streamableHttp; Cline still connects to it over SSE.
  return fields.hasUrl ? 'sse' : 'unknown';
}

const clineShape: EntryShape = {
  urlKeys: ['url'],
  transport: clineTransport,
  disabledKey: 'disabled',
  validate: acceptTypes('Cline', ['stdio', 'sse', 'streamableHttp']),
};

const clineFormat: JsonServersFormat = { dialect: STRICT_JSON, serversPath: ['mcpServers'], shape: clineShape, variableSyntax: 'plain' };

export const cline = jsonServersClient({
  id: 'cline',
  displayName: 'Cline',
  format: clineFormat,
  candidates(env, _fs, candidate) {
    const p = pathApi(env);
    const extensionFiles = EDITORS.map((editor) =>
      p.join(appConfigDir(env), editor, 'User', 'globalStorage', 'saoudrizwan.claude-dev', 'settings', SETTINGS_FILE),
    );
    const cliFile = env.env.CLINE_MCP_SETTINGS_PATH || p.join(env.home, '.cline', 'data', 'settings', SETTINGS_FILE);
    return [...extensionFiles, cliFile].map((path) => candidate(path, 'user', 'mcp-settings', 'json'));
  },
});
