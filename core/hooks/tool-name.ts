// Claude Code names MCP tools `mcp__<server>__<tool>`, where <server> is the configured name with
// every character outside [A-Za-z0-9_-] replaced by "_" (plugin servers: `plugin_<plugin>_<server>`,
// claude.ai connectors: `claude_ai_<name>`). Server and tool names may themselves contain "__",
// so a tool name is split against the server names actually in effect, never by position alone.

export const MCP_TOOL_PREFIX = 'mcp__';

export type ServerOrigin = 'config' | 'plugin' | 'claude-ai';

export function isMcpToolName(toolName: string): boolean {
  return toolName.startsWith(MCP_TOOL_PREFIX) && toolName.length > MCP_TOOL_PREFIX.length;
}

/** The server part of a tool name as Claude Code writes it. */
export function normalizeServerName(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** The prefix Claude Code gives a plugin's server: `plugin_<plugin>_<server>`, normalised. */
export function pluginServerKey(plugin: string, server: string): string {
  return normalizeServerName(`plugin_${plugin}_${server}`);
}

export interface ToolNameSplit {
  /** The server part, normalised as in the tool name. */
  serverKey: string;
  tool: string;
}

/**
 * Every way `toolName` splits into a known server key and a non-empty tool name, longest server
 * key first. More than one split means the name is ambiguous between servers.
 */
export function splitAgainst(toolName: string, serverKeys: Iterable<string>): ToolNameSplit[] {
  if (!isMcpToolName(toolName)) return [];
  const rest = toolName.slice(MCP_TOOL_PREFIX.length);
  const splits: ToolNameSplit[] = [];
  for (const key of new Set(serverKeys)) {
    if (rest.length > key.length + 2 && rest.startsWith(`${key}__`)) splits.push({ serverKey: key, tool: rest.slice(key.length + 2) });
  }
  return splits.sort((a, b) => b.serverKey.length - a.serverKey.length);
}

/** The split a person would guess without the config: the server ends at the first "__". */
export function splitByPosition(toolName: string): ToolNameSplit | undefined {
  if (!isMcpToolName(toolName)) return undefined;
  const rest = toolName.slice(MCP_TOOL_PREFIX.length);
  const at = rest.indexOf('__');
  if (at <= 0 || at + 2 >= rest.length) return undefined;
  return { serverKey: rest.slice(0, at), tool: rest.slice(at + 2) };
}

export function originOf(serverKey: string): ServerOrigin {
  if (serverKey.startsWith('plugin_')) return 'plugin';
  if (serverKey.startsWith('claude_ai_')) return 'claude-ai';
  return 'config';
}
