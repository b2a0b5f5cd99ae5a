// Turns an event into exactly one line, never larger than MAX_EVENT_BYTES, so one write
// appends it whole. Oversized arguments are replaced by a marker with a short preview.
import type { AuditEvent } from './event';

export const MAX_EVENT_BYTES = 32 * 1024;
const PREVIEW_CHARS = 2048;
const FIELD_CHARS = 1024;

export interface TruncatedArguments {
  'mcp_warden.truncated': true;
  original_bytes: number;
  preview: string;
}

export function serializeEvent(event: AuditEvent, maxBytes = MAX_EVENT_BYTES): string {
  const line = `${JSON.stringify(event)}\n`;
  if (Buffer.byteLength(line) <= maxBytes) return line;
  const withMarker = { ...event, 'mcp_warden.truncated': true, 'gen_ai.tool.call.arguments': truncatedArguments(event['gen_ai.tool.call.arguments']) };
  const second = `${JSON.stringify(withMarker)}\n`;
  if (Buffer.byteLength(second) <= maxBytes) return second;
  return `${JSON.stringify(shortenStrings(withMarker))}\n`;
}

function truncatedArguments(args: unknown): TruncatedArguments | undefined {
  if (args === undefined) return undefined;
  const json = JSON.stringify(args) ?? '';
  return { 'mcp_warden.truncated': true, original_bytes: Buffer.byteLength(json), preview: cut(json, PREVIEW_CHARS) };
}

function shortenStrings(event: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(event)) {
    if (typeof value === 'string') out[key] = cut(value, FIELD_CHARS);
    else if (key === 'gen_ai.tool.call.arguments' && value && typeof value === 'object') out[key] = { ...(value as object), preview: cut(String((value as TruncatedArguments).preview ?? ''), FIELD_CHARS) };
    else out[key] = value;
  }
  return out;
}

/** Cuts at a code-point boundary and says how much was dropped. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…[truncated ${text.length - end} chars]`;
}
