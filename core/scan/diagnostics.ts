// Scan results and drift as ordinary findings on the server's entry in its config file: what the
// editor shows as diagnostics (evidence in the message, so the hover carries it) and SARIF reports.
import type { Finding, ServerEntry } from '../model';
import { describeDrift, type Drift } from './drift';
import { RULES } from './rules';
import type { ServerScanResult } from './run-scan';
import type { ToolScanResult } from './types';

/** One finding per scan finding at warning or error level, placed on the server's name. */
export function scanDiagnostics(entry: ServerEntry, results: readonly ToolScanResult[]): Finding[] {
  const findings: Finding[] = [];
  for (const result of results) {
    for (const finding of result.findings) {
      if (finding.severity === 'info') continue;
      findings.push({
        ...anchor(entry),
        ruleId: finding.ruleId,
        severity: finding.severity,
        message: `${result.id}: ${finding.message} (${finding.field}, confidence ${finding.confidence}) — evidence: ${finding.evidence}`,
      });
    }
  }
  return findings;
}

/** Structural drift is an error, cosmetic drift a warning, a server missing from the lock a warning. */
export function driftDiagnostics(entry: ServerEntry, drift: Drift | undefined): Finding[] {
  if (!drift || drift.status === 'unchanged') return [];
  if (drift.status === 'unlocked') return [{ ...anchor(entry), ruleId: RULES.unpinned, severity: 'warning', message: `${entry.name} is not in mcp-lock.json; run mcp-warden lock after reviewing its tools` }];
  const structural = drift.kind === 'structural';
  return [{ ...anchor(entry), ruleId: structural ? RULES.driftStructural : RULES.driftCosmetic, severity: structural ? 'error' : 'warning', message: `${entry.name}: ${describeDrift(drift)}; review the change, then re-approve with mcp-warden lock` }];
}

export function serverDiagnostics(server: ServerScanResult): Finding[] {
  return [...scanDiagnostics(server.entry, server.results), ...driftDiagnostics(server.entry, server.drift)];
}

function anchor(entry: ServerEntry): Pick<Finding, 'file' | 'range' | 'server' | 'client' | 'scope'> {
  return { file: entry.file, range: entry.nameRange, server: entry.name, client: entry.client, scope: entry.scope };
}
