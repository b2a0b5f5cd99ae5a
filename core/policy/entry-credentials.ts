// Plaintext credentials in a server entry: env and header values, arguments, and the URL itself.
// Variable references (${VAR}, ${env:VAR}, ${input:id}) are what we want people to write, so they never count.
import type { ServerEntry, SourceRange } from '../model';
import { withoutReferences } from '../clients/variables';
import { findCredentialsInField } from '../secrets/index';

export interface EntryCredential {
  /** Where in the entry: "env.GITHUB_TOKEN", "headers.Authorization", "args.3", "url". */
  path: string;
  label: string;
  range: SourceRange;
  /** A variable name to move the value to. */
  suggestedVariable: string;
}

export function credentialsInEntry(entry: ServerEntry): EntryCredential[] {
  const found: EntryCredential[] = [];
  const check = (path: string, key: string | undefined, value: string) => {
    const label = credentialLabel(key, withoutReferences(value, entry.variableSyntax));
    const range = entry.valueRanges[path] ?? entry.nameRange;
    if (label) found.push({ path, label, range, suggestedVariable: suggestVariable(entry.name, key) });
  };
  for (const [key, value] of Object.entries(entry.env ?? {})) check(`env.${key}`, key, value);
  for (const [key, value] of Object.entries(entry.headers ?? {})) check(`headers.${key}`, key, value);
  (entry.args ?? []).forEach((arg, i) => check(`args.${i}`, flagName(entry.args![i - 1], arg), valueOfFlag(arg)));
  if (entry.url !== undefined) check('url', undefined, entry.url);
  return found;
}

function credentialLabel(key: string | undefined, literal: string): string | undefined {
  if (!literal.trim()) return undefined;
  return findCredentialsInField(key ?? '', literal)[0]?.label;
}

/** `--api-key=value` names itself; `--api-key value` is named by the previous argument. */
function flagName(previous: string | undefined, arg: string): string | undefined {
  const inline = /^--?([A-Za-z0-9_-]+)=/.exec(arg);
  if (inline) return inline[1];
  return previous?.startsWith('-') ? previous.replace(/^-+/, '') : undefined;
}

function valueOfFlag(arg: string): string {
  const eq = arg.indexOf('=');
  return arg.startsWith('-') && eq > 0 ? arg.slice(eq + 1) : arg;
}

function suggestVariable(serverName: string, key: string | undefined): string {
  if (key && /^[A-Z][A-Z0-9_]*$/.test(key)) return key;
  const base = serverName.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'MCP';
  return `${base}_${key && /auth/i.test(key) ? 'TOKEN' : 'API_KEY'}`;
}
