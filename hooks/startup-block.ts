// The answer when the hook cannot even start (its bundle missing, a broken build): a block in
// the form both clients honour. Node's own crash exit (1) would let the call through.
import { writeSync } from 'node:fs';

const REASON = 'MCP Warden could not start, so this MCP tool call was blocked; tell the user (the hook installation is broken).';

export function blockAndExit(error: unknown): never {
  const detail = error instanceof Error ? error.message.split('\n')[0]! : String(error);
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
