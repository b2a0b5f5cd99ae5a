// Claude Code: ~/.claude.json (user + local scopes), .mcp.json (project, ancestors), managed-mcp.json,
// plugin caches (.mcp.json, .claude-plugin/plugin.json) and subagent frontmatter (agents/*.md).
import { isMap, isScalar, isSeq } from 'yaml';
import type { CandidateFile, ParseProblem, ServerEntry } from '../model';
import { LineIndex } from '../text/line-index';
import { transportFromType, type EntryContext, type EntryShape, type RawFields } from './json-entry';
import { decodeServerMap, parseServersJson } from './json-servers';
import { describeNodeType, innerRange, parseJsonDocument, parseJsonSlice, properties, propertyValue, STRICT_JSON } from './json-source';
import { locateServerObjects, type ServersSlice } from './claude-json-locate';
import { NOT_WELL_FORMED, skipValue, skipWhitespace, walkObject } from './json-walk';
import { nestingProblem } from './nesting';
import { neverThrows } from './never-throws';
import { filesEndingWith, findFiles, pathApi, projectAndAncestors, systemPath } from './paths';
import type { ClientModule, DiscoveryEnv, DiscoveryFs, ParsedFile } from './types';
import { decodeYamlEntry, parseYamlAt, yamlField } from './yaml-entry';

export const claudeShape: EntryShape = {
  urlKeys: ['url'],
  transport: transportFromType,
  validate(fields: RawFields, report) {
    if (fields.hasUrl && !fields.type && !fields.hasCommand) {
      report('Claude Code rejects a "url" without "type": add "type": "http" (or "sse" / "ws")', fields.nodes.get('url'));
    }
    if (fields.type && !['stdio', 'http', 'streamable-http', 'sse', 'ws'].includes(fields.type)) {
      report(`unknown "type" "${fields.type}": Claude Code accepts stdio, http, sse or ws`, fields.nodes.get('type'));
    }
  },
};

const mcpJsonFormat = { dialect: STRICT_JSON, serversPath: ['mcpServers'], shape: claudeShape, variableSyntax: 'claude' } as const;

export const claudeCode: ClientModule = {
  id: 'claude-code',
  displayName: 'Claude Code',
  candidates(env, fs) {
    const p = pathApi(env);
    const configDir = env.env.CLAUDE_CONFIG_DIR;
    const claudeDir = p.join(env.home, '.claude');
    const files: CandidateFile[] = [
      file(configDir ? p.join(configDir, '.claude.json') : p.join(env.home, '.claude.json'), 'user', 'claude-json', 'json'),
      file(managedMcpPath(env), 'managed', 'mcp-json', 'json'),
    ];
    for (const dir of projectAndAncestors(env)) files.push(file(p.join(dir, '.mcp.json'), 'project', 'mcp-json', 'json'));
    for (const agentsDir of [p.join(claudeDir, 'agents'), ...(env.project ? [p.join(env.project, '.claude', 'agents')] : [])]) {
      for (const name of filesEndingWith(fs, agentsDir, '.md')) files.push(file(p.join(agentsDir, name), 'agent', 'agent', 'markdown'));
    }
    files.push(...pluginFiles(p.join(claudeDir, 'plugins', 'cache'), env, fs));
    return files;
  },
  parse: neverThrows((text, candidate) => {
    switch (candidate.kind) {
      case 'claude-json':
        return parseClaudeJson(text, candidate);
      case 'plugin-manifest':
        return parsePluginManifest(text, candidate);
      case 'agent':
        return parseAgentFrontmatter(text, candidate);
      default:
        return parseServersJson(text, candidate, mcpJsonFormat);
    }
  }),
};

function file(path: string, scope: CandidateFile['scope'], kind: string, format: CandidateFile['format']): CandidateFile {
  return { path, client: 'claude-code', scope, kind, format };
}

export function managedMcpPath(env: DiscoveryEnv): string {
  return systemPath(env, ...claudeManagedDir(env), 'managed-mcp.json');
}

export function claudeManagedDir(env: DiscoveryEnv): string[] {
  if (env.platform === 'darwin') return ['/Library', 'Application Support', 'ClaudeCode'];
  if (env.platform === 'win32') return ['C:\\Program Files', 'ClaudeCode'];
  return ['/etc', 'claude-code'];
}

function pluginFiles(cacheDir: string, env: DiscoveryEnv, fs: DiscoveryFs): CandidateFile[] {
  const p = pathApi(env);
  const found = findFiles(fs, cacheDir, 5, (dir, name) => name === '.mcp.json' || (name === 'plugin.json' && p.basename(dir) === '.claude-plugin'));
  return found.map((path) =>
    path.endsWith('plugin.json') ? file(path, 'plugin', 'plugin-manifest', 'json') : file(path, 'plugin', 'mcp-json', 'json'),
  );
}

/**
 * ~/.claude.json: `mcpServers` (user scope) and `projects[<dir>].mcpServers` (local scope).
 * Only the few server objects are parsed into trees with offsets (see claude-json-locate.ts);
 * an invalid file goes to the full parser, which locates the syntax error.
 */
