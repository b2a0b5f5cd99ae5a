// What a tool result may carry that the agent must not act on: credentials, and instructions
// aimed at other servers' tools (a cross-server pivot: "now call slack's send_message with …").
import { findCredentials } from '../secrets/index';
import { normalizeServerName } from './tool-name';

export type ResponseRule = 'credential-in-response' | 'cross-server-instruction' | 'injected-instructions';

export interface ResponseFinding {
  rule: ResponseRule;
  severity: 'critical' | 'high';
  /** Names the kind of problem and where, never the secret. */
  detail: string;
}

export interface ResponseContext {
  /** The server that produced the result (config name). */
  serverName: string;
  /** Names of the other servers the agent can reach. */
  otherServers: string[];
}

/** Results above this size are inspected in their first part only: detection must stay linear and fast. */
export const MAX_INSPECTED_CHARS = 2 * 1024 * 1024;

const QUALIFIED_TOOL = /mcp__([A-Za-z0-9_-]+?)__([A-Za-z0-9_-]+)/g;
const IMPERATIVE = /\b(call|use|invoke|run|execute|trigger|send|forward|post|upload|pass|deliver|share|email|message)\b/i;
const TOOL_WORD = /\b(tools?|servers?|functions?|mcp|plugin|integration)\b/i;
const WINDOW = 120;

export function responseText(response: unknown): string {
  if (response === undefined || response === null) return '';
  if (typeof response === 'string') return response;
  return JSON.stringify(response) ?? '';
}

/** The text a person would read in a result: its string values, one after another (quotes from JSON would make detectors treat it all as quoted). */
export function responseProse(response: unknown, limit = MAX_INSPECTED_CHARS): string {
  const parts: string[] = [];
  let size = 0;
  const visit = (value: unknown, depth: number) => {
    if (size >= limit || depth > 32) return;
    if (typeof value === 'string') {
      parts.push(value);
      size += value.length;
    } else if (Array.isArray(value)) value.forEach((v) => visit(v, depth + 1));
    else if (value && typeof value === 'object') Object.values(value).forEach((v) => visit(v, depth + 1));
  };
  visit(response, 0);
  return parts.join('\n\n').slice(0, limit);
}

export function inspectResponse(text: string, ctx: ResponseContext): ResponseFinding[] {
  const sample = text.length > MAX_INSPECTED_CHARS ? text.slice(0, MAX_INSPECTED_CHARS) : text;
  return [...credentialFindings(sample), ...pivotFindings(sample, ctx)];
}

function credentialFindings(text: string): ResponseFinding[] {
  const kinds = [...new Set(findCredentials(text).map((m) => m.label))];
  if (!kinds.length) return [];
  return [{ rule: 'credential-in-response', severity: 'critical', detail: `the result contains ${kinds.length === 1 ? 'a' : 'credentials:'} ${kinds.join(', ')}` }];
}

function pivotFindings(text: string, ctx: ResponseContext): ResponseFinding[] {
  const own = normalizeServerName(ctx.serverName);
  const named = new Set<string>();
  for (const match of text.matchAll(QUALIFIED_TOOL)) {
    if (match[1] !== own) named.add(`mcp__${match[1]}__${match[2]}`);
  }
  for (const server of ctx.otherServers) {
    if (server.length >= 3 && server !== ctx.serverName && mentionsWithInstruction(text, server)) named.add(`the "${server}" server`);
  }
  if (!named.size) return [];
  const list = [...named].slice(0, 5).join(', ');
  return [{ rule: 'cross-server-instruction', severity: 'high', detail: `the result of "${ctx.serverName}" contains instructions aimed at ${list}` }];
}

/** The server's name near an imperative verb and a word like "tool": an instruction, not a mention. */
function mentionsWithInstruction(text: string, server: string): boolean {
  const pattern = new RegExp(`(?<![A-Za-z0-9_-])${server.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9_-])`, 'gi');
  for (const match of text.matchAll(pattern)) {
    const start = Math.max(0, match.index - WINDOW);
    const around = text.slice(start, match.index + server.length + WINDOW);
    if (IMPERATIVE.test(around) && TOOL_WORD.test(around)) return true;
  }
  return false;
}
