// The policy's own problems, as findings on the policy files (so editing the policy shows them),
// plus the one-line reason when there is no policy file at all.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding, SourceRange } from '../../core/model';
import { lintPolicy } from '../../core/policy/lint';
import type { PolicyProblem } from '../../core/policy/parse';
import type { CheckScope } from './scopes';

const START: SourceRange = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 }, offset: 0, length: 0 };

export interface PolicyReport {
  byFile: Map<string, Finding[]>;
  /** Set when no policy applies anywhere; undefined when one does. */
  missing?: string;
}

export function policyReport(scopes: readonly CheckScope[], readText: (file: string) => string | undefined): PolicyReport {
  const byFile = new Map<string, Finding[]>();
  const add = (finding: Finding) => {
    const file = path.resolve(finding.file);
    const list = byFile.get(file) ?? [];
    if (!list.some((f) => f.ruleId === finding.ruleId && f.message === finding.message && f.range.offset === finding.range.offset)) list.push(finding);
    byFile.set(file, list);
  };
  for (const scope of scopes) {
    for (const source of scope.policy.sources) {
      const text = readText(source.path);
      if (text !== undefined) for (const problem of lintPolicy(text, source.path, new Date(), source.role)) add(toFinding(problem, problem.severity));
      else byFile.set(path.resolve(source.path), byFile.get(path.resolve(source.path)) ?? []);
    }
    for (const problem of [...scope.policy.errors, ...scope.policy.warnings]) {
      if (problem.file && problem.ruleId !== 'policy-missing') add(toFinding(problem, scope.policy.errors.includes(problem) ? 'error' : 'warning'));
    }
  }
  const missing = scopes.map((scope) => scope.policy).find((policy) => !policy.usable && policy.errors.some((e) => e.ruleId === 'policy-missing'));
  return { byFile, ...(missing ? { missing: missing.errors.find((e) => e.ruleId === 'policy-missing')!.message } : {}) };
}

function toFinding(problem: PolicyProblem, severity: 'error' | 'warning'): Finding {
  return { ruleId: problem.ruleId, severity, message: problem.message, file: problem.file ?? '', range: problem.range ?? START };
}

export function readDiskText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
