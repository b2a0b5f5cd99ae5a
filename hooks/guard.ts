// Imported first by main.ts, so it is in place before any other module of the bundle runs: if
// loading the rest throws (a broken build, a missing file), the client still gets a block.
// Without it, Node would exit 1, which both clients treat as "let the call through".
import { writeSync } from 'node:fs';

const REASON = 'MCP Warden could not start, so this MCP tool call was blocked; tell the user (the hook installation is broken).';

function blockAndExit(detail: string): void {
  const body = {
    hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'deny', permissionDecisionReason: REASON },
    permission: 'deny',
    user_message: `${REASON} ${detail}`,
    agent_message: REASON,
  };
  try {
    writeSync(1, `${JSON.stringify(body)}\n`);
    writeSync(2, `${REASON} (${detail})\n`);
  } finally {
    process.exit(2);
  }
}

const onStartupError = (error: unknown) => blockAndExit(error instanceof Error ? error.message.split('\n')[0]! : String(error));
process.on('uncaughtException', onStartupError);

/** main.ts calls this once its own handlers are installed. */
export function startupComplete(): void {
  process.off('uncaughtException', onStartupError);
}
