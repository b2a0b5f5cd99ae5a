// JSON/JSONC reading shared by every client whose config is JSON: a tree with offsets,
// parse errors with locations, and ranges that sit inside a string's quotes.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { ParseProblem, SourceRange } from '../model';
import { LineIndex } from '../text/line-index';
import { nestingOverflow, nestingProblem } from './nesting';

export interface JsonDocument {
  text: string;
  index: LineIndex;
  root: Node | undefined;
  /** Syntax errors; for strict-JSON clients, comments and trailing commas are errors too. */
  errors: ParseProblem[];
}

export interface JsonDialect {
  /** The client accepts // and /* comments. */
  comments: boolean;
  /** The client accepts a comma after the last element. */
  trailingCommas: boolean;
}

export const STRICT_JSON: JsonDialect = { comments: false, trailingCommas: false };
export const JSONC: JsonDialect = { comments: true, trailingCommas: true };

export function parseJsonDocument(text: string, dialect: JsonDialect, index = new LineIndex(text)): JsonDocument {
  if (text.trim() === '') return { text, index, root: undefined, errors: [{ message: 'the file is empty, which is not valid JSON', range: index.range(0, 0) }] };
  const tooDeep = nestingOverflow(text, 'json');
  if (tooDeep !== undefined) return { text, index, root: undefined, errors: [nestingProblem(tooDeep, index)] };
  const raw: ParseError[] = [];
  const root = parseTree(text, raw, {
    disallowComments: !dialect.comments,
    allowTrailingComma: dialect.trailingCommas,
    allowEmptyContent: false,
  });
  // jsonc-parser may report one mistake twice at the same spot (a trailing comma in an object).
  const seen = new Set<number>();
  const firstAtOffset = raw.filter((error) => !seen.has(error.offset) && seen.add(error.offset));
  const errors = firstAtOffset.map((error) => ({
    message: describeParseError(error, dialect),
    range: index.range(error.offset, Math.max(error.length, 1)),
  }));
  return { text, index, root, errors };
}

function describeParseError(error: ParseError, dialect: JsonDialect): string {
  const code = printParseErrorCode(error.error);
  if (code === 'InvalidCommentToken' && !dialect.comments) {
    return 'comments are not allowed: this client reads the file as strict JSON and will fail to load it';
  }
  if ((code === 'PropertyNameExpected' || code === 'ValueExpected') && !dialect.trailingCommas) {
    return `JSON syntax error (${code}): a trailing comma or a missing value; this client reads strict JSON`;
  }
  return `JSON syntax error: ${code}`;
}

/** Parses text[start, end) as a JSON value and shifts every offset so the tree points into the whole text. */
export function parseJsonSlice(text: string, start: number, end: number, dialect: JsonDialect): Node | undefined {
  const slice = text.slice(start, end);
  if (nestingOverflow(slice, 'json') !== undefined) return undefined;
  const node = parseTree(slice, [], {
    disallowComments: !dialect.comments,
    allowTrailingComma: dialect.trailingCommas,
  });
  if (node) shiftOffsets(node, start);
  return node;
}

function shiftOffsets(node: Node, by: number): void {
  const mutable = node as { offset: number; colonOffset?: number };
  mutable.offset += by;
  if (mutable.colonOffset !== undefined) mutable.colonOffset += by;
  for (const child of node.children ?? []) shiftOffsets(child, by);
}

/** The value node of `key` in an object node, if present. */
export function propertyValue(object: Node | undefined, key: string): Node | undefined {
  if (!object || object.type !== 'object') return undefined;
  for (const property of object.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (keyNode?.value === key) return valueNode;
  }
  return undefined;
}

export interface JsonProperty {
  key: string;
  keyNode: Node;
  valueNode: Node | undefined;
}

export function properties(object: Node | undefined): JsonProperty[] {
  if (!object || object.type !== 'object') return [];
  const result: JsonProperty[] = [];
  for (const property of object.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (keyNode && typeof keyNode.value === 'string') result.push({ key: keyNode.value, keyNode, valueNode });
  }
  return result;
}

/** A string node's range without its quotes; any other node's whole range. */
export function innerRange(node: Node, index: LineIndex): SourceRange {
  if (node.type === 'string' && node.length >= 2) return index.range(node.offset + 1, node.length - 2);
  return index.range(node.offset, node.length);
}

export function nodeRange(node: Node, index: LineIndex): SourceRange {
  return index.range(node.offset, node.length);
}

export function describeNodeType(node: Node | undefined): string {
  if (!node) return 'nothing';
  if (node.type === 'array') return 'an array';
  if (node.type === 'object') return 'an object';
  if (node.type === 'null') return 'null';
  return `a ${node.type}`;
}
