// Reads the Claude Code config files that decide which server a tool call reaches. The common
// files are read on every call (~/.claude.json through a cache); plugin caches and subagent
// definitions only when the tool name needs them.
// core/clients/claude-code.ts is not imported here: it loads a YAML parser (for subagent
// frontmatter) that would double the hook's start-up time. Entries are decoded by the same
// shared JSON entry decoder, and test/hooks/claude-files.test.ts holds both in agreement.
import { type Stats, existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { transportFromType } from '../core/clients/json-entry';
import { parseServersJson, type JsonServersFormat } from '../core/clients/json-servers';
import { STRICT_JSON } from '../core/clients/json-source';
import { findFiles, projectAndAncestors, systemPath } from '../core/clients/paths';
import type { DiscoveryEnv } from '../core/clients/types';
import { isProjectKeyFor, type ClaudeConfigSnapshot, type PluginServers } from '../core/hooks/claude-servers';
import type { CandidateFile, ServerEntry } from '../core/model';
import { cachePath, readCache, statKey, writeCache } from './file-cache';
import { nodeFs } from './fs-listing';

const MCP_JSON: JsonServersFormat = { dialect: STRICT_JSON, serversPath: ['mcpServers'], shape: { urlKeys: ['url'], transport: transportFromType }, variableSyntax: 'claude' };

/** Same path as core/clients/claude-code.ts managedMcpPath(). */
export function managedMcpPath(env: DiscoveryEnv): string {
  if (env.platform === 'darwin') return systemPath(env, '/Library', 'Application Support', 'ClaudeCode', 'managed-mcp.json');
  if (env.platform === 'win32') return systemPath(env, 'C:\\Program Files', 'ClaudeCode', 'managed-mcp.json');
  return systemPath(env, '/etc', 'claude-code', 'managed-mcp.json');
}

export function claudeJsonPath(env: DiscoveryEnv): string {
  const dir = env.env.CLAUDE_CONFIG_DIR;
  return dir ? join(dir, '.claude.json') : join(env.home, '.claude.json');
}

/** `projectDirs`: the directories whose local-scope servers apply (CLAUDE_PROJECT_DIR, cwd). */
export function loadClaudeSnapshot(env: DiscoveryEnv, cacheDir: string, projectDirs: string[]): ClaudeConfigSnapshot {
  const managedFile = managedMcpPath(env);
  const managedText = readIfPresent(managedFile);
  const managedPresent = managedText !== undefined || existsSync(managedFile);
  if (managedPresent) return { managedPresent, managed: parseMcpJson(managedText ?? '', managedFile, 'managed'), claudeJson: [], projectFiles: [] };
  const projectFiles = projectAndAncestors(env).map((dir) => {
    const file = join(dir, '.mcp.json');
    const text = readIfPresent(file);
    return text === undefined ? [] : parseMcpJson(text, file, 'project');
  });
  return { managedPresent: false, managed: [], claudeJson: readClaudeJson(claudeJsonPath(env), cacheDir, projectDirs), projectFiles };
}

/** ~/.claude.json servers (user scope, and local scope of these projects), parsed once per file change. */
function readClaudeJson(file: string, cacheDir: string, projectDirs: string[]): ServerEntry[] {
  let stat: Stats;
  try {
    stat = statSync(file);
  } catch {
    return [];
  }
  const key = `${statKey(stat)}|${projectDirs.join('\0')}`;
  const cacheFile = cachePath(cacheDir, 'claude-json', `${file}\0${projectDirs.join('\0')}`);
  const cached = readCache<ServerEntry[]>(cacheFile, key);
  if (cached) return cached;
  const text = readIfPresent(file);
  if (text === undefined) return [];
  const servers = parseClaudeJsonServers(text, file, projectDirs).map(withoutPositions);
  writeCache(cacheFile, key, servers);
  return servers;
}

/** `mcpServers` (user scope) and `projects[<dir>].mcpServers` (local scope; only `projectDirs`' when given) of ~/.claude.json. */
export function parseClaudeJsonServers(text: string, file: string, projectDirs?: string[]): ServerEntry[] {
  let root: unknown;
  try {
    root = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return [];
  }
  if (!isObject(root)) return [];
  const servers = isObject(root.mcpServers) ? decodeServers(root.mcpServers, file, 'user') : [];
  for (const [dir, project] of Object.entries(isObject(root.projects) ? root.projects : {})) {
    if (projectDirs && !isProjectKeyFor(dir, projectDirs)) continue;
    if (isObject(project) && isObject(project.mcpServers)) servers.push(...decodeServers(project.mcpServers, file, 'local', dir));
  }
  return servers;
}

function decodeServers(map: Record<string, unknown>, file: string, scope: 'user' | 'local', projectDir?: string): ServerEntry[] {
  const candidate: CandidateFile = { path: file, client: 'claude-code', scope, kind: 'claude-json', format: 'json', ...(projectDir ? { projectDir } : {}) };
  return parseServersJson(JSON.stringify({ mcpServers: map }), candidate, MCP_JSON).servers;
}

const NOWHERE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 }, offset: 0, length: 0 };

/** Source positions matter to the editor, not to the hook; dropping them keeps the cache small. */
function withoutPositions(entry: ServerEntry): ServerEntry {
  return { ...entry, nameRange: NOWHERE, range: NOWHERE, valueRanges: {}, problems: [] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseMcpJson(text: string, file: string, scope: 'managed' | 'project' | 'plugin'): ServerEntry[] {
  const candidate: CandidateFile = { path: file, client: 'claude-code', scope, kind: 'mcp-json', format: 'json' };
  return parseServersJson(text.replace(/^\uFEFF/, ''), candidate, MCP_JSON).servers;
}

/** Installed plugins' servers, by plugin name, from the plugin cache (every cached version). */
export function loadPluginServers(env: DiscoveryEnv): PluginServers[] {
  const cache = join(env.home, '.claude', 'plugins', 'cache');
  const files = findFiles(nodeFs, cache, 5, (dir, name) => name === '.mcp.json' || (name === 'plugin.json' && basename(dir) === '.claude-plugin'));
  const byRoot = new Map<string, ServerEntry[]>();
  for (const file of files) {
    const root = file.endsWith('plugin.json') ? dirname(dirname(file)) : dirname(file);
    const text = readIfPresent(file);
    if (text === undefined) continue;
    const entries = file.endsWith('plugin.json') ? inlinePluginServers(text, file) : parseMcpJson(text, file, 'plugin');
    byRoot.set(root, [...(byRoot.get(root) ?? []), ...entries]);
  }
  return [...byRoot].map(([root, entries]) => ({ plugin: pluginName(root), entries }));
}

function inlinePluginServers(text: string, file: string): ServerEntry[] {
  try {
    const manifest = JSON.parse(text) as { mcpServers?: unknown };
    if (!manifest.mcpServers || typeof manifest.mcpServers !== 'object') return [];
    return parseMcpJson(JSON.stringify({ mcpServers: manifest.mcpServers }), file, 'plugin');
  } catch {
    return [];
  }
}

/** The manifest's name; cached plugins without one are named by their folder (above a version folder). */
function pluginName(root: string): string {
  const manifest = readIfPresent(join(root, '.claude-plugin', 'plugin.json'));
  try {
    const name = manifest ? (JSON.parse(manifest) as { name?: unknown }).name : undefined;
    if (typeof name === 'string' && name) return name;
  } catch {
    // Fall back to the folder name.
  }
  const base = basename(root);
  return /^v?\d+(\.\d+)*([-+].*)?$/.test(base) ? basename(dirname(root)) : base;
}

export function readIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
