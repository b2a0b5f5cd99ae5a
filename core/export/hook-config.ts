// The hook entries MCP Warden writes into each client's configuration: one source for the
// installer, the managed-settings exporters and the plugin's hooks.json (a test keeps the
// checked-in hooks/hooks.json equal to what this produces).

/** Marks our handlers, so install is idempotent and uninstall removes exactly ours. */
export const CLIENT_FLAG = '--mcp-warden-client=';
export const MCP_TOOL_MATCHER = 'mcp__.*';
/** Seconds. The hook answers (with a block) well before this: its own deadline is 25 s. */
export const HOOK_TIMEOUT_SECONDS = 30;
export const CLAUDE_HOOK_EVENTS = ['PreToolUse', 'PostToolUse', 'PostToolUseFailure'] as const;
export const CURSOR_HOOK_EVENTS = ['beforeMCPExecution', 'afterMCPExecution'] as const;
export const PLUGIN_HOOK_SCRIPT = '${CLAUDE_PLUGIN_ROOT}/bin/hook.js';

export interface HookCommand {
  /** The Node.js executable. */
  node: string;
  /** dist/hook.js (or the plugin's copy). */
  script: string;
}

export interface ClaudeHandler {
  type: 'command';
  command: string;
  args: string[];
  timeout: number;
}

export interface ClaudeMatcherGroup {
  matcher: string;
  hooks: ClaudeHandler[];
}

export type ClaudeHooks = Record<(typeof CLAUDE_HOOK_EVENTS)[number], ClaudeMatcherGroup[]>;

export interface CursorHookEntry {
  command: string;
  timeout: number;
  failClosed: boolean;
}

export type CursorHooks = Record<(typeof CURSOR_HOOK_EVENTS)[number], CursorHookEntry[]>;

/** Exec form (no shell): paths with spaces need no quoting. */
export function claudeHandler(cmd: HookCommand): ClaudeHandler {
  return { type: 'command', command: cmd.node, args: [cmd.script, `${CLIENT_FLAG}claude-code`], timeout: HOOK_TIMEOUT_SECONDS };
}

export function claudeHooks(cmd: HookCommand): ClaudeHooks {
  const group = (): ClaudeMatcherGroup => ({ matcher: MCP_TOOL_MATCHER, hooks: [claudeHandler(cmd)] });
  return { PreToolUse: [group()], PostToolUse: [group()], PostToolUseFailure: [group()] };
}

/** Cursor runs a command string through a shell: quote both paths. */
export function cursorCommand(cmd: HookCommand, platform: NodeJS.Platform = process.platform): string {
  return `${shellQuote(cmd.node, platform)} ${shellQuote(cmd.script, platform)} ${CLIENT_FLAG}cursor`;
}

/** failClosed: a crash, timeout or invalid output blocks the call instead of letting it run. */
export function cursorHooks(cmd: HookCommand, platform: NodeJS.Platform = process.platform): CursorHooks {
  const entry = (): CursorHookEntry => ({ command: cursorCommand(cmd, platform), timeout: HOOK_TIMEOUT_SECONDS, failClosed: true });
  return { beforeMCPExecution: [entry()], afterMCPExecution: [entry()] };
}

/** Is this hook handler (Claude) or entry (Cursor) one of ours? */
export function isWardenHook(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const { command, args } = value as { command?: unknown; args?: unknown };
  if (typeof command === 'string' && command.includes(CLIENT_FLAG)) return true;
  return Array.isArray(args) && args.some((a) => typeof a === 'string' && a.startsWith(CLIENT_FLAG));
}

function shellQuote(value: string, platform: NodeJS.Platform): string {
  if (platform === 'win32') return /^[A-Za-z0-9_./:\\-]+$/.test(value) ? value : `"${value}"`;
  return /^[A-Za-z0-9_./:@%+=-]+$/.test(value) ? value : `"${value.replace(/(["\\$`])/g, '\\$1')}"`;
}
