// The human report of `check`: findings grouped by file, most severe first, one summary line at the end.
import * as os from 'node:os';
import type { CheckResult } from '../core/check';
import type { Finding } from '../core/model';
import type { Style } from './style';

export function renderCheckReport(result: CheckResult, style: Style): string {
  const lines: string[] = [];
  const byFile = groupByFile(result.findings);
  for (const [file, findings] of byFile) {
    lines.push(style.bold(file ? displayPath(file) : 'policy'));
    for (const f of findings) {
      const where = file ? `${f.range.start.line + 1}:${f.range.start.character + 1}` : '-';
      const severity = f.severity === 'error' ? style.red('error  ') : f.severity === 'warning' ? style.yellow('warning') : style.dim('info   ');
      const server = f.server ? `${f.server}: ` : '';
      lines.push(`  ${where.padEnd(8)} ${severity} ${server}${f.message} ${style.dim(`[${f.ruleId}]`)}`);
      const fix = f.fixes?.find((x) => x.kind !== 'request-approval');
      if (fix) lines.push(`  ${''.padEnd(8)} ${style.dim(`fix: ${fix.title}`)}`);
    }
    lines.push('');
  }
  lines.push(summaryLine(result, style));
  return `${lines.join('\n')}\n`;
}

function summaryLine(result: CheckResult, style: Style): string {
  const s = result.summary;
  const policy = s.policy.usable ? `policy ${s.policy.version ?? ''} (${s.policy.mode})`.replace('  ', ' ') : style.red('NO USABLE POLICY');
  const counts = `${s.servers} servers in ${s.files} files: ${s.approved} approved, ${s.unapproved} not approved; ${s.errors} errors, ${s.warnings} warnings`;
  const verdict = s.errors ? style.red('✗') : style.green('✓');
  return `${verdict} ${counts} · ${policy}`;
}

function groupByFile(findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  const rank = { error: 0, warning: 1, info: 2 };
  for (const f of [...findings].sort((a, b) => a.file.localeCompare(b.file) || a.range.offset - b.range.offset || rank[a.severity] - rank[b.severity])) {
    groups.set(f.file, [...(groups.get(f.file) ?? []), f]);
  }
  return groups;
}

export function displayPath(file: string): string {
  const home = os.homedir();
  return file.startsWith(home + '/') ? `~${file.slice(home.length)}` : file;
}
