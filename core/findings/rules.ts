// Stable rule ids. Each has a page in docs/rules/<id>.md; never rename one (suppressions and SARIF refer to them).
import type { Severity } from '../model';

export interface RuleInfo {
  id: string;
  title: string;
  /** Severity in enforce mode; warn mode lowers policy verdicts to warnings. */
  severity: Severity;
  /** A verdict of the policy (lowered in warn mode) rather than a fact about the file. */
  policyVerdict: boolean;
}

const rule = (id: string, title: string, severity: Severity, policyVerdict: boolean): RuleInfo => ({ id, title, severity, policyVerdict });

export const RULES = {
  unapprovedServer: rule('unapproved-server', 'MCP server is not on the approved list', 'error', true),
  deniedServer: rule('denied-server', 'MCP server is explicitly denied by policy', 'error', true),
  impersonation: rule('impersonation', "Server uses an approved server's name but is something else", 'error', true),
  unpinnedLaunch: rule('unpinned-launch', 'Server launches an unpinned package or image', 'error', true),
  pinMismatch: rule('pin-mismatch', 'Server version differs from the approved pin', 'error', true),
  insecureTransport: rule('insecure-transport', 'Remote server over plain http:// to a non-loopback host', 'error', false),
  plaintextCredential: rule('plaintext-credential', 'Credential written in plain text in an MCP config', 'error', false),
  malformedEntry: rule('malformed-entry', 'Server entry is malformed', 'error', false),
  configSyntaxError: rule('config-syntax-error', 'MCP config file cannot be parsed', 'error', false),
  configUnreadable: rule('config-unreadable', 'MCP config file could not be read', 'warning', false),
  policyMissing: rule('policy-missing', 'No usable MCP Warden policy', 'error', false),
  policyInvalid: rule('policy-invalid', 'Policy file is invalid', 'error', false),
  policyNoScope: rule('policy-no-scope', 'Approved server has no documented credential scope', 'warning', false),
  policyReviewFuture: rule('policy-review-future', 'Approval review date is in the future', 'warning', false),
  policyReviewStale: rule('policy-review-stale', 'Approval review is older than the policy allows', 'warning', false),
  policyOverlap: rule('policy-overlap', 'Two approvals match the same servers', 'warning', false),
  policyDenyShadowsAllow: rule('policy-deny-shadows-allow', 'A denial makes an approval unreachable', 'warning', false),
  policyUnpinnedApproval: rule('policy-unpinned-approval', 'Approval does not pin a version or digest', 'warning', false),
  policyLayerIgnored: rule('policy-layer-ignored', 'A lower policy layer tried to loosen the base policy', 'warning', false),
} as const;

export const ALL_RULES: readonly RuleInfo[] = Object.values(RULES);

export function severityFor(info: RuleInfo, mode: 'enforce' | 'warn'): Severity {
  return info.policyVerdict && mode === 'warn' && info.severity === 'error' ? 'warning' : info.severity;
}
