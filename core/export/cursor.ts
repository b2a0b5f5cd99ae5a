// Cursor's enterprise hooks.json (MDM-deployed): the MCP Warden hooks with failClosed, merged
// into the installed file. Cursor's MCP allowlist lives in the Cursor dashboard, not in a file:
// the notes list the entries to enter there, in Cursor's own matching syntax.
import type { EffectivePolicy } from '../policy/load';
import { cursorHooks, type HookCommand } from './hook-config';
import { expressMatch } from './launches';
import { installCursorHooks } from './merge-hooks';
import type { ExportNote, ExportResult } from './types';

export function exportCursor(policy: EffectivePolicy, hook: HookCommand, installedText: string, file: string, platform: NodeJS.Platform): ExportResult {
  const content = installCursorHooks(installedText, file, cursorHooks(hook, platform));
  return { content, notes: dashboardAllowlist(policy) };
}

/** Dashboard entries: full command strings (a leading * absorbs a resolved executable path) and URL patterns. */
export function cursorAllowlistEntries(policy: EffectivePolicy, notes: ExportNote[]): string[] {
  const entries: string[] = [];
  for (const server of policy.servers) {
    const expressed = expressMatch(server.match);
    if (expressed.kind === 'url') entries.push(expressed.pattern);
    else if (expressed.kind === 'launches') entries.push(...expressed.launches.map((launch) => `*${launch.join(' ')}`));
    else notes.push({ serverId: server.id, message: `cannot be entered in Cursor's MCP allowlist: ${expressed.why}; the hook still applies the policy` });
  }
  return entries;
}

function dashboardAllowlist(policy: EffectivePolicy): ExportNote[] {
  const notes: ExportNote[] = [];
  const entries = cursorAllowlistEntries(policy, notes);
  const list = entries.length ? entries.map((e) => `  ${e}`).join('\n') : '  (none)';
  return [{ message: `Cursor's MCP allowlist is set in the Cursor dashboard (Enterprise → MCP Configuration), not in a file; enter these entries:\n${list}` }, ...notes];
}
