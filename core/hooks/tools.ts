// Tool allow / deny / ask lists of an approved server: deny wins over ask, ask over allow;
// an allow list, when present, is the only set of tools that may run.
import type { ApprovedServer } from '../../policy-schema/schema';
import { wildcardMatch } from '../identity/url';
import type { RuleHit } from './arguments';

export function checkToolLists(tool: string, server: ApprovedServer): RuleHit[] {
  const lists = server.tools;
  if (!lists) return [];
  if (lists.deny?.some((p) => toolMatches(p, tool))) return [{ rule: 'tool-denied', action: 'deny', reason: `the tool "${tool}" is denied by the policy entry "${server.id}"` }];
  if (lists.allow && !lists.allow.some((p) => toolMatches(p, tool))) return [{ rule: 'tool-not-allowed', action: 'deny', reason: `the tool "${tool}" is not on the allowed tool list of the policy entry "${server.id}"` }];
  if (lists.ask?.some((p) => toolMatches(p, tool))) return [{ rule: 'tool-ask', action: 'ask', reason: `the policy entry "${server.id}" requires confirmation for the tool "${tool}"` }];
  return [];
}

/** `*` matches any run of characters; everything else is literal. The same matcher policy lint uses for tool lists. */
export function toolMatches(pattern: string, tool: string): boolean {
  return wildcardMatch(tool, pattern);
}

/** Cursor may prefix MCP tool names with "MCP:"; the policy lists the tool as the server names it. */
export function bareToolName(tool: string): string {
  return tool.replace(/^MCP:/i, '');
}
