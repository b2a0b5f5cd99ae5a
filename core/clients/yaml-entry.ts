// YAML server entries (Claude Code subagent frontmatter, Continue): same ServerEntry, ranges from yaml's CST.
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { ParseProblem, ServerEntry, SourceRange } from '../model';
import type { LineIndex } from '../text/line-index';
import { nestingOverflow, nestingProblem } from './nesting';
import { transportFromType, type EntryContext } from './json-entry';

/** The value under `key` in a YAML mapping: undefined when absent, null when written empty. */
export function yamlField(map: YAMLMap, key: string): YamlNode | null | undefined {
  return map.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.value as YamlNode | null | undefined;
}

export interface YamlDoc {
  doc: Document.Parsed;
  errors: ParseProblem[];
}

/** Parses YAML that starts at `offset` of the whole file, so ranges point into the file. */
export function parseYamlAt(text: string, offset: number, index: LineIndex): YamlDoc {
  const tooDeep = nestingOverflow(text, 'yaml');
  if (tooDeep !== undefined) return { doc: parseDocument(''), errors: [nestingProblem(tooDeep, index, offset)] };
  const doc = parseDocument(text, { keepSourceTokens: false, prettyErrors: false, uniqueKeys: false });
  const errors = doc.errors.map((error) => ({ message: `YAML syntax error: ${error.message.split('\n')[0]}`, range: index.range(offset + error.pos[0], Math.max(1, error.pos[1] - error.pos[0])) }));
  return { doc, errors };
}

export function yamlRange(node: YamlNode | null | undefined, offset: number, index: LineIndex): SourceRange | undefined {
  const r = node?.range;
  if (!r) return undefined;
  let start = r[0];
  let end = r[1];
  // Quoted scalars: point inside the quotes, as for JSON strings.
  if (isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && end - start >= 2) {
    start += 1;
    end -= 1;
  }
  return index.range(offset + start, end - start);
}

/** Decodes a YAML map `{command, args, env, url, headers, type}` into a ServerEntry. */
export function decodeYamlEntry(name: string, nameNode: YamlNode | null, value: unknown, ctx: EntryContext, offset: number): ServerEntry {
  const nameRange = yamlRange(nameNode, offset, ctx.index) ?? ctx.index.range(offset, 0);
  const entry: ServerEntry = {
    client: ctx.client, scope: ctx.scope, file: ctx.file, name, nameRange,
    range: yamlRange(value as YamlNode, offset, ctx.index) ?? nameRange,
    transport: 'unknown', valueRanges: {}, problems: [], variableSyntax: ctx.variableSyntax,
    ...(ctx.projectDir ? { projectDir: ctx.projectDir } : {}),
  };
  const report = (message: string, node?: unknown) =>
    entry.problems.push({ message, server: name, range: yamlRange(node as YamlNode, offset, ctx.index) ?? nameRange });
  if (!isMap(value)) {
    report(`server "${name}" must be a mapping of fields`, value);
    return entry;
  }
  const field = (key: string) => yamlField(value, key);
  const scalarString = (key: string): string | undefined => {
    const node = field(key);
    if (node === undefined) return undefined;
    if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) {
      const range = yamlRange(node, offset, ctx.index);
      if (range) entry.valueRanges[key] = range;
      return String(node.value);
    }
    report(`"${key}" must be a string`, node);
    return undefined;
  };
  const command = scalarString('command');
  if (command !== undefined) entry.command = command;
  const url = scalarString('url');
  if (url !== undefined) entry.url = url;
  const type = scalarString('type');
  readYamlArgs(field('args'), entry, report, offset, ctx.index);
  for (const key of ['env', 'headers'] as const) {
    const map = readYamlMap(field(key), key, entry, report, offset, ctx.index);
    if (map) entry[key] = map;
  }
  entry.transport = transportFromType({ type, hasCommand: command !== undefined, hasUrl: url !== undefined, nodes: new Map() });
  if (command === undefined && url === undefined) report(`server "${name}" has neither "command" nor "url", so no client can start it`);
  return entry;
}

export type YamlReport = (message: string, node?: unknown) => void;

function readYamlArgs(node: YamlNode | null | undefined, entry: ServerEntry, report: YamlReport, offset: number, index: LineIndex): void {
  if (node === undefined || node === null) return;
  if (!isSeq(node)) {
    report('"args" must be a list of strings', node);
    return;
  }
  entry.args = [];
  node.items.forEach((item, i) => {
    if (isScalar(item) && item.value !== null && typeof item.value !== 'object') {
      const range = yamlRange(item, offset, index);
      if (range) entry.valueRanges[`args.${entry.args!.length}`] = range;
      entry.args!.push(String(item.value));
    } else {
      report(`"args[${i}]" must be a string`, item);
    }
  });
}

export function readYamlMap(node: YamlNode | null | undefined, key: 'env' | 'headers', entry: ServerEntry, report: YamlReport, offset: number, index: LineIndex): Record<string, string> | undefined {
  if (node === undefined || node === null) return undefined;
  if (!isMap(node)) {
    report(`"${key}" must be a mapping of strings`, node);
    return undefined;
  }
  const values: Record<string, string> = {};
  for (const pair of node.items) {
    if (!isScalar(pair.key)) continue;
    const name = String(pair.key.value);
    if (isScalar(pair.value) && pair.value.value !== null && typeof pair.value.value !== 'object') {
      values[name] = String(pair.value.value);
      const range = yamlRange(pair.value, offset, index);
      if (range) entry.valueRanges[`${key}.${name}`] = range;
    } else {
      report(`"${key}.${name}" must be a string`, pair.value);
    }
  }
  return values;
}
