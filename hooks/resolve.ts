// Finds the config entries a tool call may belong to, reading only the files it needs.
import { resolveClaudeServer } from '../core/hooks/claude-servers';
import { resolveCursorServer } from '../core/hooks/cursor-server';
import type { ServerResolution } from '../core/hooks/decide';
import type { ToolCall } from '../core/hooks/payload';
import { MCP_TOOL_PREFIX } from '../core/hooks/tool-name';
import type { DiscoveryEnv } from '../core/clients/types';
import { loadClaudeSnapshot, loadPluginServers } from './claude-configs';
import { loadCursorServers } from './cursor-configs';
import { slowPart } from './slow-loader';

export interface Resolved {
  resolution: ServerResolution;
  /** Names of every server the agent can reach, for cross-server checks on results. */
  serverNames: string[];
}

export function resolveServer(call: ToolCall, env: DiscoveryEnv, cacheDir: string): Resolved {
  if (call.client === 'cursor') {
    const configured = loadCursorServers(env);
    const resolution = resolveCursorServer(call.toolName, { url: call.serverUrl, command: call.serverCommand }, configured);
    return { resolution, serverNames: configured.map((e) => e.name) };
  }
  const projectDirs = [call.projectDir, call.cwd].filter((d): d is string => Boolean(d));
  const snapshot = loadClaudeSnapshot(env, cacheDir, projectDirs);
  if (call.toolName.startsWith(`${MCP_TOOL_PREFIX}plugin_`)) snapshot.plugins = loadPluginServers(env);
  let resolution = resolveClaudeServer(call.toolName, snapshot, projectDirs);
  if (!resolution.candidates.length && !snapshot.managedPresent && !call.toolName.startsWith(`${MCP_TOOL_PREFIX}claude_ai_`)) {
    snapshot.agents = slowPart().loadAgentServers(env);
    resolution = resolveClaudeServer(call.toolName, snapshot, projectDirs);
  }
  const serverNames = [...snapshot.managed, ...snapshot.claudeJson, ...snapshot.projectFiles.flat()].map((e) => e.name);
  return { resolution, serverNames: [...new Set(serverNames)] };
}
