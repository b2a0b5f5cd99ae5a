// The one verdict function. The editor, the hooks and the CLI all call this, so they cannot disagree.
import type { ApprovedServer, DeniedServer, ServerMatch } from '../../policy-schema/schema';
import { RULES, severityFor, type RuleInfo } from '../findings/rules';
import { describeIdentity, identityOf, type Identity } from '../identity/index';
import { isLoopbackHost } from '../identity/url';
import type { Finding, Fix, ServerEntry, SourceRange } from '../model';
import { credentialsInEntry } from './entry-credentials';
import type { EffectivePolicy } from './load';
import { approvedLaunch, broadenDenial, matchServer, type MatchResult } from './match';
import { namesOf } from './names';
import { approvalSnippet } from './snippet';

export type VerdictStatus = 'approved' | 'not-approved' | 'denied' | 'impersonation' | 'unpinned' | 'pin-mismatch' | 'malformed' | 'no-policy';

export interface Verdict {
  status: VerdictStatus;
  /** One sentence a developer can act on. */
  reason: string;
  identity: Identity;
  policyEntry?: ApprovedServer;
  deniedBy?: DeniedServer;
  /** For servers that are not approved: the closest approved server by package or name. */
  nearest?: ApprovedServer;
  findings: Finding[];
}

/** The verdict without its findings: what the hook needs on every tool call, at a fraction of the cost. */
export function verdictFor(entry: ServerEntry, policy: EffectivePolicy): Omit<Verdict, 'findings'> {
  const identity = identityOf(entry);
  return { ...decide(entry, identity, policy), identity };
}

/** The verdict and every finding the editor and the CLI show for it. */
export function evaluateEntry(entry: ServerEntry, policy: EffectivePolicy): Verdict {
  const verdict = verdictFor(entry, policy);
  const { identity } = verdict;
  const findings = [...malformedFindings(entry), ...verdictFindings(entry, identity, verdict, policy), ...transportFindings(entry, identity, policy), ...credentialFindings(entry, policy)];
  return { ...verdict, findings };
}

type Decision = Omit<Verdict, 'identity' | 'findings'>;

function decide(entry: ServerEntry, identity: Identity, policy: EffectivePolicy): Decision {
  if (identity.kind === 'unknown') return { status: 'malformed', reason: `"${entry.name}" cannot be identified: ${identity.reason}` };
  if (!policy.usable) return { status: 'no-policy', reason: `"${entry.name}" cannot be approved: ${policy.errors[0]?.message ?? 'there is no usable policy'}` };
  const subject = { identity };
  const deniedBy = policy.denied.find((d) => (d.match && denialHits(d.match, subject)) || (d.name !== undefined && d.name.toLowerCase() === entry.name.toLowerCase()));
  if (deniedBy) return { status: 'denied', reason: `"${entry.name}" is denied by policy: ${deniedBy.reason}`, deniedBy };
  const results = policy.servers.map((server) => ({ server, result: matchServer(server.match, subject) }));
  const approved = results.find((r) => r.result === 'match');
  if (approved) return { status: 'approved', reason: `"${entry.name}" is approved as "${approved.server.id}"`, policyEntry: approved.server };
  return notApproved(entry, identity, results, policy);
}

function denialHits(match: ServerMatch, subject: { identity: Identity }): boolean {
  return matchServer(broadenDenial(match), subject) === 'match';
}

function notApproved(entry: ServerEntry, identity: Identity, results: Array<{ server: ApprovedServer; result: MatchResult }>, policy: EffectivePolicy): Decision {
  const sameThing = results.find((r) => r.result === 'version-differs' || r.result === 'args-differ');
  const byName = policy.servers.find((s) => namesOf(s).includes(entry.name.toLowerCase()));
  const what = describeIdentity(identity);
  if (sameThing?.result === 'version-differs') {
    const pinned = 'version' in sameThing.server.match ? sameThing.server.match.version : 'digest' in sameThing.server.match ? sameThing.server.match.digest : undefined;
    const unpinned = (identity.kind === 'package' || identity.kind === 'image') && !identity.pinned;
    return unpinned
      ? { status: 'unpinned', reason: `"${entry.name}" launches ${what} without a pinned version; "${sameThing.server.id}" is approved only at ${pinned}`, nearest: sameThing.server }
      : { status: 'pin-mismatch', reason: `"${entry.name}" runs ${what}, but "${sameThing.server.id}" is approved only at ${pinned}`, nearest: sameThing.server };
  }
  if (sameThing) return { status: 'not-approved', reason: `"${entry.name}" runs ${what} with arguments that "${sameThing.server.id}" does not approve`, nearest: sameThing.server };
  if (byName) return { status: 'impersonation', reason: `"${entry.name}" uses the name of approved server "${byName.id}" but runs ${what}, which is not what was approved`, nearest: byName };
  return { status: 'not-approved', reason: `"${entry.name}" (${what}) is not on the approved list of ${policy.organization ?? 'your organisation'}'s policy`, ...nearestByName(entry, policy) };
}

/** A loose name hint for the hover ("did you mean …"); never used for a verdict. */
function nearestByName(entry: ServerEntry, policy: EffectivePolicy): { nearest?: ApprovedServer } {
  const wanted = entry.name.toLowerCase().replace(/[^a-z0-9]/g, '');
  const hit = policy.servers.find((s) => namesOf(s).some((n) => {
    const name = n.replace(/[^a-z0-9]/g, '');
    return name.length >= 3 && (wanted.includes(name) || name.includes(wanted));
  }));
  return hit ? { nearest: hit } : {};
}

