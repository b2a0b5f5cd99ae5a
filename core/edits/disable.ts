// "Disable the project server for yourself": Claude Code's own switch, `disabledMcpjsonServers`
// in the untracked `.claude/settings.local.json` next to the project's `.mcp.json`.
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import type { ServerEntry } from '../model';
import { appendJsonArray, setJsonValue } from './json-edit';
import { sequentialEdits, type TextEdit } from './text-edit';

export const CLAUDE_LOCAL_SETTINGS = ['.claude', 'settings.local.json'] as const;

export function canDisableProjectServer(entry: Pick<ServerEntry, 'client' | 'scope'>): boolean {
  return entry.client === 'claude-code' && entry.scope === 'project';
}

/**
 * Edits to `settingsText` (the current settings.local.json, or undefined when it does not exist)
 * that add `serverName` to `disabledMcpjsonServers`. Empty when it is already there.
 */
export function disableProjectServerEdits(settingsText: string | undefined, serverName: string): TextEdit[] {
  if (settingsText === undefined || !settingsText.trim()) {
    const fresh = `${JSON.stringify({ disabledMcpjsonServers: [serverName] }, null, 2)}\n`;
    return [{ offset: 0, length: settingsText?.length ?? 0, content: fresh }];
  }
  const list = findNodeAtLocation(parseTree(settingsText) ?? { type: 'null', offset: 0, length: 0 }, ['disabledMcpjsonServers']);
  if (list?.type === 'array' && (list.children ?? []).some((item) => item.value === serverName)) return [];
  const edits = list?.type === 'array' ? appendJsonArray(settingsText, ['disabledMcpjsonServers'], serverName) : setJsonValue(settingsText, ['disabledMcpjsonServers'], [serverName]);
  return edits ? sequentialEdits(settingsText, [() => edits]) : [];
}
