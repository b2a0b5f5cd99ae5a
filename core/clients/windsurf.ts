// Windsurf: ~/.codeium/windsurf/mcp_config.json (editor; windsurf-next for the preview build)
// and ~/.codeium/mcp_config.json (JetBrains plugin). Remote servers use `serverUrl` or `url`;
// `disabled: true` turns an entry off. Interpolation follows the editor's ${env:VAR} form.
import { transportFromType, type EntryShape } from './json-entry';
import { jsonServersClient, type JsonServersFormat } from './json-servers';
import { JSONC } from './json-source';
import { pathApi } from './paths';

const windsurfShape: EntryShape = {
  urlKeys: ['serverUrl', 'url'],
  transport: transportFromType,
  disabledKey: 'disabled',
  validate(fields, report) {
    if (fields.nodes.has('serverUrl') && fields.nodes.has('url')) report('both "serverUrl" and "url" are set; Windsurf documents one or the other, so remove one (MCP Warden checks "serverUrl")', fields.nodes.get('url'));
  },
};

const windsurfFormat: JsonServersFormat = { dialect: JSONC, serversPath: ['mcpServers'], shape: windsurfShape, variableSyntax: 'cursor' };

export const windsurf = jsonServersClient({
  id: 'windsurf',
  displayName: 'Windsurf',
  format: windsurfFormat,
  candidates(env, _fs, candidate) {
    const p = pathApi(env);
    const codeium = p.join(env.home, '.codeium');
    return [
      candidate(p.join(codeium, 'windsurf', 'mcp_config.json'), 'user', 'mcp-config', 'jsonc'),
      candidate(p.join(codeium, 'windsurf-next', 'mcp_config.json'), 'user', 'mcp-config', 'jsonc'),
      candidate(p.join(codeium, 'mcp_config.json'), 'user', 'mcp-config', 'jsonc'),
    ];
  },
});
