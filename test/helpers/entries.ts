// Builds real entries by parsing real config text, so verdict tests exercise the parsers too.
import { parseConfigText } from '../../core/discovery';
import type { CandidateFile, ServerEntry } from '../../core/model';
import { buildEffectivePolicy, type EffectivePolicy } from '../../core/policy/load';

export const MCP_JSON: CandidateFile = { path: '/repo/.mcp.json', client: 'claude-code', scope: 'project', kind: 'mcp-json', format: 'json' };

export function entriesOf(servers: Record<string, unknown>, candidate: CandidateFile = MCP_JSON): { text: string; entries: ServerEntry[] } {
  const text = JSON.stringify({ mcpServers: servers }, null, 2);
  return { text, entries: parseConfigText(candidate, text).servers };
}

export function entryOf(name: string, server: Record<string, unknown>): ServerEntry {
  return entriesOf({ [name]: server }).entries[0]!;
}

export function policyOf(policy: Record<string, unknown>, extraLayers: Array<{ layer: 'user' | 'workspace'; policy: Record<string, unknown> }> = []): EffectivePolicy {
  return buildEffectivePolicy([
    { path: '/etc/mcp-warden/policy.json', layer: 'managed', text: JSON.stringify(policy), missing: false },
    ...extraLayers.map((l) => ({ path: `/${l.layer}/policy.json`, layer: l.layer, text: JSON.stringify(l.policy), missing: false })),
  ]);
}

export function sliceOf(text: string, range: { offset: number; length: number }): string {
  return text.slice(range.offset, range.offset + range.length);
}
