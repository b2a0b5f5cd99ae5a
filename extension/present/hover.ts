// The hover card for one server entry: the verdict and why; for an approved server its policy
// entry and documented scope; for an unapproved one the nearest approved alternative.
import type { CheckedServer } from '../../core/check';
import { describeIdentity } from '../../core/identity/index';
import type { Finding } from '../../core/model';
import type { ApprovedServer } from '../../policy-schema/schema';
import { credentialLabel, describeDuration, statusLabel } from './labels';
import { describeMatch } from './match';

export interface PolicyFacts {
  usable: boolean;
  mode: 'enforce' | 'warn';
  version?: string;
  organization?: string;
}

export interface HoverLinks {
  /** Where a rule's documentation page opens. */
  rule(ruleId: string): string;
  /** Command link that copies the approval request; undefined when none is offered. */
  approvalRequest?: string;
}

export interface HoverInput {
  server: CheckedServer;
  /** Every finding of this server in its file (the verdict's and the others). */
  findings: readonly Finding[];
  policy: PolicyFacts;
  links: HoverLinks;
}

export function hoverMarkdown({ server, findings, policy, links }: HoverInput): string {
  const { entry, verdict } = server;
  const label = statusLabel(verdict.status);
  const identity = describeIdentity(verdict.identity);
  const sections = [
    `**MCP Warden** · $(${label.icon}) ${label.title} — \`${escapeCode(entry.name)}\``,
    // The reason is already the message of the diagnostic on this key, which the editor shows above.
    label.approved || findings.some((f) => f.message === verdict.reason) ? '' : escapeText(verdict.reason),
    // Most reasons already say what the server runs; say it when they do not.
    verdict.reason.includes(identity) ? '' : `Runs: ${escapeText(identity)}`,
    verdict.policyEntry ? approvedSection(verdict.policyEntry) : '',
    !label.approved && verdict.nearest ? nearestSection(verdict.nearest) : '',
    !label.approved && links.approvalRequest ? `[$(copy) Copy approval request](${links.approvalRequest})` : '',
    otherFindings(findings, verdict.reason, links),
    policyLine(policy),
  ];
  return sections.filter(Boolean).join('\n\n');
}

function approvedSection(approved: ApprovedServer): string {
  const facts = [
    `- Policy id: \`${escapeCode(approved.id)}\`${approved.name ? ` (${escapeText(approved.name)})` : ''}`,
    approved.owner ? `- Owner: ${escapeMarkdown(approved.owner)}` : '- Owner: not documented',
    approved.reviewed ? `- Reviewed: ${approved.reviewed}` : '- Reviewed: never',
    approved.ticket ? `- Approval record: ${escapeText(approved.ticket)}` : '',
  ];
  return [facts.filter(Boolean).join('\n'), scopeSection(approved), toolsSection(approved)].filter(Boolean).join('\n\n');
}

function scopeSection({ scope }: ApprovedServer): string {
  if (!scope) return '**Scope:** not documented — ask the owner to add it to the policy.';
  const lines = [
    `- Credential: ${credentialLabel(scope.credential)}`,
    `- Scopes: ${scope.scopes?.length ? scope.scopes.map((s) => `\`${escapeCode(s)}\``).join(', ') : 'none listed'}`,
    `- Maximum lifetime: ${scope.maxLifetime ? `${describeDuration(scope.maxLifetime)} (${scope.maxLifetime})` : 'not limited'}`,
    `- Revocation: ${scope.revocation ? escapeText(scope.revocation) : 'not documented'}`,
    `- Read-only: ${scope.readOnly === undefined ? 'not stated' : scope.readOnly ? 'yes' : 'no'}`,
    scope.storage ? `- Storage: ${escapeText(scope.storage)}` : '',
  ];
  return `**Scope**\n${lines.filter(Boolean).join('\n')}`;
}

function toolsSection({ tools }: ApprovedServer): string {
  const list = (names: string[] | undefined) => (names?.length ? names.map((n) => `\`${escapeCode(n)}\``).join(', ') : undefined);
  const lines = [
    `- Allowed: ${list(tools?.allow) ?? 'every tool not denied'}`,
    list(tools?.deny) ? `- Denied: ${list(tools?.deny)}` : '',
    list(tools?.ask) ? `- Ask first: ${list(tools?.ask)}` : '',
  ];
  return `**Tools**\n${lines.filter(Boolean).join('\n')}`;
}

function nearestSection(nearest: ApprovedServer): string {
  const owner = nearest.owner ? ` · owner: ${escapeMarkdown(nearest.owner)}` : '';
  return `**Nearest approved alternative:** \`${escapeCode(nearest.id)}\` — ${escapeText(describeMatch(nearest.match))}${owner}`;
}

/** Findings beyond the verdict itself (a plaintext credential, plain http, …). */
function otherFindings(findings: readonly Finding[], reason: string, links: HoverLinks): string {
  const lines = findings.filter((f) => f.message !== reason).map((f) => `- [${f.ruleId}](${links.rule(f.ruleId)}): ${escapeText(f.message)}`);
  return lines.length ? `**Also**\n${lines.join('\n')}` : '';
}

function policyLine(policy: PolicyFacts): string {
  if (!policy.usable) return '_No usable policy: nothing can be approved until one is configured._';
  const who = policy.organization ? `${escapeText(policy.organization)} policy` : 'Policy';
  return `_${who}${policy.version ? ` ${escapeText(policy.version)}` : ''} · ${policy.mode} mode_`;
}

/**
 * Markdown-significant characters in text that comes from config files. "@" becomes an entity so
 * package specs such as pkg@1.0.0 are not turned into e-mail links.
 */
function escapeText(text: string): string {
  return escapeMarkdown(text).replace(/@/g, '&#64;');
}

/** Owners are often e-mail addresses: a mail link to one is useful, so they skip the "@" escape. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>]/g, (c) => `\\${c}`).replace(/\$\(/g, '\\$(');
}

function escapeCode(text: string): string {
  return text.replace(/`/g, "'");
}
