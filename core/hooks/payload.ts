// Reads a hook's stdin JSON (Claude Code or Cursor, as documented) into one ToolCall shape.
// Anything that is not an MCP tool event is "ignored"; anything malformed is a reason to block.
import type { HookClient } from '../audit/event';
import { isMcpToolName } from './tool-name';

export type HookPhase = 'pre' | 'post' | 'failure';

export interface ToolCall {
  client: HookClient;
  phase: HookPhase;
  hookEventName: string;
  toolName: string;
  /** The arguments: an object for Claude Code; Cursor's JSON string is parsed when it can be. */
  toolInput: unknown;
  toolUseId?: string;
  sessionId?: string;
  cwd?: string;
  projectDir?: string;
  userEmail?: string;
  /** Cursor identifies the server by how it is reached. */
  serverUrl?: string;
  serverCommand?: string;
  response?: unknown;
  durationMs?: number;
  error?: string;
  interrupted?: boolean;
}

export type PayloadResult = { kind: 'call'; call: ToolCall } | { kind: 'ignore'; why: string } | { kind: 'invalid'; reason: string };

const CLAUDE_EVENTS: Record<string, HookPhase> = { PreToolUse: 'pre', PostToolUse: 'post', PostToolUseFailure: 'failure' };
const CURSOR_EVENTS: Record<string, HookPhase> = { beforeMCPExecution: 'pre', afterMCPExecution: 'post' };

export interface PayloadContext {
  /** Environment of the hook process (CLAUDE_PROJECT_DIR, CURSOR_PROJECT_DIR, CURSOR_USER_EMAIL). */
  env: Record<string, string | undefined>;
}

export function parsePayload(text: string, ctx: PayloadContext): PayloadResult {
  if (!text.trim()) return { kind: 'invalid', reason: 'the hook received no input on stdin' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'invalid', reason: `the hook input is not valid JSON (${text.length} characters received; truncated or corrupted)` };
  }
  if (!isObject(value)) return { kind: 'invalid', reason: 'the hook input is not a JSON object' };
  const eventName = str(value.hook_event_name) ?? str(value.hookEventName);
  if (!eventName) return { kind: 'invalid', reason: 'the hook input has no hook_event_name' };
  if (eventName in CURSOR_EVENTS) return cursorCall(value, eventName, ctx);
  if (eventName in CLAUDE_EVENTS) return claudeCall(value, eventName, ctx);
  return { kind: 'ignore', why: `event ${eventName} is not an MCP tool event` };
}

function claudeCall(value: Record<string, unknown>, eventName: string, ctx: PayloadContext): PayloadResult {
  const toolName = value.tool_name;
  if (typeof toolName !== 'string' || !toolName) return { kind: 'invalid', reason: `the ${eventName} input has no tool_name` };
  if (!isMcpToolName(toolName)) return { kind: 'ignore', why: `${toolName} is not an MCP tool` };
  const input = value.tool_input ?? {};
  if (!isObject(input)) return { kind: 'invalid', reason: `the ${eventName} input for ${toolName} has tool_input that is not an object` };
  const phase = CLAUDE_EVENTS[eventName]!;
  const call: ToolCall = {
    client: 'claude-code',
    phase,
    hookEventName: eventName,
    toolName,
    toolInput: input,
    toolUseId: str(value.tool_use_id),
    sessionId: str(value.session_id) ?? str(value.sessionId),
    cwd: str(value.cwd),
    projectDir: ctx.env.CLAUDE_PROJECT_DIR || str(value.cwd),
    response: value.tool_response,
    durationMs: num(value.duration_ms),
    error: str(value.error),
    interrupted: value.is_interrupt === true ? true : undefined,
  };
  return { kind: 'call', call };
}

function cursorCall(value: Record<string, unknown>, eventName: string, ctx: PayloadContext): PayloadResult {
  const toolName = value.tool_name;
  if (typeof toolName !== 'string' || !toolName) return { kind: 'invalid', reason: `the ${eventName} input has no tool_name` };
  const roots = Array.isArray(value.workspace_roots) ? value.workspace_roots.filter((r): r is string => typeof r === 'string') : [];
  const projectDir = ctx.env.CURSOR_PROJECT_DIR || roots[0];
  const phase = CURSOR_EVENTS[eventName]!;
  const call: ToolCall = {
    client: 'cursor',
    phase,
    hookEventName: eventName,
    toolName,
    toolInput: parseMaybeJson(value.tool_input),
    toolUseId: str(value.tool_use_id),
    sessionId: str(value.conversation_id),
    cwd: str(value.cwd) ?? projectDir,
    projectDir,
    userEmail: str(value.user_email) ?? ctx.env.CURSOR_USER_EMAIL,
    serverUrl: str(value.url),
    serverCommand: str(value.command),
    response: phase === 'post' ? parseMaybeJson(value.result_json) : undefined,
    durationMs: num(value.duration),
  };
  if (phase === 'pre' && !call.serverUrl && !call.serverCommand) return { kind: 'invalid', reason: `the ${eventName} input for ${toolName} gives neither the server url nor its command` };
  return { kind: 'call', call };
}

function parseMaybeJson(value: unknown): unknown {
  if (typeof value !== 'string') return value ?? {};
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
