// The Inventory view: client → scope → file → server, with status icons; a server opens its entry.
import * as vscode from 'vscode';
import type { CheckedServer } from '../../core/check';
import type { WardenStore } from '../engine/store';
import { buildInventory, flaggedServers, type ClientItem, type InventoryItem, type ServerItem } from '../present/inventory';
import { SCAN_STATE_LABELS, stateTooltip, type ScanRecord, type ScanState } from '../scan/model';
import { scopeIcon, scopeTitle, serverIcon } from './icons';

export const INVENTORY_VIEW = 'mcpWarden.inventory';
export const REVEAL_SERVER = 'mcpWarden.revealServer';

export class InventoryTree implements vscode.TreeDataProvider<InventoryItem>, vscode.Disposable {
  private clients: ClientItem[] = [];
  private readonly parents = new Map<InventoryItem, InventoryItem>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly store: WardenStore,
    private readonly displayPath: (path: string) => string,
    /** Tool-scan state per server, shown in the server's description, icon and tooltip. */
    private readonly scan?: ScanOverlay,
  ) {
    this.subscription = vscode.Disposable.from(store.onDidChange(() => this.rebuild()), ...(scan ? [scan.onDidChange(() => this.changed.fire())] : []));
  }

  rebuild(): void {
    this.clients = buildInventory(this.store.all(), this.displayPath);
    this.parents.clear();
    for (const client of this.clients) {
      for (const scope of client.scopes) {
        this.parents.set(scope, client);
        for (const file of scope.files) {
          this.parents.set(file, scope);
          for (const server of file.servers) this.parents.set(server, file);
        }
      }
    }
    this.changed.fire();
  }

  flagged(): ServerItem[] {
    return flaggedServers(this.clients);
  }

  getChildren(item?: InventoryItem): InventoryItem[] {
    if (!item) return this.clients;
    if (item.kind === 'client') return item.scopes;
    if (item.kind === 'scope') return item.files;
    if (item.kind === 'file') return item.servers;
    return [];
  }

  getParent(item: InventoryItem): InventoryItem | undefined {
    return this.parents.get(item);
  }

  getTreeItem(item: InventoryItem): vscode.TreeItem {
    switch (item.kind) {
      case 'client':
        return node(item.label, `client:${item.client}`, item.flagged ? `${item.flagged} not approved` : 'all approved', new vscode.ThemeIcon('plug'), 'mcpWarden.client', true);
      case 'scope':
        return node(scopeTitle(item.scope), `scope:${item.client}:${item.scope}`, item.flagged ? `${item.flagged} not approved` : '', scopeIcon(item.scope), 'mcpWarden.scope', true);
      case 'file':
        return fileNode(item);
      case 'server':
        return this.withScan(item, serverNode(item));
    }
  }

  private withScan(server: ServerItem, item: vscode.TreeItem): vscode.TreeItem {
    const checked = this.scan && this.store.server(server);
    if (!checked) return item;
    const record = this.scan!.recordFor(checked);
    const state = this.scan!.stateOf(checked);
    const label = SCAN_STATE_LABELS[state];
    if (state !== 'not-scanned') item.description = `${server.description} · ${label.text}`;
    if (state !== 'not-scanned' && state !== 'clean' && state !== 'skipped') item.iconPath = new vscode.ThemeIcon(label.icon, label.color ? new vscode.ThemeColor(label.color) : undefined);
    item.tooltip = `${server.tooltip}\n${stateTooltip(record)}`;
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

export interface ScanOverlay {
  onDidChange: vscode.Event<void>;
  recordFor(server: CheckedServer): ScanRecord | undefined;
  stateOf(server: CheckedServer): ScanState;
}

function node(label: string, id: string, description: string, icon: vscode.ThemeIcon, contextValue: string, expanded: boolean): vscode.TreeItem {
  const item = new vscode.TreeItem(label, expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
  Object.assign(item, { id, description, iconPath: icon, contextValue });
  return item;
}

function fileNode(file: Extract<InventoryItem, { kind: 'file' }>): vscode.TreeItem {
  const description = file.problem ? 'cannot be read' : file.servers.length ? '' : 'no servers';
  const item = node(file.label, `file:${file.scope}:${file.path}`, description, vscode.ThemeIcon.File, 'mcpWarden.file', file.servers.length > 0);
  item.resourceUri = vscode.Uri.file(file.path);
  item.tooltip = file.problem ?? file.path;
  item.command = { title: 'Open', command: REVEAL_SERVER, arguments: [file] };
  return item;
}

function serverNode(server: ServerItem): vscode.TreeItem {
  const item = node(server.name, `server:${server.file}:${server.offset}`, server.description, serverIcon(server.status), server.approved ? 'mcpWarden.server.approved' : 'mcpWarden.server.flagged', false);
  item.tooltip = server.tooltip;
  item.command = { title: 'Reveal in File', command: REVEAL_SERVER, arguments: [server] };
  return item;
}
