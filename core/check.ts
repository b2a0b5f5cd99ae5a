// The whole check: every config file found, every server evaluated, every problem a finding.
import { disabledProjectServers } from './clients/claude-settings';
import { discover, type ReadOptions } from './discovery';
import type { DiscoveryEnv } from './clients/types';
import { RULES, severityFor, type RuleInfo } from './findings/rules';
import type { ConfigFile, Finding, ParseProblem, ServerEntry, SourceRange } from './model';
import { evaluateEntry, type Verdict, type VerdictStatus } from './policy/evaluate';
import { loadEffectivePolicy, type EffectivePolicy } from './policy/load';
import type { PolicyProblem } from './policy/parse';

export interface CheckedServer {
  entry: ServerEntry;
  verdict: Verdict;
}

export interface CheckSummary {
  files: number;
  servers: number;
  approved: number;
  unapproved: number;
  errors: number;
  warnings: number;
  byStatus: Partial<Record<VerdictStatus, number>>;
  policy: { usable: boolean; mode: 'enforce' | 'warn'; version?: string; hash: string; sources: EffectivePolicy['sources'] };
}

export interface CheckResult {
  /** Files that exist (missing candidates are left out). */
  files: ConfigFile[];
  servers: CheckedServer[];
  findings: Finding[];
  policy: EffectivePolicy;
  summary: CheckSummary;
}

/** What a file's check needs from outside the file. */
export interface CheckContext {
  /** Claude Code project servers the developer rejected in a settings file (disabledMcpjsonServers). */
  disabledProjectServers: ReadonlySet<string>;
}

export function checkContextFor(env: DiscoveryEnv): CheckContext {
  return { disabledProjectServers: disabledProjectServers(env) };
}

export interface CheckOptions extends ReadOptions {
  env: DiscoveryEnv;
  policyPath?: string;
  /** An already-loaded policy (the editor keeps one); loaded from env otherwise. */
  policy?: EffectivePolicy;
}

export function runCheck(options: CheckOptions): CheckResult {
  const policy = options.policy ?? loadEffectivePolicy(options.env, options.policyPath !== undefined ? { explicitPath: options.policyPath } : {});
  const files = discover(options.env, options).filter((file) => file.status !== 'missing');
  const servers: CheckedServer[] = [];
  const findings: Finding[] = policyFindings(policy);
  const context = checkContextFor(options.env);
  for (const file of files) {
    const checked = checkConfigFile(file, policy, context);
    servers.push(...checked.servers);
    findings.push(...checked.findings);
  }
  return { files, servers, findings, policy, summary: summarise(files, servers, findings, policy) };
}

/** One file: used by runCheck and by the editor for each open or watched file. */
export function checkConfigFile(file: ConfigFile, policy: EffectivePolicy, context?: CheckContext): { findings: Finding[]; servers: CheckedServer[] } {
  const findings = fileFindings(file);
  const servers = file.servers.map((parsed) => {
    const entry = isRejectedProjectServer(parsed, context) ? { ...parsed, disabled: true } : parsed;
    return { entry, verdict: evaluateEntry(entry, policy) };
  });
  for (const { verdict } of servers) findings.push(...verdict.findings);
  return { findings: findings.sort(byPosition), servers };
}

function isRejectedProjectServer(entry: ServerEntry, context: CheckContext | undefined): boolean {
  return entry.client === 'claude-code' && entry.scope === 'project' && Boolean(context?.disabledProjectServers.has(entry.name));
}

const ZERO: SourceRange = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 }, offset: 0, length: 0 };

function fileFindings(file: ConfigFile): Finding[] {
  const of = (info: RuleInfo, problem: ParseProblem): Finding => ({
    ruleId: info.id,
    severity: info.severity,
    message: problem.message,
    file: file.path,
    range: problem.range ?? ZERO,
    client: file.client,
    scope: file.scope,
  });
  if (file.status === 'unreadable' || file.status === 'too-large') return [of(RULES.configUnreadable, file.error ?? { message: `${file.path} could not be read` })];
  // Entry problems become malformed-entry findings in evaluateEntry; here only what belongs to the file.
  return [...file.errors.map((e) => of(RULES.configSyntaxError, e)), ...file.problems.filter((p) => !p.server).map((p) => of(RULES.malformedEntry, p))];
}

function policyFindings(policy: EffectivePolicy): Finding[] {
  const toFinding = (problem: PolicyProblem, severity?: 'warning'): Finding => {
    const info = problem.ruleId === 'policy-missing' ? RULES.policyMissing : problem.ruleId === 'policy-layer-ignored' ? RULES.policyLayerIgnored : RULES.policyInvalid;
    return { ruleId: info.id, severity: severity ?? severityFor(info, policy.mode), message: problem.message, file: problem.file ?? '', range: problem.range ?? ZERO };
  };
  return [...policy.errors.map((p) => toFinding(p)), ...policy.warnings.map((p) => toFinding(p, 'warning'))];
}

function summarise(files: ConfigFile[], servers: CheckedServer[], findings: Finding[], policy: EffectivePolicy): CheckSummary {
  const byStatus: Partial<Record<VerdictStatus, number>> = {};
  for (const { verdict } of servers) byStatus[verdict.status] = (byStatus[verdict.status] ?? 0) + 1;
  const approved = byStatus.approved ?? 0;
  return {
    files: files.length,
    servers: servers.length,
    approved,
    unapproved: servers.length - approved,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    byStatus,
    policy: { usable: policy.usable, mode: policy.mode, ...(policy.version ? { version: policy.version } : {}), hash: policy.hash, sources: policy.sources },
  };
}

function byPosition(a: Finding, b: Finding): number {
  return a.range.offset - b.range.offset || a.ruleId.localeCompare(b.ruleId);
}
