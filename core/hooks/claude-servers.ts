// Which config entry a Claude Code MCP tool call belongs to, by Claude Code's own rules:
// managed-mcp.json, when present, is the only source; otherwise local > project > user by name,
// then plugin servers (`plugin_<plugin>_<server>`), then subagent definitions.
import { resolve } from 'node:path';
import type { ServerEntry } from '../model';
import type { ServerResolution } from './decide';
import { normalizeServerName, originOf, pluginServerKey, splitAgainst, splitByPosition } from './tool-name';

export interface PluginServers {
  plugin: string;
  entries: ServerEntry[];
}

export interface ClaudeConfigSnapshot {
  /** managed-mcp.json exists (even if unreadable): it has exclusive control. */
  managedPresent: boolean;
  managed: ServerEntry[];
  /** ~/.claude.json: user scope and every project's local scope. */
  claudeJson: ServerEntry[];
  /** .mcp.json files, nearest directory first. */
  projectFiles: ServerEntry[][];
  plugins?: PluginServers[];
  agents?: ServerEntry[];
}

export function resolveClaudeServer(toolName: string, snapshot: ClaudeConfigSnapshot, projectDirs: string[]): ServerResolution {
  const keyed = keyedServers(snapshot, projectDirs);
  const splits = splitAgainst(toolName, keyed.keys());
  if (splits.length) {
    const candidates = [...new Set(splits.flatMap((s) => keyed.get(s.serverKey) ?? []))];
    return { serverName: candidates[0]?.name ?? splits[0]!.serverKey, tool: splits[0]!.tool, candidates };
  }
  const guess = splitByPosition(toolName);
  return {
    serverName: guess?.serverKey ?? toolName,
    tool: guess?.tool ?? toolName,
    candidates: [],
    unresolvedBecause: unresolvedReason(guess?.serverKey, snapshot),
  };
}

/** Normalised tool-name prefix → the entries that Claude Code would use under it. */
export function keyedServers(snapshot: ClaudeConfigSnapshot, projectDirs: string[]): Map<string, ServerEntry[]> {
  const keyed = new Map<string, ServerEntry[]>();
  const add = (key: string, entry: ServerEntry) => keyed.set(key, [...(keyed.get(key) ?? []), entry]);
  for (const entry of effectiveByName(snapshot, projectDirs).values()) add(normalizeServerName(entry.name), entry);
  if (!snapshot.managedPresent) {
    for (const plugin of snapshot.plugins ?? []) for (const entry of plugin.entries) add(pluginServerKey(plugin.plugin, entry.name), entry);
    for (const entry of snapshot.agents ?? []) if (!keyed.has(normalizeServerName(entry.name))) add(normalizeServerName(entry.name), entry);
  }
  return keyed;
}

/** Same-name definitions: the whole entry of the highest-precedence source wins, fields are never merged. */
function effectiveByName(snapshot: ClaudeConfigSnapshot, projectDirs: string[]): Map<string, ServerEntry> {
  const byName = new Map<string, ServerEntry>();
  const take = (entries: ServerEntry[]) => entries.forEach((e) => byName.has(e.name) || byName.set(e.name, e));
  if (snapshot.managedPresent) {
    take(snapshot.managed);
    return byName;
  }
  take(snapshot.claudeJson.filter((e) => e.scope === 'local' && e.projectDir !== undefined && isProjectKeyFor(e.projectDir, projectDirs)));
  for (const file of snapshot.projectFiles) take(file);
  take(snapshot.claudeJson.filter((e) => e.scope === 'user'));
  return byName;
}

/** ~/.claude.json keys projects by the exact absolute path Claude Code was started in. */
export function isProjectKeyFor(projectKey: string, projectDirs: string[]): boolean {
  const key = projectKey.length > 1 ? projectKey.replace(/[\\/]+$/, '') : projectKey;
  return projectDirs.some((dir) => dir && (dir === projectKey || resolve(dir) === key));
}

function unresolvedReason(serverKey: string | undefined, snapshot: ClaudeConfigSnapshot): string {
  if (snapshot.managedPresent) return 'managed-mcp.json is in effect and does not declare it';
  const origin = serverKey ? originOf(serverKey) : 'config';
  if (origin === 'claude-ai') return 'claude.ai connectors are configured in claude.ai, not on this machine';
  if (origin === 'plugin') return 'no installed plugin declares it';
  return 'it is not in ~/.claude.json, a .mcp.json, a plugin or a subagent definition; it may come from --mcp-config or the Agent SDK';
}
