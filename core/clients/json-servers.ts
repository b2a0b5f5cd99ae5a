// The common case: a JSON file with one object of named servers at a known path.
import type { Node } from 'jsonc-parser';
import type { CandidateFile, ClientId, ParseProblem, ServerEntry, VariableSyntax } from '../model';
import { LineIndex } from '../text/line-index';
import { candidateMaker, type CandidateMaker } from './candidate';
import { decodeJsonEntry, problemsOf, type EntryContext, type EntryShape } from './json-entry';
import { describeNodeType, innerRange, parseJsonDocument, properties, propertyValue, type JsonDialect } from './json-source';
import { neverThrows } from './never-throws';
import type { ClientModule, DiscoveryEnv, DiscoveryFs, ParsedFile } from './types';

export interface JsonServersFormat {
  dialect: JsonDialect;
  /** Property path from the root to the servers object, e.g. ['mcpServers'] or ['mcp', 'servers']. */
  serversPath: readonly string[];
  /** Other spellings of the same path, tried in order when serversPath is absent (VS Code's "mcp.servers"). */
  alternativePaths?: readonly (readonly string[])[];
  shape: EntryShape;
  variableSyntax: VariableSyntax;
}

export interface JsonServersClient {
  id: ClientId;
  displayName: string;
  format: JsonServersFormat;
  /** As ClientModule.candidates, with a `candidate` factory already bound to this client's id. */
  candidates(env: DiscoveryEnv, fs: DiscoveryFs, candidate: CandidateMaker): CandidateFile[];
}

/** A client whose every file is parsed by parseServersJson with one format. */
export function jsonServersClient(client: JsonServersClient): ClientModule {
  const candidate = candidateMaker(client.id);
  return {
    id: client.id,
    displayName: client.displayName,
    candidates: (env, fs) => client.candidates(env, fs, candidate),
    parse: neverThrows((text, file) => parseServersJson(text, file, client.format)),
  };
}

export function parseServersJson(text: string, file: CandidateFile, format: JsonServersFormat): ParsedFile {
  const doc = parseJsonDocument(text, format.dialect);
  const root = doc.root;
  if (!root) return { servers: [], errors: doc.errors.length ? doc.errors : [{ message: 'the file is empty' }], warnings: [] };
  if (root.type !== 'object') {
    return { servers: [], errors: [...doc.errors, { message: `the file must hold a JSON object, found ${describeNodeType(root)}`, range: innerRange(root, doc.index) }], warnings: [] };
  }
  const ctx: EntryContext = { client: file.client, scope: file.scope, file: file.path, index: doc.index, variableSyntax: format.variableSyntax, ...(file.projectDir ? { projectDir: file.projectDir } : {}) };
  const located = [format.serversPath, ...(format.alternativePaths ?? [])]
    .map((path) => locateServers(root, path, doc.index))
    .find((found) => found.node || found.problems.length) ?? { problems: [] };
  const servers = located.node ? decodeServerMap(located.node, format.shape, ctx) : [];
  return { servers, errors: doc.errors, warnings: [...located.problems, ...problemsOf(servers)] };
}

function locateServers(root: Node, path: readonly string[], index: LineIndex): { node?: Node; problems: ParseProblem[] } {
  let node: Node | undefined = root;
  for (const key of path) {
    const next = propertyValue(node, key);
    if (!next) return { problems: [] };
    if (next.type !== 'object') {
      return { problems: [{ message: `"${path.join('.')}" must be an object of named servers, found ${describeNodeType(next)}`, range: innerRange(next, index) }] };
    }
    node = next;
  }
  return { node, problems: [] };
}

export function decodeServerMap(serversNode: Node, shape: EntryShape, ctx: EntryContext): ServerEntry[] {
  return properties(serversNode).map(({ keyNode, valueNode }) => decodeJsonEntry(keyNode, valueNode, shape, ctx));
}
