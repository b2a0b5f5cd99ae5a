// OpenAI Codex (CLI, IDE extension, app): `[mcp_servers.<id>]` in $CODEX_HOME/config.toml
// (default ~/.codex) and in .codex/config.toml of a trusted project and its ancestors.
// Servers may be spelt as [tables], dotted keys or inline tables; all are read alike.
import type { AST } from 'toml-eslint-parser';
import type { CandidateFile, ParseProblem, ServerEntry } from '../model';
import type { LineIndex } from '../text/line-index';
import { candidateMaker } from './candidate';
import { neverThrows } from './never-throws';
import { pathApi, projectAncestorsExceptHome } from './paths';
import { describeTomlNode, keyRange, nodeRange, parseTomlDocument, valueRange, type TomlAssignment, type TomlKeyNode } from './toml-source';
import type { ClientModule, ParsedFile } from './types';

const candidate = candidateMaker('codex');

export const codex: ClientModule = {
  id: 'codex',
  displayName: 'Codex',
  candidates(env) {
    const p = pathApi(env);
    const codexHome = env.env.CODEX_HOME || p.join(env.home, '.codex');
    return [
      candidate(p.join(codexHome, 'config.toml'), 'user', 'config-toml', 'toml'),
      ...projectAncestorsExceptHome(env).map((dir) => candidate(p.join(dir, '.codex', 'config.toml'), 'project', 'config-toml', 'toml')),
    ];
  },
  parse: neverThrows(parseCodexConfig),
};

interface ServerParts {
  name: string;
  nameKey: TomlKeyNode;
  /** The [mcp_servers.<id>] table or the inline table that holds the server, if there is one. */
  primary?: TomlAssignment;
  /** Every assignment below the server, with the path relative to it. */
  fields: { rest: string[]; assignment: TomlAssignment }[];
}

interface DecodeContext {
  text: string;
  index: LineIndex;
  file: CandidateFile;
}

export function parseCodexConfig(text: string, file: CandidateFile): ParsedFile {
  const doc = parseTomlDocument(text);
  if (doc.errors.length) return { servers: [], errors: doc.errors, warnings: [] };
  const { servers: parts, problems } = groupServers(doc.assignments, doc.index);
  const ctx: DecodeContext = { text, index: doc.index, file };
  const servers = parts.map((server) => decodeServer(server, ctx));
  return { servers, errors: [], warnings: [...problems, ...servers.flatMap((s) => s.problems)] };
}

function groupServers(assignments: TomlAssignment[], index: LineIndex): { servers: ServerParts[]; problems: ParseProblem[] } {
  const byName = new Map<string, ServerParts>();
  const problems: ParseProblem[] = [];
  for (const assignment of assignments) {
    if (assignment.path[0] !== 'mcp_servers') continue;
    if (assignment.path.length === 1) {
      if (assignment.kind !== 'table') problems.push({ message: `"mcp_servers" must be a table of named servers, found ${describeAssignment(assignment)}`, range: nodeRange(assignment.span, index) });
      continue;
    }
    const name = assignment.path[1]!;
    const server = byName.get(name) ?? { name, nameKey: assignment.keyNodes[1]!, fields: [] };
    byName.set(name, server);
    const rest = assignment.path.slice(2);
    if (rest.length === 0 && assignment.kind === 'table' && !server.primary) {
      server.primary = assignment;
      server.nameKey = assignment.keyNodes[1]!;
    }
    server.fields.push({ rest, assignment });
  }
  return { servers: [...byName.values()], problems };
}

function describeAssignment(assignment: TomlAssignment): string {
  return assignment.kind === 'array-table' ? 'an array of tables' : describeTomlNode(assignment.node);
}

function decodeServer(server: ServerParts, ctx: DecodeContext): ServerEntry {
  const nameRange = keyRange(server.nameKey, ctx.index);
  const entry: ServerEntry = {
    client: 'codex', scope: ctx.file.scope, file: ctx.file.path, name: server.name, nameRange,
    range: serverRange(server, ctx.index), transport: 'unknown', valueRanges: {}, problems: [], variableSyntax: 'codex',
    ...(ctx.file.projectDir ? { projectDir: ctx.file.projectDir } : {}),
  };
  const report = (message: string, node?: { range: AST.Range }) =>
    entry.problems.push({ message, server: server.name, range: node ? nodeRange(node, ctx.index) : nameRange });
  for (const { rest, assignment } of server.fields) decodeField(entry, rest, assignment, report, ctx);
  checkTransport(entry, report);
  return entry;
}

/** The server's own table when it has one; otherwise everything written for it, first to last. */
function serverRange(server: ServerParts, index: LineIndex) {
  if (server.primary) return nodeRange(server.primary.span, index);
  const start = Math.min(...server.fields.map((f) => f.assignment.span.range[0]));
  const end = Math.max(...server.fields.map((f) => f.assignment.span.range[1]));
  return index.range(start, end - start);
}

type Report = (message: string, node?: { range: AST.Range }) => void;

/** Tables of strings, and the valueRanges prefix each one's values are located under. */
const STRING_TABLES = new Map([
  ['env', 'env'],
  ['http_headers', 'headers'],
  // Values here name environment variables holding the header; they are not secrets themselves.
  ['env_http_headers', 'env_http_headers'],
]);

