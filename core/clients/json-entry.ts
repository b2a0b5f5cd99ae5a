// Turns one JSON server object into a ServerEntry, recording where each value sits and
// what is wrong with the shape. Clients differ only in field aliases and transport rules.
import type { Node } from 'jsonc-parser';
import type { ClientId, ConfigScope, ParseProblem, ServerEntry, Transport, ValueRanges, VariableSyntax } from '../model';
import type { LineIndex } from '../text/line-index';
import { describeNodeType, innerRange, nodeRange, properties, type JsonProperty } from './json-source';

export interface EntryContext {
  client: ClientId;
  scope: ConfigScope;
  file: string;
  index: LineIndex;
  variableSyntax: VariableSyntax;
  projectDir?: string;
}

export interface EntryShape {
  /** Keys holding the server URL, first match wins (Windsurf `serverUrl`, Gemini `httpUrl`). */
  urlKeys: readonly string[];
  /** Decides the transport from the raw fields; return undefined when the shape is ambiguous. */
  transport(fields: RawFields): Transport;
  /** Extra shape checks a client documents (e.g. Claude Code: url without type). */
  validate?(fields: RawFields, report: (message: string, node: Node | undefined) => void): void;
  /** Key that marks the entry disabled (`disabled: true`). */
  disabledKey?: string;
  /** Keys holding request headers (Codex `http_headers`, most clients `headers`). */
  headerKeys?: readonly string[];
  /** Further string fields whose location matters (VS Code/Cursor `envFile`); ranges are kept under the key. */
  stringKeys?: readonly string[];
  /** Entries the client starts by other means (Zed extension servers) need neither command nor URL. */
  launchedElsewhere?(fields: RawFields): boolean;
}

export interface RawFields {
  type?: string;
  urlKey?: string;
  hasCommand: boolean;
  hasUrl: boolean;
  nodes: Map<string, Node | undefined>;
}

export function decodeJsonEntry(keyNode: Node, valueNode: Node | undefined, shape: EntryShape, ctx: EntryContext): ServerEntry {
  const name = String(keyNode.value);
  const entry: ServerEntry = {
    client: ctx.client,
    scope: ctx.scope,
    file: ctx.file,
    name,
    nameRange: innerRange(keyNode, ctx.index),
    range: nodeRange(valueNode ?? keyNode, ctx.index),
    transport: 'unknown',
    valueRanges: {},
    problems: [],
    variableSyntax: ctx.variableSyntax,
    ...(ctx.projectDir ? { projectDir: ctx.projectDir } : {}),
  };
  const report = (message: string, node: Node | undefined) =>
    entry.problems.push({ message, server: name, range: node ? innerRange(node, ctx.index) : entry.nameRange });

  if (!valueNode || valueNode.type !== 'object') {
    report(`server "${name}" must be an object, found ${describeNodeType(valueNode)}`, valueNode);
    return entry;
  }
  const nodes = new Map<string, Node | undefined>(properties(valueNode).map((p: JsonProperty) => [p.key, p.valueNode]));
  readStrings(entry, nodes, report, ctx.index);
  readExtraStrings(entry, nodes, shape.stringKeys ?? [], report, ctx.index);
  readHeaderMaps(entry, nodes, shape, report, ctx.index);
  const urlKey = shape.urlKeys.find((key) => nodes.has(key));
  readUrl(entry, urlKey, nodes, report, ctx.index);

  const typeNode = nodes.get('type');
  const fields: RawFields = {
    type: typeof typeNode?.value === 'string' ? typeNode.value : undefined,
    urlKey,
    hasCommand: entry.command !== undefined || nodes.has('command'),
    hasUrl: urlKey !== undefined,
    nodes,
  };
  if (typeNode && typeof typeNode.value !== 'string') report(`"type" must be a string, found ${describeNodeType(typeNode)}`, typeNode);
  if (typeNode && typeof typeNode.value === 'string') entry.valueRanges.type = innerRange(typeNode, ctx.index);
  entry.transport = shape.transport(fields);
  if (!fields.hasCommand && !fields.hasUrl && !shape.launchedElsewhere?.(fields)) report(`server "${name}" has neither "command" nor a URL, so no client can start it`, undefined);
  shape.validate?.(fields, report);
  if (shape.disabledKey && nodes.get(shape.disabledKey)?.value === true) entry.disabled = true;
  return entry;
}

type Report = (message: string, node: Node | undefined) => void;

function readStrings(entry: ServerEntry, nodes: Map<string, Node | undefined>, report: Report, index: LineIndex): void {
  const command = nodes.get('command');
  if (command) {
    if (command.type === 'string') {
      entry.command = command.value;
      entry.valueRanges.command = innerRange(command, index);
    } else {
      report(`"command" must be a string, found ${describeNodeType(command)}`, command);
    }
  }
  const args = nodes.get('args');
  if (args) {
    const values = readStringArray(args, 'args', entry.valueRanges, report, index);
    if (values) entry.args = values;
  }
  const env = nodes.get('env');
  if (env) {
    const values = readStringMap(env, 'env', entry.valueRanges, report, index);
    if (values) entry.env = values;
  }
}

