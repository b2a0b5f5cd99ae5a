// Deep redaction of structured data (tool arguments and responses) before it is logged.

import { isSensitiveKeyName } from './key-names';
import { redactText } from './redact';
import { authSchemePrefix, isReferenceOrPlaceholder } from './values';

export const REDACTED = '[REDACTED]';
export const TRUNCATED = '[TRUNCATED]';
export const CIRCULAR = '[CIRCULAR]';
export const UNREADABLE = '[UNREADABLE]';
export const MAX_DEPTH = 64;

interface Walk {
  /** Objects on the current path, to cut cycles. */
  active: Set<object>;
  /** Copies already made, per sensitivity, so shared sub-objects are redacted once. */
  copies: [Map<object, unknown>, Map<object, unknown>];
  /** Number of replacements so far, to tell whether an embedded JSON string changed. */
  changes: number;
}

/**
 * A deep copy of `value` that is safe to log: credentials in strings are replaced
 * ("[REDACTED:<kind>]"), values under sensitive names ("password", "Authorization",
 * "--api-key") become "[REDACTED]" unless they are references or placeholders, JSON held in
 * strings is redacted structurally, cycles become "[CIRCULAR]" and anything deeper than 64
 * levels "[TRUNCATED]". Never throws.
 */
export function redactValue<T>(value: T): T {
  const walk: Walk = { active: new Set(), copies: [new Map(), new Map()], changes: 0 };
  return redactNode(value, false, 0, walk) as T;
}

function redactNode(value: unknown, sensitive: boolean, depth: number, walk: Walk): unknown {
  if (typeof value === 'string') return counted(value, sensitive ? redactSensitiveString(value) : redactString(value, depth, walk), walk);
  if (typeof value === 'number' || typeof value === 'bigint') return sensitive ? counted(value, REDACTED, walk) : value;
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return TRUNCATED;
  if (walk.active.has(value)) return CIRCULAR;
  const copies = walk.copies[sensitive ? 1 : 0];
  if (copies.has(value)) return copies.get(value);
  walk.active.add(value);
  try {
    const copy = redactObject(value, sensitive, depth, walk);
    copies.set(value, copy);
    return copy;
  } catch {
    return UNREADABLE;
  } finally {
    walk.active.delete(value);
  }
}

function counted<T>(before: unknown, after: T, walk: Walk): T {
  if (after !== before) walk.changes++;
  return after;
}

function redactObject(value: object, sensitive: boolean, depth: number, walk: Walk): unknown {
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return redactNode(toJSON.call(value), sensitive, depth + 1, walk);
  if (Array.isArray(value)) return value.map((item, index) => redactNode(item, sensitive || followsSensitiveFlag(value, index), depth + 1, walk));
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = redactProperty(value, key, sensitive || isSensitiveKeyName(key), depth + 1, walk);
    Object.defineProperty(copy, redactText(key), { value: item, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

function redactProperty(owner: object, key: string, sensitive: boolean, depth: number, walk: Walk): unknown {
  try {
    return redactNode((owner as Record<string, unknown>)[key], sensitive, depth, walk);
  } catch {
    return UNREADABLE;
  }
}

/** ["--api-key", "VALUE"]: the value is the element after a sensitive flag. */
function followsSensitiveFlag(items: readonly unknown[], index: number): boolean {
  const flag = items[index - 1];
  const item = items[index];
  if (typeof flag !== 'string' || typeof item !== 'string' || item.startsWith('-')) return false;
  return /^--?[A-Za-z][\w-]*$/.test(flag) && isSensitiveKeyName(flag);
}

function redactSensitiveString(value: string): string {
  if (isReferenceOrPlaceholder(value)) return redactText(value);
  return authSchemePrefix(value) + REDACTED;
}

// "GITHUB_TOKEN=…" (docker -e), "--api-key=…", "Authorization: Bearer …" held as one string.
const ASSIGNMENT = /^(?<name>-{0,2}[A-Za-z_][A-Za-z0-9_.-]{0,63})(?<separator>=|:[ \t]*)(?<value>[\s\S]*)$/;

function redactString(value: string, depth: number, walk: Walk): string {
  const assignment = ASSIGNMENT.exec(value)?.groups;
  if (assignment && isSensitiveKeyName(assignment.name!) && isAssignedValue(assignment.separator!, assignment.value!)) {
    return assignment.name! + assignment.separator! + redactSensitiveString(assignment.value!);
  }
  return redactEmbeddedJson(value, depth, walk) ?? redactText(value);
}

/** After "Name:" only a single word (after an auth scheme) is a value; "Password: must be long" is prose. */
function isAssignedValue(separator: string, value: string): boolean {
  return separator === '=' || !/\s/.test(value.slice(authSchemePrefix(value).length).trim());
}

/** A string that holds a JSON object or array is redacted as data; undefined when it is not JSON. */
function redactEmbeddedJson(value: string, depth: number, walk: Walk): string | undefined {
  const first = value.trimStart()[0];
  if (first !== '{' && first !== '[') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  const changesBefore = walk.changes;
  const redacted = redactNode(parsed, false, depth + 1, walk);
  return walk.changes === changesBefore ? value : JSON.stringify(redacted);
}