function malformedFindings(entry: ServerEntry): Finding[] {
  return entry.problems.map((problem) => finding(RULES.malformedEntry, 'enforce', entry, problem.message, problem.range ?? entry.nameRange));
}

const STATUS_RULES: Partial<Record<VerdictStatus, RuleInfo>> = {
  'not-approved': RULES.unapprovedServer,
  'no-policy': RULES.unapprovedServer,
  denied: RULES.deniedServer,
  impersonation: RULES.impersonation,
  unpinned: RULES.unpinnedLaunch,
  'pin-mismatch': RULES.pinMismatch,
};

function verdictFindings(entry: ServerEntry, identity: Identity, decision: Decision, policy: EffectivePolicy): Finding[] {
  if (decision.status === 'malformed' && entry.problems.length === 0) return [finding(RULES.malformedEntry, policy.mode, entry, decision.reason, entry.nameRange)];
  const info = STATUS_RULES[decision.status];
  if (!info) return [];
  const fixes = fixesFor(entry, identity, decision);
  // A disabled server does not run: still shown (one edit re-enables it) but it fails nothing.
  const mode = entry.disabled ? 'disabled' : policy.mode;
  const reason = entry.disabled ? `${decision.reason} (disabled, so it does not run; remove it or get it approved before enabling it)` : decision.reason;
  const result = [finding(info, mode, entry, reason, entry.nameRange, entry.disabled ? fixes.filter((f) => f.kind !== 'disable-project-server') : fixes, decision.nearest?.id)];
  if (decision.status === 'not-approved' && (identity.kind === 'package' || identity.kind === 'image') && !identity.pinned) {
    const unpinned = `"${entry.name}" launches ${describeIdentity(identity)} without a pinned version: what runs can change at any time`;
    result.push(finding(RULES.unpinnedLaunch, mode, entry, entry.disabled ? `${unpinned} (disabled, so it does not run)` : unpinned, launchRange(entry, identity)));
  }
  return result;
}

function fixesFor(entry: ServerEntry, identity: Identity, decision: Decision): Fix[] {
  const fixes: Fix[] = [{ kind: 'remove-entry', title: `Remove "${entry.name}"` }];
  if (decision.nearest && (decision.status === 'unpinned' || decision.status === 'pin-mismatch')) {
    const launch = approvedLaunch(decision.nearest.match, identity, entry);
    if (launch) fixes.unshift({ kind: 'replace-launch', title: `Use the approved "${decision.nearest.id}" launch`, data: { ...launch } });
  }
  if (entry.client === 'claude-code' && entry.scope === 'project') fixes.push({ kind: 'disable-project-server', title: `Disable "${entry.name}" for yourself (disabledMcpjsonServers)` });
  if (decision.status !== 'denied') fixes.push({ kind: 'request-approval', title: 'Copy an approval request for the policy repository', data: { snippet: approvalSnippet(entry, identity) } });
  return fixes;
}

function transportFindings(entry: ServerEntry, identity: Identity, policy: EffectivePolicy): Finding[] {
  if (identity.kind !== 'url' || (identity.scheme !== 'http' && identity.scheme !== 'ws') || isLoopbackHost(identity.host)) return [];
  const message = `"${entry.name}" connects to ${identity.host} over unencrypted ${identity.scheme}://: tokens and tool results can be read or changed on the network; use ${identity.scheme}s://`;
  return [finding(RULES.insecureTransport, policy.mode, entry, message, entry.valueRanges.url ?? entry.nameRange)];
}

function credentialFindings(entry: ServerEntry, policy: EffectivePolicy): Finding[] {
  return credentialsInEntry(entry).map((c) =>
    finding(RULES.plaintextCredential, policy.mode, entry, `${c.label} is written in plain text in "${entry.name}" (${c.path}); anyone who can read this file can use it — move it to an environment variable and rotate it`, c.range, [
      { kind: 'move-credential', title: `Move the credential to \${${c.suggestedVariable}}`, data: { path: c.path, variable: c.suggestedVariable } },
    ]),
  );
}

/** The package or image argument of an unpinned launch: where the version belongs. */
function launchRange(entry: ServerEntry, identity: Identity): SourceRange {
  if (identity.kind === 'package' || identity.kind === 'image') {
    const index = (entry.args ?? []).findIndex((arg) => arg.toLowerCase().includes(identity.name));
    const range = index >= 0 ? entry.valueRanges[`args.${index}`] : undefined;
    if (range) return range;
  }
  return entry.valueRanges.command ?? entry.nameRange;
}

function finding(info: RuleInfo, mode: 'enforce' | 'warn' | 'disabled', entry: ServerEntry, message: string, range: SourceRange, fixes?: Fix[], policyId?: string): Finding {
  return {
    ruleId: info.id,
    severity: mode === 'disabled' && info.policyVerdict ? 'info' : severityFor(info, mode === 'disabled' ? 'enforce' : mode),
    message,
    file: entry.file,
    range,
    server: entry.name,
    client: entry.client,
    scope: entry.scope,
    ...(policyId ? { policyId } : {}),
    ...(fixes?.length ? { fixes } : {}),
  };
}
