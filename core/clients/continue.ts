// Continue: an `mcpServers:` list in ~/.continue/config.yaml (user) and in the block files of a
// workspace's .continue/mcpServers/ (*.yaml, *.yml). JSON files there hold a Claude/Cursor-style
// `mcpServers` object. A list item is {name, type, command, args, env, url, requestOptions.headers},
// or `uses: owner/block` pulling a server from the Continue Hub.
import { isMap, isScalar, isSeq, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { CandidateFile, ParseProblem, ServerEntry } from '../model';
import { LineIndex } from '../text/line-index';
import { candidateMaker } from './candidate';
import { transportFromType, type EntryContext } from './json-entry';
import { parseServersJson, type JsonServersFormat } from './json-servers';
import { STRICT_JSON } from './json-source';
import { neverThrows } from './never-throws';
import { filesWithSuffix, pathApi } from './paths';
import type { ClientModule, ParsedFile } from './types';
import { decodeYamlEntry, parseYamlAt, readYamlMap, yamlField as field, yamlRange } from './yaml-entry';

const jsonFormat: JsonServersFormat = {
  dialect: STRICT_JSON,
  serversPath: ['mcpServers'],
  shape: { urlKeys: ['url'], transport: transportFromType },
  variableSyntax: 'continue',
};

const candidate = candidateMaker('continue');

export const continueDev: ClientModule = {
  id: 'continue',
  displayName: 'Continue',
  candidates(env, fs) {
    const p = pathApi(env);
    const globalDir = env.env.CONTINUE_GLOBAL_DIR || p.join(env.home, '.continue');
    const files = [candidate(p.join(globalDir, 'config.yaml'), 'user', 'config-yaml', 'yaml')];
    if (!env.project) return files;
    const blocksDir = p.join(p.resolve(env.project), '.continue', 'mcpServers');
    for (const path of filesWithSuffix(fs, p, blocksDir, ['.yaml', '.yml', '.json'])) {
      files.push(path.endsWith('.json') ? candidate(path, 'project', 'mcp-json', 'json') : candidate(path, 'project', 'block-yaml', 'yaml'));
    }
    return files;
  },
  parse: neverThrows((text, file) => (file.kind === 'mcp-json' ? parseServersJson(text, file, jsonFormat) : parseContinueYaml(text, file))),
};

export function parseContinueYaml(text: string, file: CandidateFile): ParsedFile {
  const index = new LineIndex(text);
  const { doc, errors } = parseYamlAt(text, 0, index);
  const root = doc.contents;
  if (root === null) return { servers: [], errors, warnings: [] };
  if (!isMap(root)) return { servers: [], errors: errors.length ? errors : [{ message: 'the file must hold a YAML mapping', range: yamlRange(root, 0, index) ?? index.range(0, 0) }], warnings: [] };
  const list = field(root, 'mcpServers');
  if (list === undefined || list === null) return { servers: [], errors, warnings: [] };
  if (!isSeq(list)) return { servers: [], errors, warnings: [{ message: '"mcpServers" must be a list of servers', range: yamlRange(list, 0, index) }] };
  const ctx: EntryContext = { client: 'continue', scope: file.scope, file: file.path, index, variableSyntax: 'continue' };
  const warnings: ParseProblem[] = [];
  const servers: ServerEntry[] = [];
  for (const item of list.items) {
    const entry = decodeListItem(item as YamlNode, ctx, warnings);
    if (entry) servers.push(entry);
  }
  return { servers, errors, warnings: [...warnings, ...servers.flatMap((s) => s.problems)] };
}

function decodeListItem(item: YamlNode, ctx: EntryContext, warnings: ParseProblem[]): ServerEntry | undefined {
  if (!isMap(item)) {
    warnings.push({ message: 'each item of "mcpServers" must be a mapping with a "name"', range: yamlRange(item, 0, ctx.index) });
    return undefined;
  }
  const name = field(item, 'name');
  if (isScalar(name) && name.value !== null && typeof name.value !== 'object') {
    const entry = decodeYamlEntry(String(name.value), name, item, ctx, 0);
    readRequestHeaders(item, entry, ctx);
    return entry;
  }
  const uses = field(item, 'uses');
  if (isScalar(uses) && typeof uses.value === 'string') return hubEntry(uses.value, uses, item, ctx);
  warnings.push({ message: 'this server has no "name" (or "uses"), so Continue cannot load it', range: yamlRange(item, 0, ctx.index) });
  return undefined;
}

/** Continue sends `requestOptions.headers` with every request to a remote server. */
function readRequestHeaders(item: YAMLMap, entry: ServerEntry, ctx: EntryContext): void {
  const options = field(item, 'requestOptions');
  if (!isMap(options)) return;
  const report = (message: string, node?: unknown) =>
    entry.problems.push({ message, server: entry.name, range: yamlRange(node as YamlNode, 0, ctx.index) ?? entry.nameRange });
  const headers = readYamlMap(field(options, 'headers'), 'headers', entry, report, 0, ctx.index);
  if (headers) entry.headers = { ...entry.headers, ...headers };
}

/**
 * A Hub block (`uses: owner/slug`) is fetched by Continue, so the file holds no command or URL:
 * the entry names the block and is left for the policy to judge by name, with no problem attached.
 */
function hubEntry(slug: string, usesNode: YamlNode, item: YAMLMap, ctx: EntryContext): ServerEntry {
  const nameRange = yamlRange(usesNode, 0, ctx.index)!;
  return {
    client: 'continue', scope: ctx.scope, file: ctx.file, name: slug, nameRange,
    range: yamlRange(item, 0, ctx.index) ?? nameRange, transport: 'unknown', valueRanges: {}, problems: [], variableSyntax: 'continue',
  };
}
