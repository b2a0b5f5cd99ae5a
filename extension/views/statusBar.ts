// The count of unapproved MCP servers; a click opens the inventory.
import * as vscode from 'vscode';
import type { WardenStore } from '../engine/store';
import type { WardenSettings } from '../settings';
import type { InventoryTree } from './inventoryTree';

export const SHOW_INVENTORY = 'mcpWarden.showInventory';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('mcpWarden.status', vscode.StatusBarAlignment.Left, 50);
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly store: WardenStore,
    private readonly tree: InventoryTree,
    private readonly settings: () => WardenSettings,
  ) {
    this.item.name = 'MCP Warden';
    this.item.command = SHOW_INVENTORY;
    this.subscription = store.onDidChange(() => this.update());
  }

  update(): void {
    if (!this.settings().statusBarEnabled) {
      this.item.hide();
      return;
    }
    const flagged = this.tree.flagged().length;
    const missing = this.store.missingPolicy();
    const servers = this.store.all().reduce((total, checked) => total + checked.servers.length, 0);
    this.item.text = missing ? '$(shield) MCP: no policy' : flagged ? `$(shield) ${flagged} unapproved MCP server${flagged === 1 ? '' : 's'}` : '$(shield) MCP: all approved';
    this.item.tooltip = missing ?? `${servers} MCP server${servers === 1 ? '' : 's'} found, ${flagged} not approved. Click to open the inventory.`;
    this.item.backgroundColor = flagged || missing ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  /** What the status bar shows, for tests and the log. */
  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
