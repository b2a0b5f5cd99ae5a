// What a pin covers and how it is hashed: RFC 8785 (JCS) canonical JSON, SHA-256, "sha256:<hex>".
// Per tool two hashes: `definition` (every pinned field) and `shape` (the same without the text meant
// for people and models — descriptions, titles, examples), so a change can be told cosmetic or structural.
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { ToolDefinition } from './types';

/** Fields of a tool that reach the model or change the call; `_meta` and `execution` are volatile across SDK versions. */
const PINNED_FIELDS = ['name', 'title', 'description', 'inputSchema', 'outputSchema', 'annotations', 'icons'] as const;
const TEXT_KEYS = new Set(['description', 'title', 'examples', '$comment', 'markdownDescription']);
const NAME_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

export function sha256Json(value: unknown): string {
  const text = canonicalize(value) ?? 'null';
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

/** The pinned projection of a tool, as received (no defaults filled in). The dialect URL ($schema) is
 *  left out: SDK upgrades change it without changing the tool. */
export function pinnedTool(tool: ToolDefinition): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const field of PINNED_FIELDS) {
    const value = (tool as unknown as Record<string, unknown>)[field];
    if (value === undefined) continue;
    picked[field] = field === 'inputSchema' || field === 'outputSchema' ? withoutDialect(value) : value;
  }
  return picked;
}

function withoutDialect(schema: unknown): unknown {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const { $schema: _dialect, ...rest } = schema as Record<string, unknown>;
  return rest;
}

/** The projection with every description, title and example removed — keys of `properties` maps are
 *  parameter names and stay, even a parameter called "description". */
export function toolShape(tool: ToolDefinition): unknown {
  return stripText(pinnedTool(tool), false);
}

function stripText(value: unknown, isNameMap: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => stripText(item, false));
  if (!value || typeof value !== 'object') return value;
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (!isNameMap && TEXT_KEYS.has(key)) continue;
    result[key] = stripText(child, !isNameMap && NAME_MAPS.has(key));
  }
  return result;
}

export interface ToolPin {
  definition: string;
  shape: string;
}

export function pinTool(tool: ToolDefinition): ToolPin {
  return { definition: sha256Json(pinnedTool(tool)), shape: sha256Json(toolShape(tool)) };
}
