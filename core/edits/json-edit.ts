// Line-aware JSON/JSONC edits. jsonc-parser's own `modify` either reformats whole lines around
// the change or leaves values glued onto a neighbour's line; these keep every untouched byte,
// comment and indentation as written, and lay out new text the way the file already does.
import { findNodeAtLocation, parseTree, type JSONPath, type Node } from 'jsonc-parser';
import { formattingOf, type TextEdit } from './text-edit';

interface Layout {
  unit: string;
  eol: string;
}

function layoutOf(text: string): Layout {
  const options = formattingOf(text);
  return { unit: options.insertSpaces ? ' '.repeat(options.tabSize ?? 2) : '\t', eol: options.eol ?? '\n' };
}

function rootOf(text: string): Node | undefined {
  return parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
}

/** Sets the value at `path`, replacing it in place or adding the property to its (existing) parent object. */
export function setJsonValue(text: string, path: JSONPath, value: unknown): TextEdit[] | undefined {
  const root = rootOf(text);
  if (!root) return undefined;
  const layout = layoutOf(text);
  const node = findNodeAtLocation(root, path);
  if (node) return [{ offset: node.offset, length: node.length, content: render(value, text, node.offset, layout, !spansLines(text, node)) }];
  const parent = path.length > 1 ? findNodeAtLocation(root, path.slice(0, -1)) : root;
  const key = path[path.length - 1];
  if (parent?.type !== 'object' || typeof key !== 'string') return undefined;
  return insertMember(text, parent, `${JSON.stringify(key)}: `, value, layout);
}

/** Appends `value` to the array at `path`. */
export function appendJsonArray(text: string, path: JSONPath, value: unknown): TextEdit[] | undefined {
  const root = rootOf(text);
  const array = root && findNodeAtLocation(root, path);
  if (array?.type !== 'array') return undefined;
  return insertMember(text, array, '', value, layoutOf(text));
}

/** Removes the property at `path` with its comma, and its own line(s) when it had them. */
export function removeJsonProperty(text: string, path: JSONPath): TextEdit[] | undefined {
  const root = rootOf(text);
  const value = root && findNodeAtLocation(root, path);
  const property = value?.parent;
  const object = property?.parent;
  if (!property || property.type !== 'property' || !object) return undefined;
  const siblings = object.children ?? [];
  const index = siblings.indexOf(property);
  const end = property.offset + property.length;
  if (siblings.length === 1 && spansLines(text, object)) return [{ offset: object.offset, length: object.length, content: '{}' }];
  const comma = commaAfter(text, end);
  if (comma !== undefined) return [removeSpan(text, property.offset, comma + 1)];
  // The last member: drop the separating comma after the previous one (comments after it stay).
  const previous = siblings[index - 1];
  const previousComma = previous ? commaAfter(text, previous.offset + previous.length) : undefined;
  const edits: TextEdit[] = previousComma !== undefined ? [{ offset: previousComma, length: 1, content: '' }] : [];
  return [...edits, removeSpan(text, property.offset, end)];
}

/** Removes [start, end); when that is all its lines hold (bar a trailing comment), removes the lines. */
function removeSpan(text: string, start: number, end: number): TextEdit {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const rest = /^[ \t]*(\/\/[^\n]*)?\r?\n/.exec(text.slice(end, text.indexOf('\n', end) + 1 || text.length));
  if (!/\S/.test(text.slice(lineStart, start)) && rest) return { offset: lineStart, length: end + rest[0].length - lineStart, content: '' };
  const trailing = /^[ \t]*/.exec(text.slice(end))![0].length;
  return { offset: start, length: end - start + trailing, content: '' };
}

function insertMember(text: string, container: Node, prefix: string, value: unknown, layout: Layout): TextEdit[] {
  const members = container.children ?? [];
  const last = members[members.length - 1];
  const open = container.type === 'object' ? '{' : '[';
  const close = container.type === 'object' ? '}' : ']';
  if (!last) {
    const indent = indentAt(text, container.offset);
    const inner = indent + layout.unit;
    const compact = container.type === 'array' && !isStructured(value);
    const content = compact ? `${open}${render(value, text, 0, layout, true)}${close}` : `${open}${layout.eol}${inner}${prefix}${renderNew(value, inner, layout)}${layout.eol}${indent}${close}`;
    return [{ offset: container.offset, length: container.length, content }];
  }
  const lastEnd = last.offset + last.length;
  if (!spansLines(text, container)) return [{ offset: lastEnd, length: 0, content: `, ${prefix}${render(value, text, 0, layout, true)}` }];
  const indent = indentAt(text, last.offset);
  const existingComma = commaAfter(text, lastEnd);
  const afterLine = endOfLine(text, existingComma !== undefined ? existingComma + 1 : lastEnd);
  const member = `${layout.eol}${indent}${prefix}${renderNew(value, indent, layout)}`;
  const comma: TextEdit[] = existingComma !== undefined ? [] : [{ offset: lastEnd, length: 0, content: ',' }];
  // Insert after the end of the last member's line, so a trailing comment stays with its member.
  return [...comma, { offset: afterLine, length: 0, content: member }];
}

function render(value: unknown, text: string, offset: number, layout: Layout, compact: boolean): string {
  return compact ? compactJson(value) : renderAt(value, indentAt(text, offset), layout);
}

/** A new member: short lists of plain values stay on one line, anything else is laid out. */
function renderNew(value: unknown, indent: string, layout: Layout): string {
  const flat = Array.isArray(value) && !value.some(isStructured) ? compactJson(value) : undefined;
  return flat !== undefined && indent.length + flat.length <= 100 ? flat : renderAt(value, indent, layout);
}

function renderAt(value: unknown, indent: string, layout: Layout): string {
  return JSON.stringify(value, null, layout.unit).split('\n').join(`${layout.eol}${indent}`);
}

/** One line, spaced the way people write it: ["-y", "pkg@1.0.0"], { "a": 1 }. */
function compactJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(compactJson).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${compactJson(item)}`);
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  return JSON.stringify(value);
}

function isStructured(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}

function spansLines(text: string, node: Node): boolean {
  return text.slice(node.offset, node.offset + node.length).includes('\n');
}

function indentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
}

/** The offset of the comma that follows `from`, skipping whitespace and comments. */
function commaAfter(text: string, from: number): number | undefined {
  let at = from;
  for (;;) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    if (text.startsWith('//', at)) at = endOfLine(text, at);
    else if (text.startsWith('/*', at)) at = text.indexOf('*/', at) === -1 ? text.length : text.indexOf('*/', at) + 2;
    else return text[at] === ',' ? at : undefined;
  }
}

/** The offset of the line break (or end of text) that ends the line holding `from`. */
function endOfLine(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  if (newline === -1) return text.length;
  return text[newline - 1] === '\r' ? newline - 1 : newline;
}
