// VS Code (GitHub Copilot agent): mcp.json in the workspace (.vscode), the user profile, named
// profiles and Insiders; the pre-1.102 `mcp.servers` setting; dev containers'
// `customizations.vscode.mcp.servers`. All JSONC. References: ${input:id}, ${env:VAR}, predefined.
import type { Node } from 'jsonc-parser';
import type { CandidateFile, ParseProblem, ServerEntry, SourceRange } from '../model';
import type { LineIndex } from '../text/line-index';
import { candidateMaker } from './candidate';
import { entryValues } from './entry-values';
import { acceptTypes, transportFromType, type EntryShape } from './json-entry';
import { parseServersJson, type JsonServersFormat } from './json-servers';
import { JSONC, nodeRange, parseJsonDocument, propertyValue } from './json-source';
import { neverThrows } from './never-throws';
import { appConfigDir, filesInSubdirs, pathApi } from './paths';
import type { ClientModule, DiscoveryEnv, DiscoveryFs, ParsedFile } from './types';
import { variableReferences } from './variables';

const vscodeShape: EntryShape = {
  urlKeys: ['url'],
  transport: transportFromType,
  stringKeys: ['envFile'],
  validate: acceptTypes('VS Code', ['stdio', 'http', 'sse']),
};

/** Where servers and inputs sit for each kind of file. */
interface Layout {
  servers: readonly (readonly string[])[];
  inputs: readonly (readonly string[])[];
}

const LAYOUTS: Record<string, Layout> = {
  'mcp-json': { servers: [['servers']], inputs: [['inputs']] },
  // settings.json splits dotted keys, so "mcp.servers" is the same setting as "mcp": {"servers"}.
  settings: { servers: [['mcp', 'servers'], ['mcp.servers']], inputs: [['mcp', 'inputs'], ['mcp.inputs']] },
  devcontainer: { servers: [['customizations', 'vscode', 'mcp', 'servers']], inputs: [['customizations', 'vscode', 'mcp', 'inputs']] },
};

const MCP_KEY = /"mcp(?:\.servers)?"\s*:/;
const PRODUCTS = ['Code', 'Code - Insiders'];
const candidate = candidateMaker('vscode');

export const vscode: ClientModule = {
  id: 'vscode',
  displayName: 'VS Code',
  candidates(env, fs) {
    return [...userFiles(env, fs), ...workspaceFiles(env, fs)];
  },
  parse: neverThrows(parseVscodeFile),
};

function userFiles(env: DiscoveryEnv, fs: DiscoveryFs): CandidateFile[] {
  const p = pathApi(env);
  const files: CandidateFile[] = [];
  for (const product of PRODUCTS) {
    const userDir = p.join(appConfigDir(env), product, 'User');
    files.push(candidate(p.join(userDir, 'mcp.json'), 'user', 'mcp-json', 'jsonc'));
    files.push(...filesInSubdirs(fs, p, p.join(userDir, 'profiles'), 'mcp.json').map((path) => candidate(path, 'profile', 'mcp-json', 'jsonc')));
    files.push(candidate(p.join(userDir, 'settings.json'), 'legacy-settings', 'settings', 'jsonc'));
  }
  // The user configuration of VS Code Server, used when this machine is a remote (SSH, WSL, tunnel).
  if (env.platform !== 'win32') files.push(candidate(p.join(env.home, '.vscode-server', 'data', 'User', 'mcp.json'), 'user', 'mcp-json', 'jsonc'));
  return files;
}

function workspaceFiles(env: DiscoveryEnv, fs: DiscoveryFs): CandidateFile[] {
  if (!env.project) return [];
  const p = pathApi(env);
  const project = p.resolve(env.project);
  const devcontainerDir = p.join(project, '.devcontainer');
  return [
    candidate(p.join(project, '.vscode', 'mcp.json'), 'project', 'mcp-json', 'jsonc'),
    candidate(p.join(project, '.vscode', 'settings.json'), 'legacy-settings', 'settings', 'jsonc'),
    candidate(p.join(devcontainerDir, 'devcontainer.json'), 'devcontainer', 'devcontainer', 'jsonc'),
    candidate(p.join(project, '.devcontainer.json'), 'devcontainer', 'devcontainer', 'jsonc'),
    // One folder per configuration when a repository offers several dev containers.
    ...filesInSubdirs(fs, p, devcontainerDir, 'devcontainer.json').map((path) => candidate(path, 'devcontainer', 'devcontainer', 'jsonc')),
  ];
}

function parseVscodeFile(text: string, file: CandidateFile): ParsedFile {
  const layout = LAYOUTS[file.kind] ?? LAYOUTS['mcp-json']!;
  // Settings and dev container files mostly configure other things; without an "mcp" key
  // (even when empty or broken) they are not MCP configs and have nothing to report.
  if (file.kind !== 'mcp-json' && !MCP_KEY.test(text)) return { servers: [], errors: [], warnings: [] };
  const [serversPath, ...alternativePaths] = layout.servers;
  const format: JsonServersFormat = { dialect: JSONC, serversPath: serversPath!, alternativePaths, shape: vscodeShape, variableSyntax: 'vscode' };
  const parsed = parseServersJson(text, file, format);
  if (parsed.errors.length) return parsed;
  const doc = parseJsonDocument(text, JSONC);
  const declared = new Set(layout.inputs.flatMap((path) => inputsAt(doc.root, path, doc.index).ids));
  const undeclared = parsed.servers.flatMap((entry) => reportUndeclaredInputs(entry, declared));
  return { ...parsed, warnings: [...parsed.warnings, ...undeclared] };
}

/** A `${input:id}` with no matching entry in `inputs` makes VS Code fail to start the server. */
function reportUndeclaredInputs(entry: ServerEntry, declared: Set<string>): ParseProblem[] {
  const found: ParseProblem[] = [];
  for (const { key, value } of entryValues(entry)) {
    for (const reference of variableReferences(value, 'vscode')) {
      if (reference.kind !== 'input' || declared.has(reference.name)) continue;
      const problem = { message: `"\${input:${reference.name}}" refers to an input that "inputs" does not declare; VS Code cannot start "${entry.name}"`, server: entry.name, range: entry.valueRanges[key]! };
      entry.problems.push(problem);
      found.push(problem);
    }
  }
  return found;
}

export interface VscodeInputs {
  /** Ids of the declared inputs, in file order. */
  ids: string[];
  /** The `inputs` array, when the file has one: where a quick fix adds an entry. */
  range?: SourceRange;
}

/** The inputs a VS Code MCP file declares (`inputs`, or `mcp.inputs` in settings.json). Pure, never throws. */
export function vscodeInputs(text: string, inputsPath: readonly string[] = ['inputs']): VscodeInputs {
  const doc = parseJsonDocument(text, JSONC);
  return inputsAt(doc.root, inputsPath, doc.index);
}

function inputsAt(root: Node | undefined, inputsPath: readonly string[], index: LineIndex): VscodeInputs {
  let node = root;
  for (const key of inputsPath) node = propertyValue(node, key);
  if (!node || node.type !== 'array') return { ids: [] };
  const ids = (node.children ?? []).map((input) => propertyValue(input, 'id')?.value).filter((id): id is string => typeof id === 'string');
  return { ids, range: nodeRange(node, index) };
}