function readExtraStrings(entry: ServerEntry, nodes: Map<string, Node | undefined>, keys: readonly string[], report: Report, index: LineIndex): void {
  for (const key of keys) {
    const node = nodes.get(key);
    if (!node) continue;
    if (node.type === 'string') entry.valueRanges[key] = innerRange(node, index);
    else report(`"${key}" must be a string, found ${describeNodeType(node)}`, node);
  }
}

function readHeaderMaps(entry: ServerEntry, nodes: Map<string, Node | undefined>, shape: EntryShape, report: Report, index: LineIndex): void {
  for (const key of shape.headerKeys ?? ['headers']) {
    const node = nodes.get(key);
    if (!node) continue;
    const values = readStringMap(node, 'headers', entry.valueRanges, report, index, key);
    if (values) entry.headers = { ...entry.headers, ...values };
  }
}

function readUrl(entry: ServerEntry, urlKey: string | undefined, nodes: Map<string, Node | undefined>, report: Report, index: LineIndex): void {
  if (!urlKey) return;
  const node = nodes.get(urlKey);
  if (node?.type === 'string') {
    entry.url = node.value;
    entry.valueRanges.url = innerRange(node, index);
  } else {
    report(`"${urlKey}" must be a string, found ${describeNodeType(node)}`, node);
  }
}

export function readStringArray(node: Node, label: string, ranges: ValueRanges, report: Report, index: LineIndex): string[] | undefined {
  if (node.type !== 'array') {
    report(`"${label}" must be an array of strings, found ${describeNodeType(node)}`, node);
    return undefined;
  }
  const values: string[] = [];
  (node.children ?? []).forEach((item, i) => {
    // Ranges are keyed by position in the returned list, so `args.N` always locates args[N].
    if (item.type === 'string') {
      ranges[`${label}.${values.length}`] = innerRange(item, index);
      values.push(item.value);
    } else if (item.type === 'number' || item.type === 'boolean') {
      // Clients stringify scalars in args; keep the value so identity still matches, but say so.
      ranges[`${label}.${values.length}`] = innerRange(item, index);
      values.push(String(item.value));
      report(`"${label}[${i}]" should be a string, found ${describeNodeType(item)}`, item);
    } else {
      report(`"${label}[${i}]" must be a string, found ${describeNodeType(item)}`, item);
    }
  });
  return values;
}

export function readStringMap(
  node: Node,
  label: string,
  ranges: ValueRanges,
  report: Report,
  index: LineIndex,
  displayLabel = label,
): Record<string, string> | undefined {
  if (node.type !== 'object') {
    report(`"${displayLabel}" must be an object of strings, found ${describeNodeType(node)}`, node);
    return undefined;
  }
  const values: Record<string, string> = {};
  for (const { key, valueNode } of properties(node)) {
    if (valueNode?.type === 'string') {
      values[key] = valueNode.value;
      ranges[`${label}.${key}`] = innerRange(valueNode, index);
    } else if (valueNode?.type === 'number' || valueNode?.type === 'boolean') {
      values[key] = String(valueNode.value);
      ranges[`${label}.${key}`] = innerRange(valueNode, index);
    } else {
      report(`"${displayLabel}.${key}" must be a string, found ${describeNodeType(valueNode)}`, valueNode);
    }
  }
  return values;
}

/** Transport rule shared by clients that use `type` with stdio/http/sse and infer stdio from `command`. */
export function transportFromType(fields: RawFields): Transport {
  const type = fields.type?.toLowerCase();
  if (type === 'stdio') return 'stdio';
  if (type === 'http' || type === 'streamable-http' || type === 'streamablehttp') return 'http';
  if (type === 'sse') return 'sse';
  if (type === 'ws') return 'ws';
  if (fields.hasCommand) return 'stdio';
  if (fields.hasUrl) return 'http';
  return 'unknown';
}

export function problemsOf(entries: ServerEntry[]): ParseProblem[] {
  return entries.flatMap((entry) => entry.problems);
}

/** A `validate` hook that reports a `type` the client does not accept, naming the ones it does. */
export function acceptTypes(clientName: string, accepted: readonly string[]): NonNullable<EntryShape['validate']> {
  return (fields, report) => {
    if (fields.type !== undefined && !accepted.includes(fields.type)) {
      report(`unknown "type" "${fields.type}": ${clientName} accepts ${accepted.map((t) => `"${t}"`).join(', ')}`, fields.nodes.get('type'));
    }
  };
}
