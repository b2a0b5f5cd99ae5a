// "Move the credential": replaces a plaintext secret with the client's own reference syntax, so
// the client reads it from the environment (or, in VS Code, prompts for it and keeps it in the
// secret store). The secret itself is never copied anywhere.
import { findNodeAtLocation, parseTree, type JSONPath } from 'jsonc-parser';
import { inputReference, referenceFor as envReference } from '../clients/variables';
import type { ConfigFormat, ServerEntry, VariableSyntax } from '../model';
import { entryPath, JSON_FORMATS, valuePath } from './json-path';
import { appendJsonArray, setJsonValue } from './json-edit';
import { sequentialEdits, type TextEdit } from './text-edit';

export interface CredentialMove {
  edits: TextEdit[];
  /** What the value now refers to, e.g. "${GITHUB_TOKEN}" or "${input:github-token}". */
  reference: string;
  /** What the developer still has to do, in one sentence. */
  followUp: string;
}

/**
 * The reference a moved credential becomes: in VS Code a prompted input (kept in its secret storage),
 * elsewhere the client's own environment-variable syntax from core/clients/variables, the same
 * syntax the checks recognise. Undefined for clients that have none (no automatic fix).
 */
export function referenceFor(syntax: VariableSyntax, variable: string): string | undefined {
  return syntax === 'vscode' ? inputReference(inputId(variable)) : envReference(variable, syntax);
}

/** VS Code input ids read best in kebab case: GITHUB_TOKEN → github-token. */
export function inputId(variable: string): string {
  return variable.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'secret';
}

export function moveCredentialEdits(text: string, entry: ServerEntry, format: ConfigFormat, path: string, variable: string): CredentialMove | undefined {
  const reference = referenceFor(entry.variableSyntax, variable);
  const base = JSON_FORMATS.has(format) ? entryPath(text, entry) : undefined;
  const current = valueOf(entry, path);
  if (!reference || !base || current === undefined || path === 'url') return undefined;
  const target: JSONPath = [...base, ...valuePath(path)];
  const replacement = keepingPrefix(current, reference);
  const steps = [(now: string) => setJsonValue(now, target, replacement) ?? []];
  // VS Code reads `inputs` next to `servers` (top level of mcp.json, `mcp` in settings.json).
  if (entry.variableSyntax === 'vscode') steps.push((now) => addPasswordInput(now, [...base.slice(0, -2), 'inputs'], variable, entry.name));
  return { edits: sequentialEdits(text, steps), reference, followUp: followUpFor(entry.variableSyntax, variable) };
}

function valueOf(entry: ServerEntry, path: string): string | undefined {
  const [head, key] = valuePath(path);
  if (head === 'env') return entry.env?.[key as string];
  if (head === 'headers') return entry.headers?.[key as string];
  if (head === 'args') return entry.args?.[key as number];
  return undefined;
}

/** "Bearer sk-…" keeps "Bearer ", "--api-key=sk-…" keeps "--api-key=": only the secret moves. */
function keepingPrefix(value: string, reference: string): string {
  const prefix = /^(?:(?:Bearer|Basic|token)\s+|--?[A-Za-z0-9_-]+=)/i.exec(value)?.[0] ?? '';
  return `${prefix}${reference}`;
}

function addPasswordInput(text: string, inputsPath: JSONPath, variable: string, serverName: string): TextEdit[] {
  const id = inputId(variable);
  const inputs = findNodeAtLocation(parseTree(text) ?? { type: 'null', offset: 0, length: 0 }, inputsPath);
  const input = { type: 'promptString', id, description: `${variable} for the "${serverName}" MCP server`, password: true };
  if (!inputs || inputs.type !== 'array') return setJsonValue(text, inputsPath, [input]) ?? [];
  const exists = (inputs.children ?? []).some((item) => findNodeAtLocation(item, ['id'])?.value === id);
  return exists ? [] : (appendJsonArray(text, inputsPath, input) ?? []);
}

function followUpFor(syntax: VariableSyntax, variable: string): string {
  if (syntax === 'vscode') return `VS Code will prompt for ${variable} when the server starts and keep it in its secret storage. Rotate the old value: it was readable in the file.`;
  return `Set ${variable} in the environment the client starts from, then rotate the old value: it was readable in the file.`;
}
