// Recognises (never expands) the variable references each client resolves at launch time,
// so a caller can tell "${env:TOKEN}" from a token pasted into the config.
import type { VariableSyntax } from '../model';

export type ReferenceKind = 'env' | 'input' | 'predefined';

export interface VariableReference {
  /** The variable, input id or predefined name, e.g. "GITHUB_TOKEN", "api-key", "workspaceFolder". */
  name: string;
  /** Offsets into the value: value.slice(start, end) is the whole reference text. */
  start: number;
  end: number;
  kind: ReferenceKind;
}

const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const CLAUDE_PATTERN = new RegExp(`\\$\\{(${NAME})(?::-[^}]*)?\\}`, 'g');
const GEMINI_PATTERN = new RegExp(`\\$\\{(${NAME})\\}|\\$(${NAME})`, 'g');
const BRACED_PATTERN = /\$\{([^${}]*)\}/g;
// Continue: ${{ secrets.NAME }} (resolved from the Hub or .env) and ${{ inputs.NAME }}.
const CONTINUE_PATTERN = /\$\{\{\s*(secrets|inputs)\.([A-Za-z0-9_-]+)\s*\}\}/g;

/** VS Code / Cursor predefined variables (https://code.visualstudio.com/docs/reference/variables-reference). */
const PREDEFINED = new Set([
  'workspaceFolder', 'workspaceFolderBasename', 'userHome', 'pathSeparator', '/', 'cwd',
  'file', 'fileBasename', 'fileDirname', 'fileExtname', 'fileBasenameNoExtension', 'relativeFile',
  'relativeFileDirname', 'fileWorkspaceFolder', 'lineNumber', 'selectedText', 'execPath', 'defaultBuildTask',
]);

export function variableReferences(value: string, syntax: VariableSyntax): VariableReference[] {
  switch (syntax) {
    case 'claude':
      return collect(value, CLAUDE_PATTERN, (m) => ({ name: m[1]!, kind: 'env' }));
    case 'gemini':
      return collect(value, GEMINI_PATTERN, (m) => ({ name: (m[1] ?? m[2])!, kind: 'env' }));
    case 'vscode':
      return collect(value, BRACED_PATTERN, (m) => classifyEditorVariable(m[1]!, true));
    case 'cursor':
      return collect(value, BRACED_PATTERN, (m) => classifyEditorVariable(m[1]!, false));
    case 'continue':
      return collect(value, CONTINUE_PATTERN, (m) => ({ name: m[2]!, kind: m[1] === 'secrets' ? 'env' : 'input' }));
    case 'codex':
    case 'plain':
      // Codex forwards variables by name (env_vars, env_http_headers); neither expands text.
      return [];
  }
}

type Classified = { name: string; kind: ReferenceKind } | undefined;

function collect(value: string, pattern: RegExp, classify: (match: RegExpExecArray) => Classified): VariableReference[] {
  const found: VariableReference[] = [];
  for (const match of value.matchAll(pattern)) {
    const classified = classify(match);
    if (classified) found.push({ ...classified, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

function classifyEditorVariable(inner: string, vscode: boolean): Classified {
  const colon = inner.indexOf(':');
  const prefix = colon === -1 ? inner : inner.slice(0, colon);
  const argument = colon === -1 ? '' : inner.slice(colon + 1);
  if (prefix === 'env' && argument) return { name: argument, kind: 'env' };
  if (vscode && prefix === 'input' && argument) return { name: argument, kind: 'input' };
  if (vscode && (prefix === 'config' || prefix === 'command') && argument) return { name: inner, kind: 'predefined' };
  // `${workspaceFolder:name}` picks one folder of a multi-root workspace.
  if (PREDEFINED.has(prefix) && (colon === -1 || prefix === 'workspaceFolder' || prefix === 'workspaceFolderBasename')) return { name: inner, kind: 'predefined' };
  return undefined;
}

/** The value with every reference cut out: whatever remains is literal text the client passes through. */
export function withoutReferences(value: string, syntax: VariableSyntax): string {
  let result = '';
  let at = 0;
  for (const reference of variableReferences(value, syntax)) {
    result += value.slice(at, reference.start);
    at = reference.end;
  }
  return result + value.slice(at);
}

const AUTH_SCHEME = /^\s*(Bearer|Basic|Token|Bot|ApiKey|Api-Key)\b/i;

/**
 * True when the value carries nothing literal that could be a credential: one or more references,
 * optionally after an HTTP auth scheme ("Bearer ${env:TOKEN}") and joined by punctuation ("${USER}:${PASS}").
 */
export function isWholeReference(value: string, syntax: VariableSyntax): boolean {
  if (variableReferences(value, syntax).length === 0) return false;
  const literal = withoutReferences(value, syntax).replace(AUTH_SCHEME, '');
  return !/[\p{L}\p{N}]/u.test(literal);
}

/** How to write a reference to environment variable `varName` in this client; undefined when it has no syntax for it. */
export function referenceFor(varName: string, syntax: VariableSyntax): string | undefined {
  switch (syntax) {
    case 'claude':
    case 'gemini':
      return `\${${varName}}`;
    case 'cursor':
    case 'vscode':
      return `\${env:${varName}}`;
    case 'continue':
      return `\${{ secrets.${varName} }}`;
    case 'codex':
    case 'plain':
      return undefined;
  }
}

/** VS Code's idiomatic home for a secret: a prompted input, stored encrypted after first use. */
export function inputReference(id: string): string {
  return `\${input:${id}}`;
}
