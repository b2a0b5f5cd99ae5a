// Claude Desktop: one claude_desktop_config.json per user (`mcpServers`, stdio servers; names may
// hold spaces). The app reads it with JSON.parse, so comments and trailing commas break it.
import { transportFromType, type EntryShape } from './json-entry';
import { jsonServersClient, type JsonServersFormat } from './json-servers';
import { STRICT_JSON } from './json-source';
import { appConfigDir, pathApi } from './paths';

const CONFIG_FILE = 'claude_desktop_config.json';

const desktopShape: EntryShape = { urlKeys: ['url'], transport: transportFromType };

const desktopFormat: JsonServersFormat = { dialect: STRICT_JSON, serversPath: ['mcpServers'], shape: desktopShape, variableSyntax: 'plain' };

export const claudeDesktop = jsonServersClient({
  id: 'claude-desktop',
  displayName: 'Claude Desktop',
  format: desktopFormat,
  candidates(env, _fs, candidate) {
    const p = pathApi(env);
    const files = [candidate(p.join(appConfigDir(env), 'Claude', CONFIG_FILE), 'user', 'desktop-config', 'json')];
    if (env.platform === 'win32') {
      // Microsoft Store (MSIX) installs see a virtualised %APPDATA% under the package's LocalCache.
      const localAppData = env.env.LOCALAPPDATA ?? p.join(env.home, 'AppData', 'Local');
      files.push(candidate(p.join(localAppData, 'Packages', 'Claude_pzs8sxrjxfjjc', 'LocalCache', 'Roaming', 'Claude', CONFIG_FILE), 'user', 'desktop-config', 'json'));
    }
    return files;
  },
});
