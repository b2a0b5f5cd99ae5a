// What every command may use. Commands never act silently: when they cannot act, they say why.
import type * as vscode from 'vscode';
import type { WardenEngine } from '../engine/engine';
import type { WardenStore } from '../engine/store';
import type { WardenSettings } from '../settings';
import type { InventoryTree } from '../views/inventoryTree';

export interface CommandContext {
  extension: vscode.ExtensionContext;
  engine: WardenEngine;
  store: WardenStore;
  tree: InventoryTree;
  log: vscode.LogOutputChannel;
  settings: () => WardenSettings;
  refresh: (reason: string) => Promise<void>;
}
