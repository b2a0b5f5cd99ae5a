// Builds the audit events of one hook call. Every free-text field goes through the same
// credential recognisers as config checks, and arguments are redacted structurally.
import { createEvent, type AuditEvent, type AuditEventKind, type EventFields, type HookClient } from '../core/audit/event';
import type { Decision, ServerResolution } from '../core/hooks/decide';
import type { ResponseFinding } from '../core/hooks/response';
import type { ToolCall } from '../core/hooks/payload';
import { identityKey } from '../core/identity/index';
import type { EffectivePolicy } from '../core/policy/load';
import { redactText, redactValue } from '../core/secrets/index';
import type { HookRuntime } from './runtime';

export interface EventContext {
  rt: HookRuntime;
  /** The client named on the command line, for input too broken to say. */
  client?: HookClient;
  call?: ToolCall;
  policy?: EffectivePolicy;
  resolution?: ServerResolution;
}

export function decisionEvent(ctx: EventContext, decision: Decision): AuditEvent {
  const entry = decision.entry ?? ctx.resolution?.candidates[0];
  return build('decision', ctx, {
    ...(ctx.call ? { 'gen_ai.tool.call.arguments': redactValue(ctx.call.toolInput) } : {}),
    'mcp_warden.server.scope': entry?.scope,
    'mcp_warden.server.config': entry?.file,
    'mcp_warden.server.identity': decision.verdict ? redactText(identityKey(decision.verdict.identity)) : undefined,
    'mcp_warden.verdict': decision.verdict?.status,
    'mcp_warden.decision': decision.action,
    'mcp_warden.decision.rule': decision.wouldBe ? `${decision.rule} (warn mode: would ${decision.wouldBe})` : decision.rule,
    'mcp_warden.decision.reason': redactText(decision.warning && decision.warning !== decision.reason ? `${decision.reason} (tool pins: ${decision.warning})` : decision.reason),
    'mcp_warden.approval.id': decision.approval?.id,
    'mcp_warden.approval.owner': decision.approval?.owner,
    'mcp_warden.approval.reviewed': decision.approval?.reviewed,
  });
}

export function resultEvent(ctx: EventContext, resultBytes: number): AuditEvent {
  const call = ctx.call!;
  const kind: AuditEventKind = call.phase === 'failure' ? 'failure' : 'result';
  return build(kind, ctx, {
    'mcp_warden.outcome': call.phase === 'failure' ? (call.interrupted ? 'interrupted' : 'error') : 'success',
    'mcp_warden.duration_ms': call.durationMs,
    'mcp_warden.result.bytes': call.phase === 'failure' ? undefined : resultBytes,
    'error.type': call.phase === 'failure' ? (call.interrupted ? 'interrupted' : 'tool_error') : undefined,
    'error.message': call.error !== undefined ? redactText(call.error) : undefined,
  });
}

export function alertEvent(ctx: EventContext, finding: ResponseFinding, blocked: boolean): AuditEvent {
  return build('alert', ctx, {
    'mcp_warden.alert.rule': finding.rule,
    'mcp_warden.alert.severity': finding.severity,
    'mcp_warden.alert.detail': redactText(finding.detail),
    'mcp_warden.outcome': blocked ? 'blocked' : undefined,
  });
}

function build(kind: AuditEventKind, ctx: EventContext, fields: Partial<EventFields>): AuditEvent {
  const { call, policy, resolution, rt } = ctx;
  const principal = call?.userEmail ? { ...rt.principal, email: call.userEmail } : rt.principal;
  return createEvent(kind, principal, {
    'mcp_warden.client': call?.client ?? ctx.client ?? 'unknown',
    'session.id': call?.sessionId,
    'gen_ai.tool.name': resolution?.tool ?? call?.toolName,
    'gen_ai.tool.call.id': call?.toolUseId,
    'mcp.server.name': resolution?.serverName,
    'mcp_warden.tool.qualified_name': call?.toolName,
    'process.working_directory': call?.cwd,
    'mcp_warden.project.dir': call?.projectDir,
    'mcp_warden.policy.hash': policy?.hash ?? 'none',
    'mcp_warden.policy.version': policy?.version,
    'mcp_warden.policy.mode': policy ? (policy.usable ? policy.mode : 'unusable') : undefined,
    ...fields,
  });
}
