// Parses fixture text with the real client parsers, so the edits are tested on real entries.
import { parseConfigText } from '../../../core/discovery';
import { applyEdits, type TextEdit } from '../../../core/edits/index';
import type { CandidateFile, ClientId, ConfigFormat, ServerEntry } from '../../../core/model';

const FILES: Record<string, Omit<CandidateFile, 'path'>> = {
  '.mcp.json': { client: 'claude-code', scope: 'project', kind: 'mcp-json', format: 'json' },
  '.claude.json': { client: 'claude-code', scope: 'user', kind: 'claude-json', format: 'json' },
  '.cursor/mcp.json': { client: 'cursor', scope: 'project', kind: 'mcp-json', format: 'jsonc' },
  '.vscode/mcp.json': { client: 'vscode', scope: 'project', kind: 'mcp-json', format: 'jsonc' },
  '.codex/config.toml': { client: 'codex', scope: 'project', kind: 'config-toml', format: 'toml' },
};

export function entryIn(kind: keyof typeof FILES | string, text: string, name: string): { entry: ServerEntry; format: ConfigFormat; client: ClientId } {
  const candidate = { ...FILES[kind]!, path: `/repo/${kind}` };
  const file = parseConfigText(candidate, text);
  const entry = file.servers.find((server) => server.name === name);
  if (!entry) throw new Error(`no server ${name} in ${kind}: ${JSON.stringify(file.errors)}`);
  return { entry, format: candidate.format, client: candidate.client };
}

export function applied(text: string, edits: TextEdit[] | undefined): string {
  if (!edits) throw new Error('no edits');
  return applyEdits(text, edits);
}

/** Joins lines with \n; keeps fixtures readable. */
export function lines(...rows: string[]): string {
  return `${rows.join('\n')}\n`;
}