export function parseClaudeJson(text: string, candidate: CandidateFile): ParsedFile {
  const located = locateServerObjects(text);
  if (located.kind === 'invalid') return parseClaudeJsonSlow(text, candidate);
  const found = located.kind === 'ok' ? located.slices : walkServerObjects(text);
  if (!found) return parseClaudeJsonSlow(text, candidate);
  const index = new LineIndex(text);
  const servers: ServerEntry[] = [];
  const warnings: ParseProblem[] = [];
  const errors: ParseProblem[] = [];
  for (const slice of found) {
    const node = parseJsonSlice(text, slice.start, slice.end, STRICT_JSON);
    // The slice is well-formed, so the only way to get no tree is nesting too deep to parse.
    if (!node) {
      errors.push(nestingProblem(slice.start, index));
      continue;
    }
    if (node.type !== 'object') {
      warnings.push({ message: `"mcpServers" must be an object of named servers, found ${describeNodeType(node)}`, range: innerRange(node, index) });
      continue;
    }
    const ctx: EntryContext = { client: 'claude-code', scope: slice.scope, file: candidate.path, index, variableSyntax: 'claude', ...(slice.projectDir !== undefined ? { projectDir: slice.projectDir } : {}) };
    servers.push(...decodeServerMap(node, claudeShape, ctx));
  }
  return { servers, errors, warnings: [...warnings, ...servers.flatMap((s) => s.problems)] };
}

/** One structural pass, for the rare file where key counting is ambiguous. */
function walkServerObjects(text: string): ServersSlice[] | undefined {
  const found: ServersSlice[] = [];
  const serversAt = (scope: 'user' | 'local', projectDir?: string) => (start: number) => {
    const end = skipValue(text, start);
    if (end !== NOT_WELL_FORMED) found.push({ start, end, scope, ...(projectDir !== undefined ? { projectDir } : {}) });
    return end;
  };
  const project = (projectDir: string, start: number) =>
    text.charCodeAt(start) === 0x7b ? walkObject(text, start, (key, at) => (key === 'mcpServers' ? serversAt('local', projectDir)(at) : undefined)) : undefined;
  const end = walkObject(text, skipWhitespace(text, 0), (key, at) => {
    if (key === 'mcpServers') return serversAt('user')(at);
    if (key === 'projects' && text.charCodeAt(at) === 0x7b) return walkObject(text, at, project);
    return undefined;
  });
  return end === NOT_WELL_FORMED || skipWhitespace(text, end) !== text.length ? undefined : found;
}

export function parseClaudeJsonSlow(text: string, candidate: CandidateFile): ParsedFile {
  const doc = parseJsonDocument(text, STRICT_JSON);
  if (!doc.root || doc.root.type !== 'object') return { servers: [], errors: doc.errors.length ? doc.errors : [{ message: 'the file must hold a JSON object' }], warnings: [] };
  const servers: ServerEntry[] = [];
  const ctx = (scope: 'user' | 'local', projectDir?: string): EntryContext => ({ client: 'claude-code', scope, file: candidate.path, index: doc.index, variableSyntax: 'claude', ...(projectDir ? { projectDir } : {}) });
  const user = propertyValue(doc.root, 'mcpServers');
  if (user?.type === 'object') servers.push(...decodeServerMap(user, claudeShape, ctx('user')));
  for (const project of properties(propertyValue(doc.root, 'projects'))) {
    const local = propertyValue(project.valueNode, 'mcpServers');
    if (local?.type === 'object') servers.push(...decodeServerMap(local, claudeShape, ctx('local', project.key)));
  }
  return { servers, errors: doc.errors, warnings: servers.flatMap((s) => s.problems) };
}

function parsePluginManifest(text: string, candidate: CandidateFile): ParsedFile {
  const doc = parseJsonDocument(text, STRICT_JSON);
  const servers = propertyValue(doc.root, 'mcpServers');
  if (!servers || servers.type === 'string') {
    // A string points at a separate file; pluginFiles() already lists the plugin's .mcp.json.
    return { servers: [], errors: doc.errors, warnings: [] };
  }
  if (servers.type !== 'object') return { servers: [], errors: doc.errors, warnings: [{ message: `"mcpServers" must be an object or a path, found ${describeNodeType(servers)}`, range: innerRange(servers, doc.index) }] };
  const ctx: EntryContext = { client: 'claude-code', scope: 'plugin', file: candidate.path, index: doc.index, variableSyntax: 'claude' };
  const entries = decodeServerMap(servers, claudeShape, ctx);
  return { servers: entries, errors: doc.errors, warnings: entries.flatMap((s) => s.problems) };
}

/** Subagent files: YAML frontmatter between `---` lines; `mcpServers` lists names or inline definitions. */
export function parseAgentFrontmatter(text: string, candidate: CandidateFile): ParsedFile {
  const match = /^---\r?\n/.exec(text);
  if (!match) return { servers: [], errors: [], warnings: [] };
  const bodyStart = match[0].length;
  const close = /\r?\n---[ \t]*(\r?\n|$)/.exec(text.slice(bodyStart));
  const index = new LineIndex(text);
  if (!close) return { servers: [], errors: [{ message: 'frontmatter opened with --- is never closed', range: index.range(0, 3) }], warnings: [] };
  const yamlText = text.slice(bodyStart, bodyStart + close.index);
  const { doc, errors } = parseYamlAt(yamlText, bodyStart, index);
  const root = doc.contents;
  if (!isMap(root)) return { servers: [], errors, warnings: [] };
  const list = yamlField(root, 'mcpServers');
  const ctx: EntryContext = { client: 'claude-code', scope: 'agent', file: candidate.path, index, variableSyntax: 'claude' };
  const servers: ServerEntry[] = [];
  if (isSeq(list)) {
    for (const item of list.items) {
      // A bare string names a server configured elsewhere; only inline definitions are new servers.
      if (!isMap(item)) continue;
      for (const pair of item.items) {
        if (isScalar(pair.key)) servers.push(decodeYamlEntry(String(pair.key.value), pair.key, pair.value, ctx, bodyStart));
      }
    }
  }
  return { servers, errors, warnings: servers.flatMap((s) => s.problems) };
}
