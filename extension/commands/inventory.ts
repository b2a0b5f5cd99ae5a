// Inventory commands: show it, refresh, and walk the flagged servers.
import * as vscode from 'vscode';
import { INVENTORY_VIEW } from '../views/inventoryTree';
import type { CommandContext } from './context';
import { revealServer } from './reveal';

export function showInventory() {
  return () => vscode.commands.executeCommand(`${INVENTORY_VIEW}.focus`);
}

export function refresh(ctx: CommandContext) {
  return async (): Promise<void> => {
    await ctx.refresh('refresh command');
    vscode.window.setStatusBarMessage(`MCP Warden: checked ${ctx.store.all().length} config files`, 3000);
  };
}

export function showNextFlagged(ctx: CommandContext) {
  let next = 0;
  return async (): Promise<void> => {
    const flagged = ctx.tree.flagged();
    if (!flagged.length) {
      const why = ctx.store.missingPolicy() ? `no policy is configured (${ctx.store.missingPolicy()})` : 'every MCP server found is approved';
      void vscode.window.showInformationMessage(`MCP Warden: nothing to fix: ${why}.`);
      return;
    }
    await revealServer(flagged[next++ % flagged.length]);
  };
}
