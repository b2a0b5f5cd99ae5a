// Walks a JSON Schema for every string a model reads (descriptions, titles, enums, defaults, examples,
// comments) and for parameter names shaped to collect what should not leave the conversation.
import { EXFIL_NAMES } from './parameter-names';
import { RULES } from './rules';
import { severityOf, type ScanFinding } from './types';

export interface SchemaString {
  path: string;
  text: string;
}

const TEXT_KEYS = ['title', 'description', '$comment', 'default', 'const', 'examples', 'enum', 'markdownDescription', 'x-description'];
const NESTED_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const NESTED_SCHEMAS = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedProperties', 'unevaluatedItems'];
const NESTED_LISTS = ['anyOf', 'oneOf', 'allOf', 'prefixItems'];
const MAX_DEPTH = 16;
const MAX_STRINGS = 1000;

export function schemaStrings(schema: unknown, root: string): SchemaString[] {
  const found: SchemaString[] = [];
  walk(schema, root, 0, (node, path) => {
    // Paths are built only for keys that are there: most nodes hold one or two of these keys.
    for (const key of TEXT_KEYS) if (node[key] !== undefined) collectText(node[key], `${path}.${key}`, found);
  });
  return found.slice(0, MAX_STRINGS);
}

function collectText(value: unknown, path: string, into: SchemaString[]): void {
  if (into.length >= MAX_STRINGS) return;
  if (typeof value === 'string') into.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((item, i) => collectText(item, `${path}.${i}`, into));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) collectText(item, `${path}.${key}`, into);
}

type Visitor = (node: Record<string, unknown>, path: string) => void;

/** The nesting keywords in the order they are visited: maps first, then single schemas, then lists. */
const NESTING_KEYS = [...NESTED_MAPS, ...NESTED_SCHEMAS, ...NESTED_LISTS];
const NESTING_RANK = new Map(NESTING_KEYS.map((key, rank) => [key, rank]));
const FIRST_LIST_RANK = NESTED_MAPS.length + NESTED_SCHEMAS.length;

function walk(node: unknown, path: string, depth: number, visit: Visitor): void {
  if (!node || typeof node !== 'object' || Array.isArray(node) || depth > MAX_DEPTH) return;
  const schema = node as Record<string, unknown>;
  visit(schema, path);
  // A node holds two or three of the nineteen nesting keywords at most: its own keys are read once, and a
  // bit per keyword's rank puts them in visiting order.
  let present = 0;
  for (const key of Object.keys(schema)) {
    const rank = NESTING_RANK.get(key);
    if (rank !== undefined) present |= 1 << rank;
  }
  for (let rank = 0; present !== 0; rank++, present >>>= 1) {
    if ((present & 1) === 0) continue;
    const key = NESTING_KEYS[rank] as string;
    const value = schema[key];
    if (rank < NESTED_MAPS.length) {
      if (value && typeof value === 'object' && !Array.isArray(value)) for (const [name, child] of Object.entries(value)) walk(child, `${path}.${key}.${name}`, depth + 1, visit);
    } else if (rank >= FIRST_LIST_RANK) {
      if (Array.isArray(value)) value.forEach((child, i) => walk(child, `${path}.${key}.${i}`, depth + 1, visit));
    } else walk(value, `${path}.${key}`, depth + 1, visit);
  }
}

// Names that ask the model to hand over its context or secrets, or hide a parameter behind underscores.
const WRAPPED = /^_{1,2}[a-z][a-z0-9_]{0,40}[a-z0-9]_{1,2}$/i;

export function suspiciousParameterNames(schema: unknown): ScanFinding[] {
  const findings: ScanFinding[] = [];
  walk(schema, 'inputSchema', 0, (node, path) => {
    const properties = node.properties;
    if (!properties || typeof properties !== 'object' || Array.isArray(properties)) return;
    for (const name of Object.keys(properties)) {
      const reason = EXFIL_NAMES.test(name) ? 'named to collect conversation data or secrets' : WRAPPED.test(name) ? 'wrapped in underscores to look internal' : undefined;
      if (!reason || findings.length >= 8) continue;
      const confidence = 0.6;
      findings.push({ ruleId: RULES.schemaInjection, severity: severityOf(confidence), confidence, message: `parameter "${name}" is ${reason}`, evidence: name, field: `${path}.properties`, start: 0, end: 0 });
    }
  });
  return findings;
}
