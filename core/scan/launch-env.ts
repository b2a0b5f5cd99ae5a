// The environment, working directory and headers a client would give a server it starts, with the
// client's variable references expanded the way that client expands them.
import { getDefaultEnvironment } from '@modelcontextprotocol/sdk/client/stdio.js';
import { variableReferences } from '../clients/variables';
import type { ServerEntry, VariableSyntax } from '../model';

export interface LaunchContext {
  /** The environment of the process that would start the server (the editor's or the CLI's). */
  env: Record<string, string | undefined>;
  project: string;
  home: string;
}

export class LaunchError extends Error {}

/** Claude Desktop starts servers with a minimal environment; the editors and CLIs pass their own. */
export function launchEnvironment(entry: ServerEntry, context: LaunchContext): Record<string, string> {
  const base = entry.client === 'claude-desktop' ? getDefaultEnvironment() : definedOnly(context.env);
  const result: Record<string, string> = { ...base };
  for (const [key, value] of Object.entries(entry.env ?? {})) result[key] = expand(value, entry.variableSyntax, context, `env.${key}`);
  return result;
}

export function launchArgs(entry: ServerEntry, context: LaunchContext): string[] {
  return (entry.args ?? []).map((arg, i) => expand(arg, entry.variableSyntax, context, `args.${i}`));
}

export function launchHeaders(entry: ServerEntry, context: LaunchContext): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(entry.headers ?? {})) headers[key] = expand(value, entry.variableSyntax, context, `headers.${key}`);
  return headers;
}

export function launchUrl(entry: ServerEntry, context: LaunchContext): string {
  return expand(entry.url ?? '', entry.variableSyntax, context, 'url');
}

/** Replaces each reference; an editor input (`${input:…}`) can only be answered in the editor. */
export function expand(value: string, syntax: VariableSyntax, context: LaunchContext, where: string): string {
  let result = '';
  let at = 0;
  for (const reference of variableReferences(value, syntax)) {
    result += value.slice(at, reference.start);
    at = reference.end;
    const text = value.slice(reference.start, reference.end);
    if (reference.kind === 'input') throw new LaunchError(`${where} asks the editor for input ${text}; scan this server from the editor`);
    result += reference.kind === 'env' ? (context.env[reference.name] ?? defaultOf(text)) : predefined(reference.name, context);
  }
  return result + value.slice(at);
}

/** Claude Code's `${VAR:-default}`. */
function defaultOf(reference: string): string {
  const match = /:-([^}]*)\}$/.exec(reference);
  return match?.[1] ?? '';
}

function predefined(name: string, context: LaunchContext): string {
  const base = name.split(':')[0];
  if (base === 'workspaceFolder' || base === 'cwd' || base === 'fileWorkspaceFolder') return context.project;
  if (base === 'workspaceFolderBasename') return context.project.split(/[\\/]/).pop() ?? '';
  if (base === 'userHome') return context.home;
  if (base === 'pathSeparator' || base === '/') return process.platform === 'win32' ? '\\' : '/';
  throw new LaunchError(`\${${name}} can only be resolved by the editor`);
}

function definedOnly(env: Record<string, string | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined) result[key] = value;
  return result;
}
