// Before an MCP tool runs: decide, record, answer.
import { decidePreToolUse, type Decision } from '../core/hooks/decide';
import { agentMessage, oneLine } from '../core/hooks/messages';
import { preToolUseOutput, type HookOutput } from '../core/hooks/output';
import type { ToolCall } from '../core/hooks/payload';
import { redactText } from '../core/secrets/index';
import { auditTarget, blocksOnAuditFailure, writeEvents } from './audit-log';
import { decisionEvent } from './events';
import { pinSource } from './lock-source';
import { loadPolicy } from './policy';
import { resolveServer } from './resolve';
import { discoveryEnv, type HookRuntime } from './runtime';

export function handlePreToolUse(rt: HookRuntime, call: ToolCall): HookOutput {
  const env = discoveryEnv(rt, call.projectDir ?? call.cwd);
  const policy = loadPolicy(env, rt.cacheDir);
  const projectDirs = [call.projectDir, call.cwd].filter((d): d is string => Boolean(d));
  const target = auditTarget(rt, policy, projectDirs);
  const { resolution } = resolveServer(call, env, rt.cacheDir);
  const pins = policy.usable && resolution.candidates.length ? pinSource(rt, call) : undefined;
  const decision = decidePreToolUse({ toolInput: call.toolInput, resolution, policy, home: rt.home, cwd: call.cwd, protectedPaths: [target.dir], ...(pins ? { pins } : {}) });
  const problem = writeEvents(target, [decisionEvent({ rt, call, policy, resolution }, decision)]);
  const final = problem && decision.action !== 'deny' && blocksOnAuditFailure(policy) ? auditBlocked(decision, problem, resolution) : decision;
  return preToolUseOutput(call.client, redacted(final));
}

function auditBlocked(decision: Decision, problem: string, subject: { serverName: string; tool: string }): Decision {
  const reason = oneLine(`the call cannot be recorded (${problem}) and the policy requires an audit record for every call`);
  return { ...decision, action: 'deny', rule: 'audit-unwritable', reason, agentMessage: agentMessage('deny', 'audit-unwritable', reason, subject), wouldBe: undefined };
}

/** Reasons quote server launches, which may carry a token: what the agent and user read is redacted too. */
function redacted(decision: Decision): Decision {
  return { ...decision, reason: redactText(decision.reason), agentMessage: redactText(decision.agentMessage), ...(decision.warning ? { warning: redactText(decision.warning) } : {}) };
}
