// What the agent and the user read when a call is refused or needs confirmation: what happened,
// and what to do next, in one line each. Clients cap hook strings at 10,000 characters.
import type { DecisionAction } from '../audit/event';

export const MAX_MESSAGE_CHARS = 2000;

interface Subject {
  serverName: string;
  tool: string;
}

const NEXT_STEP: Array<[RegExp, string]> = [
  [/^secret-argument$/, 'Remove the credential from the arguments and retry; credentials must never be passed in tool calls.'],
  [/^sensitive-path$/, 'Do not read or send credential files or dotenv files through MCP tools; ask the user if this access is really needed.'],
  [/^tool-(denied|not-allowed)$/, 'Use another approved tool, or ask the user to request a policy change.'],
  [/^pattern:/, 'Change the arguments so they no longer contain what the policy forbids, or ask the user.'],
  [/^(pin-drift-structural|pin-drift-cosmetic|pin-missing|lockfile-invalid)$/, 'Do not retry this call or reach the same server another way; tell the user, who must review the change (`mcp-warden lock --check`) before re-approving it.'],
  [/^server-/, 'Do not retry this call or reach the same server another way; tell the user, who can request approval from the security team (`mcp-warden check` shows the details).'],
  [/^(no-policy|internal-error|invalid-input|audit-unwritable|arguments-too-complex)$/, 'Retrying will not help until this is fixed; tell the user.'],
];

export function agentMessage(action: DecisionAction, rule: string, reason: string, subject: Subject | undefined): string {
  if (action === 'allow') return '';
  const target = subject ? `${subject.tool} on the MCP server "${subject.serverName}"` : 'this MCP tool call';
  if (action === 'ask') return clip(`MCP Warden asks for confirmation before running ${target}: ${reason}.`);
  const next = NEXT_STEP.find(([pattern]) => pattern.test(rule))?.[1] ?? 'Tell the user.';
  const verb = rule === 'internal-error' || rule === 'invalid-input' || rule === 'no-policy' ? 'could not check' : 'blocked';
  return clip(`MCP Warden ${verb} ${target}: ${reason}. ${verb === 'could not check' ? 'The call was blocked because it could not be verified. ' : ''}${next}`);
}

/** Collapses whitespace so a reason is one line, and keeps it short. */
export function oneLine(text: string): string {
  return clip(text.replace(/\s+/g, ' ').trim());
}

function clip(text: string): string {
  return text.length > MAX_MESSAGE_CHARS ? `${text.slice(0, MAX_MESSAGE_CHARS - 1)}…` : text;
}
