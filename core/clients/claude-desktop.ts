// Claude Desktop: one claude_desktop_config.json per user (`mcpServers`, stdio servers; names may
// hold spaces). The app reads it with JSON.parse, so comments and trailing commas break it.
import { candidateMaker } from './candidate';
import { transportFromType, type EntryShape } from './json-entry';
import { parseServersJson, type JsonServersFormat } from './json-servers';
import { STRICT_JSON } from './json-source';
import { neverThrows } from './never-throws';
import { appConfigDir, pathApi } from './paths';
import type { ClientModule } from './types';

const CONFIG_FILE = 'claude_desktop_config.json';

const desktopShape: EntryShape = { urlKeys: ['url'], transport: transportFromType };

const desktopFormat: JsonServersFormat = { dialect: STRICT_JSON, serversPath: ['mcpServers'], shape: desktopShape, variableSyntax: 'plain' };

const candidate = candidateMaker('claude-desktop');

export const claudeDesktop: ClientModule = {
  id: 'claude-desktop',
  displayName: 'Claude Desktop',
  candidates(env) {
    const p = pathApi(env);
    const files = [candidate(p.join(appConfigDir(env), 'Claude', CONFIG_FILE), 'user', 'desktop-config', 'json')];
    if (env.platform === 'win32') {
      // Microsoft Store (MSIX) installs see a virtualised %APPDATA% under the package's LocalCache.
      const localAppData = env.env.LOCALAPPDATA ?? p.join(env.home, 'AppData', 'Local');
      files.push(candidate(p.join(localAppData, 'Packages', 'Claude_pzs8sxrjxfjjc', 'LocalCache', 'Roaming', 'Claude', CONFIG_FILE), 'user', 'desktop-config', 'json'));
    }
    return files;
  },
  parse: neverThrows((text, file) => parseServersJson(text, file, desktopFormat)),
};
