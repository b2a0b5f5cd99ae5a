// A finding as the editor shows it: the pure half of diagnostics, so it can be measured alone.
import type { Finding, Severity } from '../../core/model';

export const DIAGNOSTIC_SOURCE = 'MCP Warden';

export interface DiagnosticSpec {
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
  message: string;
  severity: Severity;
  ruleId: string;
}

export function diagnosticSpec(finding: Finding): DiagnosticSpec {
  const { start, end } = finding.range;
  return { startLine: start.line, startCharacter: start.character, endLine: end.line, endCharacter: end.character, message: finding.message, severity: finding.severity, ruleId: finding.ruleId };
}

/** Does an editor diagnostic (as handed back to a code-action provider) show this finding? */
export function showsFinding(spec: DiagnosticSpec, finding: Finding): boolean {
  const other = diagnosticSpec(finding);
  return spec.ruleId === other.ruleId && spec.message === other.message && spec.startLine === other.startLine && spec.startCharacter === other.startCharacter;
}
