// Reads the Claude Code config files that decide which server a tool call reaches. The common
// files are read on every call (~/.claude.json through a cache); plugin caches and subagent
// definitions only when the tool name needs them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { claudeShape, managedMcpPath, parseClaudeJson } from '../core/clients/claude-code';
import { parseServersJson, type JsonServersFormat } from '../core/clients/json-servers';
import { STRICT_JSON } from '../core/clients/json-source';
import { findFiles, projectAndAncestors } from '../core/clients/paths';
import type { DiscoveryEnv } from '../core/clients/types';
import type { ClaudeConfigSnapshot, PluginServers } from '../core/hooks/claude-servers';
import type { CandidateFile, ServerEntry } from '../core/model';
import { cachePath, readCache, statKey, writeCache } from './file-cache';
import { nodeFs } from './fs-listing';

const MCP_JSON: JsonServersFormat = { dialect: STRICT_JSON, serversPath: ['mcpServers'], shape: claudeShape, variableSyntax: 'claude' };

export function claudeJsonPath(env: DiscoveryEnv): string {
  const dir = env.env.CLAUDE_CONFIG_DIR;
  return dir ? path.join(dir, '.claude.json') : path.join(env.home, '.claude.json');
}

export function loadClaudeSnapshot(env: DiscoveryEnv, cacheDir: string): ClaudeConfigSnapshot {
  const managedFile = managedMcpPath(env);
  const managedText = readIfPresent(managedFile);
  const managedPresent = managedText !== undefined || fs.existsSync(managedFile);
  if (managedPresent) return { managedPresent, managed: parseMcpJson(managedText ?? '', managedFile, 'managed'), claudeJson: [], projectFiles: [] };
  const projectFiles = projectAndAncestors(env).map((dir) => {
    const file = path.join(dir, '.mcp.json');
    const text = readIfPresent(file);
    return text === undefined ? [] : parseMcpJson(text, file, 'project');
  });
  return { managedPresent: false, managed: [], claudeJson: readClaudeJson(claudeJsonPath(env), cacheDir), projectFiles };
}

/** ~/.claude.json servers (user and every project's local scope), parsed once per file change. */
function readClaudeJson(file: string, cacheDir: string): ServerEntry[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return [];
  }
  const key = statKey(stat);
  const cacheFile = cachePath(cacheDir, 'claude-json', file);
  const cached = readCache<ServerEntry[]>(cacheFile, key);
  if (cached) return cached;
  const text = readIfPresent(file);
  if (text === undefined) return [];
  const candidate: CandidateFile = { path: file, client: 'claude-code', scope: 'user', kind: 'claude-json', format: 'json' };
  const servers = parseClaudeJson(text.replace(/^\uFEFF/, ''), candidate).servers;
  writeCache(cacheFile, key, servers);
  return servers;
}

function parseMcpJson(text: string, file: string, scope: 'managed' | 'project' | 'plugin'): ServerEntry[] {
  const candidate: CandidateFile = { path: file, client: 'claude-code', scope, kind: 'mcp-json', format: 'json' };
  return parseServersJson(text.replace(/^\uFEFF/, ''), candidate, MCP_JSON).servers;
}

/** Installed plugins' servers, by plugin name, from the plugin cache (every cached version). */
export function loadPluginServers(env: DiscoveryEnv): PluginServers[] {
  const cache = path.join(env.home, '.claude', 'plugins', 'cache');
  const files = findFiles(nodeFs, cache, 5, (dir, name) => name === '.mcp.json' || (name === 'plugin.json' && path.basename(dir) === '.claude-plugin'));
  const byRoot = new Map<string, ServerEntry[]>();
  for (const file of files) {
    const root = file.endsWith('plugin.json') ? path.dirname(path.dirname(file)) : path.dirname(file);
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
  const manifest = readIfPresent(path.join(root, '.claude-plugin', 'plugin.json'));
  try {
    const name = manifest ? (JSON.parse(manifest) as { name?: unknown }).name : undefined;
    if (typeof name === 'string' && name) return name;
  } catch {
    // Fall back to the folder name.
  }
  const base = path.basename(root);
  return /^v?\d+(\.\d+)*([-+].*)?$/.test(base) ? path.basename(path.dirname(root)) : base;
}

export function readIfPresent(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
