// The inventory as plain data: client → scope → file → server, in a stable order, with counts.
import type { CheckedServer } from '../../core/check';
import { ALL_CLIENTS } from '../../core/clients/registry';
import type { ClientId, ConfigScope } from '../../core/model';
import type { VerdictStatus } from '../../core/policy/evaluate';
import type { CheckedFile } from '../engine/store';
import { statusLabel } from './labels';

export interface ServerItem {
  kind: 'server';
  file: string;
  name: string;
  status: VerdictStatus;
  approved: boolean;
  description: string;
  tooltip: string;
  /** Offset of the server's key, for "reveal in file". */
  offset: number;
}

export interface FileItem {
  kind: 'file';
  path: string;
  scope: ConfigScope;
  label: string;
  flagged: number;
  problem?: string;
  servers: ServerItem[];
}

export interface ScopeItem {
  kind: 'scope';
  client: ClientId;
  scope: ConfigScope;
  flagged: number;
  files: FileItem[];
}

export interface ClientItem {
  kind: 'client';
  client: ClientId;
  label: string;
  flagged: number;
  scopes: ScopeItem[];
}

export type InventoryItem = ClientItem | ScopeItem | FileItem | ServerItem;

const SCOPE_ORDER: readonly ConfigScope[] = ['managed', 'user', 'local', 'project', 'plugin', 'agent', 'profile', 'devcontainer', 'legacy-settings', 'extension'];

export function buildInventory(files: readonly CheckedFile[], displayPath: (path: string) => string): ClientItem[] {
  const groups = new Map<ClientId, Map<ConfigScope, Map<string, FileItem>>>();
  for (const checked of files) {
    const byScope = groups.get(checked.file.client) ?? new Map<ConfigScope, Map<string, FileItem>>();
    groups.set(checked.file.client, byScope);
    const scopes = checked.servers.length ? new Set(checked.servers.map((s) => s.entry.scope)) : new Set([checked.file.scope]);
    for (const scope of scopes) {
      const byFile = byScope.get(scope) ?? new Map<string, FileItem>();
      byScope.set(scope, byFile);
      byFile.set(checked.file.path, fileItem(checked, scope, displayPath));
    }
  }
  return ALL_CLIENTS.filter((client) => groups.has(client.id)).map((client) => {
    const scopes = SCOPE_ORDER.filter((scope) => groups.get(client.id)!.has(scope)).map((scope) => {
      const fileItems = [...groups.get(client.id)!.get(scope)!.values()].sort((a, b) => a.label.localeCompare(b.label));
      return { kind: 'scope' as const, client: client.id, scope, flagged: sum(fileItems), files: fileItems };
    });
    return { kind: 'client' as const, client: client.id, label: client.displayName, flagged: sum(scopes), scopes };
  });
}

function fileItem(checked: CheckedFile, scope: ConfigScope, displayPath: (path: string) => string): FileItem {
  const servers = checked.servers.filter((s) => s.entry.scope === scope).map((s) => serverItem(s));
  const problem = checked.file.error?.message;
  return { kind: 'file', path: checked.file.path, scope, label: displayPath(checked.file.path), flagged: servers.filter((s) => !s.approved).length, ...(problem ? { problem } : {}), servers };
}

function serverItem({ entry, verdict }: CheckedServer): ServerItem {
  const label = statusLabel(verdict.status);
  const where = entry.projectDir ? ` · ${entry.projectDir}` : '';
  const description = label.approved && verdict.policyEntry ? `approved as ${verdict.policyEntry.id}${where}` : `${label.title.toLowerCase()}${where}`;
  return { kind: 'server', file: entry.file, name: entry.name, status: verdict.status, approved: label.approved, description, tooltip: verdict.reason, offset: entry.nameRange.offset };
}

function sum(items: ReadonlyArray<{ flagged: number }>): number {
  return items.reduce((total, item) => total + item.flagged, 0);
}

/** Every server not approved, in inventory order: the status bar count and "next flagged server". */
export function flaggedServers(clients: readonly ClientItem[]): ServerItem[] {
  return clients.flatMap((c) => c.scopes.flatMap((s) => s.files.flatMap((f) => f.servers.filter((server) => !server.approved))));
}
