// The pre-call decision: payload + policy + the config entries the call may belong to → allow,
// ask or deny, with a reason for the log and a message the agent can act on. Pure: the hook,
// the CLI and the editor can all ask it the same question.
import type { ApprovedServer } from '../../policy-schema/schema';
import type { DecisionAction } from '../audit/event';
import { identityKey } from '../identity/index';
import type { ServerEntry } from '../model';
import { verdictFor, type Verdict } from '../policy/evaluate';
import type { EffectivePolicy } from '../policy/load';
import { checkArguments, type RuleHit } from './arguments';
import { agentMessage, oneLine } from './messages';
import { checkPins, type PinOutcome, type PinSource } from './pins';
import { checkToolLists } from './tools';

export interface ServerResolution {
  /** The server name as the client shows it (config name, or the tool-name prefix when unresolved). */
  serverName: string;
  tool: string;
  /** Every config entry the call may belong to; more than one means we cannot tell which one runs. */
  candidates: ServerEntry[];
  /** Why no candidate was found, in words for the reason. */
  unresolvedBecause?: string;
}

export interface Decision {
  action: DecisionAction;
  rule: string;
  /** One line for the log and the user. */
  reason: string;
  /** What the agent is told. */
  agentMessage: string;
  verdict?: Omit<Verdict, 'findings'>;
  entry?: ServerEntry;
  approval?: ApprovedServer;
  /** In warn mode, what enforce mode would have decided. */
  wouldBe?: DecisionAction;
  /** Shown to the user on a call that runs anyway (tool pins in `warn`). */
  warning?: string;
}

export interface DecideInput {
  toolInput: unknown;
  resolution: ServerResolution;
  policy: EffectivePolicy;
  home: string;
  cwd?: string;
  protectedPaths?: string[];
  /** The project's mcp-lock.json, when it has one (core/hooks/pins.ts). */
  pins?: PinSource;
}

const SEVERITY: Record<DecisionAction, number> = { allow: 0, ask: 1, deny: 2 };

export function decidePreToolUse(input: DecideInput): Decision {
  const { policy, resolution } = input;
  if (!policy.usable) return blocked('no-policy', `no usable MCP Warden policy: ${policy.errors[0]?.message ?? 'the policy could not be loaded'}`, resolution);
  const { approved, ...server } = serverDecision(input);
  if (server.action !== 'allow') return inMode(server, policy);
  const pins = pinOutcome(approved ?? [], resolution, input.pins);
  const pinHits: RuleHit[] = pins?.effect === 'refuse' ? [{ rule: pins.rule!, action: 'deny', reason: pins.reason }] : [];
  const hits = [...pinHits, ...(server.approval ? checkToolLists(resolution.tool, server.approval) : []), ...checkArguments(input.toolInput, argumentContext(input, server.approval))];
  return inMode(withPinNote(strongest(server, hits, resolution), pins), policy);
}

/** The worst pin outcome over every candidate entry (all of them approved). */
function pinOutcome(approved: Array<{ entry: ServerEntry; verdict: Omit<Verdict, 'findings'> }>, resolution: ServerResolution, source: PinSource | undefined): PinOutcome | undefined {
  const rank = { ok: 0, warn: 1, refuse: 2 } as const;
  let worst: PinOutcome | undefined;
  for (const { verdict } of approved) {
    const outcome = checkPins(verdict.policyEntry, identityKey(verdict.identity), resolution.serverName, source);
    if (outcome && (!worst || rank[outcome.effect] > rank[worst.effect])) worst = outcome;
  }
  return worst;
}

/** A call that runs records its pin status in the reason; a warning names the rule it would have broken. */
function withPinNote(decision: Decision, pins: PinOutcome | undefined): Decision {
  if (!pins || pins.effect === 'refuse') return decision;
  if (pins.effect === 'ok') return decision.rule === 'approved' ? { ...decision, reason: oneLine(`${decision.reason}; ${pins.reason}`) } : decision;
  const warning = oneLine(pins.reason);
  if (decision.rule !== 'approved') return { ...decision, warning };
  return { ...decision, rule: `${pins.rule} (${pins.wouldRefuse ? 'toolPins warn: would deny' : 'warning'})`, reason: warning, warning };
}

function serverDecision(input: DecideInput): Decision & { approved?: Array<{ entry: ServerEntry; verdict: Omit<Verdict, 'findings'> }> } {
  const { resolution, policy } = input;
  if (!resolution.candidates.length) {
    return blocked('server-unknown', `the MCP server "${resolution.serverName}" is not declared in any configuration MCP Warden can read${resolution.unresolvedBecause ? ` (${resolution.unresolvedBecause})` : ''}, so its identity cannot be checked`, resolution);
  }
  const evaluated = resolution.candidates.map((entry) => ({ entry, verdict: verdictFor(entry, policy) }));
  const refused = evaluated.find((e) => e.verdict.status !== 'approved');
  if (refused) {
    const ambiguity = evaluated.length > 1 ? ` (the tool name matches ${evaluated.length} configured servers and every one must be approved)` : '';
    return { ...blocked(`server-${refused.verdict.status}`, `${refused.verdict.reason}${ambiguity}`, resolution), verdict: refused.verdict, entry: refused.entry };
  }
  const chosen = evaluated[0]!;
  return { action: 'allow', rule: 'approved', reason: chosen.verdict.reason, agentMessage: '', verdict: chosen.verdict, entry: chosen.entry, approval: chosen.verdict.policyEntry, approved: evaluated };
}

function argumentContext(input: DecideInput, approval: ApprovedServer | undefined) {
  return { rules: input.policy.argumentRules, policyId: approval?.id, home: input.home, cwd: input.cwd, protectedPaths: input.protectedPaths };
}

function strongest(server: Decision, hits: RuleHit[], resolution: ServerResolution): Decision {
  const worst = hits.reduce<RuleHit | undefined>((best, hit) => (!best || SEVERITY[hit.action] > SEVERITY[best.action] ? hit : best), undefined);
  if (!worst) return server;
  const others = hits.filter((h) => h.action === worst.action).length - 1;
  const reason = oneLine(`${worst.reason}${others > 0 ? ` (and ${others} more)` : ''}`);
  return { ...server, action: worst.action, rule: worst.rule, reason, agentMessage: agentMessage(worst.action, worst.rule, reason, resolution) };
}

function blocked(rule: string, reason: string, resolution: ServerResolution): Decision {
  const line = oneLine(reason);
  return { action: 'deny', rule, reason: line, agentMessage: agentMessage('deny', rule, line, resolution) };
}

/** Warn mode reports what enforce mode would do and lets the call through. */
function inMode(decision: Decision, policy: EffectivePolicy): Decision {
  if (decision.action === 'allow' || policy.mode === 'enforce' || !policy.usable) return decision;
  return { ...decision, action: 'allow', wouldBe: decision.action, agentMessage: '' };
}

/** The decision for a failure inside the hook itself: always a block, with the reason in one line. */
export function internalFailure(reason: string, rule = 'internal-error'): Decision {
  const line = oneLine(reason);
  return { action: 'deny', rule, reason: line, agentMessage: agentMessage('deny', rule, line, undefined) };
}