/** What each single-valued field must be, for the message when it is a table instead. */
const LEAF_FIELDS = new Map([
  ['command', 'a string'],
  ['url', 'a string'],
  ['bearer_token_env_var', 'a string'],
  ['args', 'an array of strings'],
  ['enabled', 'true or false'],
]);

function decodeField(entry: ServerEntry, rest: string[], assignment: TomlAssignment, report: Report, ctx: DecodeContext): void {
  const [field, key, ...deeper] = rest;
  if (field === undefined) {
    if (assignment.kind !== 'table') report(`server "${entry.name}" must be a table, found ${describeAssignment(assignment)}`, assignment.node);
    return;
  }
  const table = STRING_TABLES.get(field);
  if (table) {
    if (key === undefined) {
      if (assignment.kind !== 'table') report(`"${field}" must be a table of strings, found ${describeAssignment(assignment)}`, assignment.node);
    } else if (deeper.length === 0) {
      readMapValue(entry, table, `${field}.${key}`, key, assignment, report, ctx);
    }
    return;
  }
  if (key !== undefined) return;
  if (assignment.kind !== 'leaf') {
    const expected = LEAF_FIELDS.get(field);
    if (expected) report(`"${field}" must be ${expected}, found ${describeAssignment(assignment)}`, assignment.node);
    return;
  }
  decodeLeaf(entry, field, assignment.node as AST.TOMLContentNode, report, ctx);
}

function decodeLeaf(entry: ServerEntry, field: string, node: AST.TOMLContentNode, report: Report, ctx: DecodeContext): void {
  switch (field) {
    case 'command':
    case 'url':
    case 'bearer_token_env_var': {
      const value = stringValue(node, field, report);
      if (value === undefined) return;
      entry.valueRanges[field] = valueRange(node, ctx.text, ctx.index);
      if (field === 'command') entry.command = value;
      if (field === 'url') entry.url = value;
      return;
    }
    case 'args':
      readArgs(entry, node, report, ctx);
      return;
    case 'enabled':
      if (node.type !== 'TOMLValue' || node.kind !== 'boolean') report(`"enabled" must be true or false, found ${describeTomlNode(node)}`, node);
      else if (!node.value) entry.disabled = true;
      return;
  }
}

function stringValue(node: AST.TOMLContentNode, label: string, report: Report): string | undefined {
  if (node.type === 'TOMLValue' && node.kind === 'string') return node.value;
  report(`"${label}" must be a string, found ${describeTomlNode(node)}`, node);
  return undefined;
}

function readArgs(entry: ServerEntry, node: AST.TOMLContentNode, report: Report, ctx: DecodeContext): void {
  if (node.type !== 'TOMLArray') {
    report(`"args" must be an array of strings, found ${describeTomlNode(node)}`, node);
    return;
  }
  const args: string[] = [];
  node.elements.forEach((item, i) => {
    const value = scalarText(item, ctx.text);
    if (value === undefined) {
      report(`"args[${i}]" must be a string, found ${describeTomlNode(item)}`, item);
      return;
    }
    if (item.type === 'TOMLValue' && item.kind !== 'string') report(`"args[${i}]" should be a string, found ${describeTomlNode(item)}`, item);
    entry.valueRanges[`args.${args.length}`] = valueRange(item, ctx.text, ctx.index);
    args.push(value);
  });
  entry.args = args;
}

function readMapValue(entry: ServerEntry, target: string, label: string, key: string, assignment: TomlAssignment, report: Report, ctx: DecodeContext): void {
  const node = assignment.node;
  const value = assignment.kind === 'leaf' ? scalarText(node as AST.TOMLContentNode, ctx.text) : undefined;
  if (value === undefined) {
    report(`"${label}" must be a string, found ${describeAssignment(assignment)}`, node);
    return;
  }
  entry.valueRanges[`${target}.${key}`] = valueRange(node, ctx.text, ctx.index);
  if (target === 'env') entry.env = { ...entry.env, [key]: value };
  if (target === 'headers') entry.headers = { ...entry.headers, [key]: value };
}

/** Strings as they are; numbers and booleans as written (Codex stringifies neither, but identity should still see them). */
function scalarText(node: AST.TOMLContentNode, text: string): string | undefined {
  if (node.type !== 'TOMLValue') return undefined;
  if (node.kind === 'string') return node.value;
  if (node.kind === 'integer' || node.kind === 'float' || node.kind === 'boolean') return text.slice(node.range[0], node.range[1]);
  return undefined;
}

function checkTransport(entry: ServerEntry, report: Report): void {
  const hasCommand = entry.command !== undefined;
  const hasUrl = entry.url !== undefined;
  if (hasCommand && hasUrl) {
    entry.problems.push({ message: `invalid transport: Codex rejects server "${entry.name}" because it sets both "command" (stdio) and "url" (streamable HTTP)`, server: entry.name, range: entry.valueRanges.url! });
    return;
  }
  if (hasCommand) entry.transport = 'stdio';
  else if (hasUrl) entry.transport = 'http';
  else report(`server "${entry.name}" has neither "command" nor "url", so Codex cannot start it`);
}
