// Claude Code managed-settings.json from the policy: the MCP allowlist and denylist (by
// identity: serverUrl patterns and exact serverCommand lines), exclusive managed servers and
// hooks, and the MCP Warden hooks. Merged into the installed file: other managed keys stay.
import type { ApprovedServer, DeniedServer } from '../../policy-schema/schema';
import type { EffectivePolicy } from '../policy/load';
import { claudeHooks, type HookCommand } from './hook-config';
import { setJson } from './json-edit';
import { expressMatch } from './launches';
import { installClaudeHooks } from './merge-hooks';
import type { ExportNote, ExportResult } from './types';

export type ClaudeServerRule = { serverUrl: string } | { serverCommand: string[] } | { serverName: string };

export interface ClaudeManagedMcp {
  allowManagedMcpServersOnly: true;
  allowedMcpServers: ClaudeServerRule[];
  deniedMcpServers: ClaudeServerRule[];
  allowManagedHooksOnly: true;
}

export function claudeManagedMcp(policy: EffectivePolicy, notes: ExportNote[]): ClaudeManagedMcp {
  return {
    allowManagedMcpServersOnly: true,
    allowedMcpServers: policy.servers.flatMap((server) => allowRules(server, notes)),
    deniedMcpServers: policy.denied.flatMap((denied) => denyRules(denied, notes)),
    allowManagedHooksOnly: true,
  };
}

export function exportClaudeCode(policy: EffectivePolicy, hook: HookCommand, installedText: string, file: string): ExportResult {
  const notes: ExportNote[] = [];
  const managed = claudeManagedMcp(policy, notes);
  let text = installClaudeHooks(installedText, file, claudeHooks(hook));
  for (const [key, value] of Object.entries(managed)) text = setJson(text, [key], value);
  notes.push(...toolListNotes(policy.servers));
  return { content: text, notes };
}

function allowRules(server: ApprovedServer, notes: ExportNote[]): ClaudeServerRule[] {
  const expressed = expressMatch(server.match);
  if (expressed.kind === 'url') return [{ serverUrl: expressed.pattern }];
  if (expressed.kind === 'inexpressible') {
    notes.push({ serverId: server.id, message: `not on the Claude Code allowlist: ${expressed.why}; Claude Code will block it (pin it in the policy to allow it there); the hook still applies the policy` });
    return [];
  }
  if (expressed.narrower) notes.push({ serverId: server.id, message: `narrower in Claude Code than in the policy: ${expressed.narrower}` });
  return expressed.launches.map((launch) => ({ serverCommand: launch }));
}

function denyRules(denied: DeniedServer, notes: ExportNote[]): ClaudeServerRule[] {
  const rules: ClaudeServerRule[] = denied.name ? [{ serverName: denied.name }] : [];
  if (!denied.match) return rules;
  const expressed = expressMatch(denied.match);
  if (expressed.kind === 'url') return [...rules, { serverUrl: expressed.pattern }];
  if (expressed.kind === 'launches' && !expressed.narrower) return [...rules, { serverCommand: expressed.launches[0]! }];
  notes.push({ message: `the denial "${denied.reason}" is not on the Claude Code denylist: Claude Code can only deny exact launch lines, and this denial covers more; it stays blocked because it is not on the allowlist, and the hook refuses it` });
  return [...rules, ...(expressed.kind === 'launches' ? expressed.launches.map((launch) => ({ serverCommand: launch })) : [])];
}

function toolListNotes(servers: ApprovedServer[]): ExportNote[] {
  return servers
    .filter((s) => s.tools && (s.tools.allow || s.tools.deny?.length || s.tools.ask?.length))
    .map((s) => ({ serverId: s.id, message: 'its tool allow/deny/ask lists are not in managed settings: Claude Code permission rules name tools by the configured server name, which the config author chooses; the MCP Warden hook enforces them' }));
}
