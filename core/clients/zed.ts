// Zed: `context_servers` in the user settings.json and in a project's .zed/settings.json (JSON
// with comments and trailing commas). Entries come as {command, args, env}, the older
// {command: {path, args, env}}, or {url, headers}; `enabled: false` turns one off.
// Servers provided by a Zed extension carry `settings` (and `source: "extension"`) but no command:
// the extension decides how to launch them, so they are kept as entries with transport 'unknown'
// and no problem — reported (the name says which extension runs) but not judged on a command the
// file does not contain.
import type { Node } from 'jsonc-parser';
import type { CandidateFile } from '../model';
import { candidateMaker } from './candidate';
import { transportFromType, type EntryShape, type RawFields } from './json-entry';
import { decodeServerMap } from './json-servers';
import { describeNodeType, innerRange, JSONC, parseJsonDocument, properties, propertyValue } from './json-source';
import { neverThrows } from './never-throws';
import { appConfigDir, pathApi } from './paths';
import type { ClientModule, DiscoveryEnv, ParsedFile } from './types';

const zedShape: EntryShape = {
  urlKeys: ['url'],
  transport: transportFromType,
  launchedElsewhere: (fields: RawFields) =>
    fields.nodes.get('source')?.value === 'extension' || (fields.nodes.has('settings') && !['args', 'env'].some((key) => fields.nodes.has(key))),
};

const candidate = candidateMaker('zed');

export const zed: ClientModule = {
  id: 'zed',
  displayName: 'Zed',
  candidates(env) {
    const p = pathApi(env);
    const files = userSettingsPaths(env).map((path) => candidate(path, 'user', 'settings', 'jsonc'));
    if (env.project) files.push(candidate(p.join(p.resolve(env.project), '.zed', 'settings.json'), 'project', 'settings', 'jsonc'));
    return files;
  },
  parse: neverThrows(parseZedSettings),
};

function userSettingsPaths(env: DiscoveryEnv): string[] {
  const p = pathApi(env);
  if (env.platform === 'win32') return [p.join(appConfigDir(env), 'Zed', 'settings.json')];
  if (env.platform === 'darwin') return [p.join(env.home, '.config', 'zed', 'settings.json')];
  return [p.join(appConfigDir(env), 'zed', 'settings.json'), p.join(env.home, '.var', 'app', 'dev.zed.Zed', 'config', 'zed', 'settings.json')];
}

function parseZedSettings(text: string, file: CandidateFile): ParsedFile {
  // settings.json configures all of Zed; without context_servers (even empty or broken) it is not an MCP config.
  if (!text.includes('"context_servers"')) return { servers: [], errors: [], warnings: [] };
  const doc = parseJsonDocument(text, JSONC);
  const servers = propertyValue(doc.root, 'context_servers');
  if (!servers) return { servers: [], errors: doc.errors, warnings: [] };
  if (servers.type !== 'object') {
    return { servers: [], errors: doc.errors, warnings: [{ message: `"context_servers" must be an object of named servers, found ${describeNodeType(servers)}`, range: innerRange(servers, doc.index) }] };
  }
  const ctx = { client: 'zed', scope: file.scope, file: file.path, index: doc.index, variableSyntax: 'plain' } as const;
  const flat = withFlatCommands(servers);
  const entries = decodeServerMap(flat, zedShape, ctx);
  properties(flat).forEach(({ valueNode }, i) => {
    if (propertyValue(valueNode, 'enabled')?.value === false) entries[i]!.disabled = true;
  });
  return { servers: entries, errors: doc.errors, warnings: entries.flatMap((entry) => entry.problems) };
}

/** Rewrites each older `"command": {"path", "args", "env"}` entry into the flat shape, keeping every offset. */
function withFlatCommands(servers: Node): Node {
  const children = (servers.children ?? []).map((property) => {
    const [key, value] = property.children ?? [];
    return key && value ? { ...property, children: [key, flattenLegacyCommand(value)] } : property;
  });
  return { ...servers, children };
}

function flattenLegacyCommand(server: Node): Node {
  const command = propertyValue(server, 'command');
  if (command?.type !== 'object') return server;
  const outer = (server.children ?? []).filter((property) => property.children?.[0]?.value !== 'command');
  const inner = (command.children ?? []).map((property) => {
    const [key, value] = property.children ?? [];
    return key?.value === 'path' && value ? { ...property, children: [{ ...key, value: 'command' }, value] } : property;
  });
  return { ...server, children: [...outer, ...inner] };
}
