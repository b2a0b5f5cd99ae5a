// TOML reading with offsets: parse errors with a location, ranges inside string quotes, and a
// flat list of every key path the document assigns, however it was spelt ([table] headers,
// dotted keys, inline tables), so a client can pick out its section without caring which.
import { parseTOML, ParseError, type AST } from 'toml-eslint-parser';
import type { ParseProblem, SourceRange } from '../model';
import { LineIndex } from '../text/line-index';
import { nestingOverflow, nestingProblem } from './nesting';

export type TomlKeyNode = AST.TOMLBare | AST.TOMLQuoted;

/** One place the document gives a key path a value (`leaf`) or opens a table at it (`table`). */
export interface TomlAssignment {
  path: string[];
  /** The key node for each path segment, as written at this place. */
  keyNodes: TomlKeyNode[];
  kind: 'leaf' | 'table' | 'array-table';
  /** The value of a leaf; the [table], the inline table or the [[array table]] otherwise. */
  node: AST.TOMLContentNode | AST.TOMLTable;
  /** What to cover when pointing at this assignment: the key-value, the inline table or the [table]. */
  span: AST.TOMLKeyValue | AST.TOMLContentNode | AST.TOMLTable;
}

export interface TomlDocument {
  index: LineIndex;
  assignments: TomlAssignment[];
  errors: ParseProblem[];
}

export function parseTomlDocument(text: string): TomlDocument {
  const index = new LineIndex(text);
  const tooDeep = nestingOverflow(text, 'toml');
  if (tooDeep !== undefined) return { index, assignments: [], errors: [nestingProblem(tooDeep, index)] };
  let program: AST.TOMLProgram;
  try {
    // TOML 1.1 (the parser's default) is a superset of 1.0: lenient, so valid servers stay visible.
    program = parseTOML(text);
  } catch (error) {
    return { index, assignments: [], errors: [syntaxProblem(error, text, index)] };
  }
  const assignments: TomlAssignment[] = [];
  for (const item of program.body[0].body) {
    if (item.type === 'TOMLKeyValue') flattenKeyValue(item, [], [], assignments);
    else flattenTable(item, assignments);
  }
  return { index, assignments, errors: [] };
}

function syntaxProblem(error: unknown, text: string, index: LineIndex): ParseProblem {
  if (!(error instanceof ParseError)) return { message: `TOML syntax error: ${error instanceof Error ? error.message : String(error)}` };
  // A missing value is noticed at the next token, often lines later; point just after the `=` instead.
  const offset = error.message === MISSING_VALUE ? text.slice(0, error.index).trimEnd().length : error.index;
  return { message: `TOML syntax error: ${error.message}`, range: index.range(offset, 1) };
}

const MISSING_VALUE = 'Unspecified values are invalid';

function flattenTable(table: AST.TOMLTable, into: TomlAssignment[]): void {
  const path = table.key.keys.map(keyName);
  const keyNodes = [...table.key.keys];
  into.push({ path, keyNodes, kind: table.kind === 'array' ? 'array-table' : 'table', node: table, span: table });
  for (const keyValue of table.body) flattenKeyValue(keyValue, path, keyNodes, into);
}

function flattenKeyValue(keyValue: AST.TOMLKeyValue, prefix: string[], prefixKeys: TomlKeyNode[], into: TomlAssignment[]): void {
  const path = [...prefix, ...keyValue.key.keys.map(keyName)];
  const keyNodes = [...prefixKeys, ...keyValue.key.keys];
  const value = keyValue.value;
  if (value.type !== 'TOMLInlineTable') {
    into.push({ path, keyNodes, kind: 'leaf', node: value, span: keyValue });
    return;
  }
  into.push({ path, keyNodes, kind: 'table', node: value, span: value });
  for (const inner of value.body) flattenKeyValue(inner, path, keyNodes, into);
}

export function keyName(key: TomlKeyNode): string {
  return key.type === 'TOMLBare' ? key.name : key.value;
}

/** A quoted key's range without its quotes; a bare key's whole range. */
export function keyRange(key: TomlKeyNode, index: LineIndex): SourceRange {
  return key.type === 'TOMLQuoted' ? index.range(key.range[0] + 1, key.range[1] - key.range[0] - 2) : nodeRange(key, index);
}

/** A string value's range without its quotes (and without the newline a multi-line string drops); other nodes whole. */
export function valueRange(node: AST.TOMLNode, text: string, index: LineIndex): SourceRange {
  if (node.type !== 'TOMLValue' || node.kind !== 'string') return nodeRange(node, index);
  const quote = node.multiline ? 3 : 1;
  let start = node.range[0] + quote;
  const end = node.range[1] - quote;
  if (node.multiline && text.startsWith('\r\n', start)) start += 2;
  else if (node.multiline && text[start] === '\n') start += 1;
  return index.range(start, Math.max(0, end - start));
}

export function nodeRange(node: { range: AST.Range }, index: LineIndex): SourceRange {
  return index.range(node.range[0], node.range[1] - node.range[0]);
}

export function describeTomlNode(node: AST.TOMLContentNode | AST.TOMLTable): string {
  switch (node.type) {
    case 'TOMLTable':
    case 'TOMLInlineTable':
      return 'a table';
    case 'TOMLArray':
      return 'an array';
    default:
      return node.kind === 'integer' || node.kind === 'float' ? 'a number' : node.kind === 'boolean' ? 'a boolean' : node.kind === 'string' ? 'a string' : 'a date/time';
  }
}
