// What runs when the debounce fires: parse the buffer, evaluate every server, shape the diagnostics.
// Bundled by extension.mjs so the benchmark times the same code the extension ships.
import { checkConfigFile } from '../../core/check';
import { parseConfigText } from '../../core/discovery';
import type { CandidateFile } from '../../core/model';
import { buildEffectivePolicy, type EffectivePolicy } from '../../core/policy/load';
import { diagnosticSpec, type DiagnosticSpec } from '../../extension/present/diagnostic';

const MCP_JSON: CandidateFile = { path: '/bench/.mcp.json', client: 'claude-code', scope: 'project', kind: 'mcp-json', format: 'json' };

export function policyFrom(text: string): EffectivePolicy {
  return buildEffectivePolicy([{ path: '/bench/policy.json', layer: 'explicit', text, missing: false }], '/bench/policy.json');
}

export function diagnosticsFor(text: string, policy: EffectivePolicy): DiagnosticSpec[] {
  const { findings } = checkConfigFile(parseConfigText(MCP_JSON, text), policy);
  return findings.map(diagnosticSpec);
}
