// After an MCP tool ran (or failed): record the outcome, inspect the result, answer.
import { postToolUseOutput, type HookOutput } from '../core/hooks/output';
import type { ToolCall } from '../core/hooks/payload';
import { inspectResponse, responseProse, responseText } from '../core/hooks/response';
import { redactText, redactValue } from '../core/secrets/index';
import { auditTarget, blocksOnAuditFailure, writeEvents } from './audit-log';
import { alertEvent, resultEvent } from './events';
import { loadPolicy } from './policy';
import type { DiscoveryEnv } from '../core/clients/types';
import { bareToolName } from '../core/hooks/tools';
import { loadCursorServers } from './cursor-configs';
import { resolveServer, type Resolved } from './resolve';
import { scanPart } from './slow-loader';
import { discoveryEnv, type HookRuntime } from './runtime';

export function handlePostToolUse(rt: HookRuntime, call: ToolCall): HookOutput {
  const env = discoveryEnv(rt, call.projectDir ?? call.cwd);
  const policy = loadPolicy(env, rt.cacheDir);
  const { resolution, serverNames } = call.client === 'cursor' && !call.serverUrl && !call.serverCommand ? cursorNamesOnly(call, env) : resolveServer(call, env, rt.cacheDir);
  const text = call.phase === 'post' ? responseText(call.response) : '';
  const others = serverNames.filter((n) => n !== resolution.serverName);
  const findings = call.phase === 'post' && text ? [...inspectResponse(text, { serverName: resolution.serverName, otherServers: others }), ...scanPart().scanResponse(responseProse(call.response), resolution.serverName)] : [];
  const block = findings.length > 0 && policy.usable && policy.mode === 'enforce';
  const ctx = { rt, call, policy, resolution };
  const events = [resultEvent(ctx, Buffer.byteLength(text)), ...findings.map((f) => alertEvent(ctx, f, block))];
  const projectDirs = [call.projectDir, call.cwd].filter((d): d is string => Boolean(d));
  const problem = writeEvents(auditTarget(rt, policy, projectDirs), events);
  const credentials = findings.some((f) => f.rule === 'credential-in-response');
  return postToolUseOutput(call.client, call.phase === 'failure' ? 'failure' : 'post', {
    findings: findings.map((f) => ({ ...f, detail: redactText(f.detail) })),
    block,
    ...(credentials ? { redactedResult: redactValue(call.response) } : {}),
    ...(problem && blocksOnAuditFailure(policy) ? { auditProblem: problem } : {}),
  });
}

/** Cursor's afterMCPExecution does not say which server ran: the tool name and the configured names are all there is. */
function cursorNamesOnly(call: ToolCall, env: DiscoveryEnv): Resolved {
  return { resolution: { serverName: '(not given by Cursor)', tool: bareToolName(call.toolName), candidates: [] }, serverNames: loadCursorServers(env).map((e) => e.name) };
}
