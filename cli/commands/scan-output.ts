// How scan results print: one JSON object per tool for machines, grouped lines for people.
import { findingHash } from '../../core/scan/suppressions';
import type { ScanFinding, ToolScanResult } from '../../core/scan/types';
import type { Style } from '../style';

export function findingJson(finding: ScanFinding, toolId: string) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    confidence: finding.confidence,
    message: finding.message,
    evidence: finding.evidence,
    field: finding.field,
    hash: findingHash(finding, toolId),
  };
}

export function resultJson(result: ToolScanResult) {
  return {
    id: result.id,
    verdict: result.verdict,
    findings: result.findings.map((finding) => findingJson(finding, result.id)),
    ...(result.suppressed ? { suppressed: result.suppressed.map((finding) => findingJson(finding, result.id)) } : {}),
  };
}

/** The flagged tools with their warning and error findings; clean tools are only counted. */
export function renderResults(results: ToolScanResult[], style: Style, indent = ''): string[] {
  const lines: string[] = [];
  for (const result of results) {
    if (result.verdict === 'clean') continue;
    const verdict = result.verdict === 'malicious' ? style.red('malicious ') : style.yellow('suspicious');
    lines.push(`${indent}${verdict} ${style.bold(result.id)}`);
    for (const finding of result.findings.filter((f) => f.severity !== 'info')) {
      lines.push(`${indent}  ${finding.message} ${style.dim(`[${finding.ruleId} ${finding.confidence}]`)}`);
      lines.push(`${indent}    ${style.dim(`${finding.field}:`)} ${finding.evidence}`);
    }
  }
  return lines;
}

export function countVerdicts(results: ToolScanResult[]): string {
  const count = (verdict: string) => results.filter((result) => result.verdict === verdict).length;
  return `${results.length} scanned: ${count('malicious')} malicious, ${count('suspicious')} suspicious, ${count('clean')} clean`;
}
