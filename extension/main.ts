// Activation: wires the engine (core verdicts → store) to diagnostics, hover, CodeLens, quick
// fixes, the inventory, the status bar, watchers and commands. Nothing from the workspace runs.
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { registerCommands } from './commands/index';
import { SCAN_TOOLS, scanTools } from './commands/scan';
import { Debouncer } from './engine/debounce';
import { WardenEngine } from './engine/engine';
import { homeDirectory, isInside } from './engine/scopes';
import { WardenStore } from './engine/store';
import { ServerLensProvider } from './providers/codeLens';
import { ScanResults } from './scan/results';
import { registerProviders } from './providers/index';
import { affectsDiscovery, readSettings, SECTION } from './settings';
import { INVENTORY_VIEW, InventoryTree } from './views/inventoryTree';
import { StatusBar } from './views/statusBar';
import { createDiskWatchers, DISK_DEBOUNCE_MS } from './watch/diskEvents';
import { watchDocuments } from './watch/documents';

/** What the extension exports: lets the real-editor tests read the tree and wait for the first check. */
export interface WardenApi {
  ready: Promise<void>;
  inventory: InventoryTree;
  statusBarText(): string;
  /** Scan results and lock drift per server entry. */
  scan: ScanResults;
}

export function activate(context: vscode.ExtensionContext): WardenApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('MCP Warden', { log: true });
  const settings = readSettings;
  const store = new WardenStore();
  const engine = new WardenEngine(store, log, settings);
  const debouncer = new Debouncer();
  const ruleUri = (ruleId: string) => vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${ruleId}.md`);
  const scan = new ScanResults(store, ruleUri, () => homeDirectory(settings()));
  const tree = new InventoryTree(store, (file) => displayPath(file, homeDirectory(settings())), scan);
  const statusBar = new StatusBar(store, tree, settings);
  const lenses = new ServerLensProvider(engine, store, settings);
  const refresh = (reason: string) => engine.refreshAll(reason).catch((error: unknown) => log.error(`${reason}: ${String(error)}`));
  const requestRefresh = (reason: string) => debouncer.schedule('refresh', DISK_DEBOUNCE_MS, () => void refresh(reason));
  const watchers = createDiskWatchers(engine, debouncer, log, requestRefresh);
  const commandContext = { extension: context, engine, store, tree, log, settings, refresh };

  context.subscriptions.push(
    log, store, engine, scan, tree, statusBar, lenses, watchers,
    { dispose: () => debouncer.dispose() },
    registerProviders(engine, store, lenses, ruleUri, (server) => scan.hoverFor(server)),
    vscode.window.createTreeView(INVENTORY_VIEW, { treeDataProvider: tree, showCollapseAll: true }),
    watchDocuments(engine, debouncer, settings, requestRefresh),
    engine.onDidRefresh(() => watchers.update(engine.watchTargets(), log)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsDiscovery(event)) requestRefresh('settings changed');
      if (event.affectsConfiguration(`${SECTION}.codeLens`)) lenses.refresh();
      if (event.affectsConfiguration(`${SECTION}.statusBar`)) statusBar.update();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => requestRefresh('workspace folders changed')),
    vscode.workspace.onDidGrantWorkspaceTrust(() => requestRefresh('workspace trusted')),
    ...registerCommands(commandContext),
    vscode.commands.registerCommand(SCAN_TOOLS, scanTools(commandContext, scan)),
  );
  // The first full check runs after activation returns, so the editor is never held up by it.
  const ready = new Promise<void>((resolve) => setImmediate(resolve)).then(() => refresh('startup'));
  log.info(`activated in ${Math.round(performance.now() - started)} ms${vscode.workspace.isTrusted ? '' : ' (Restricted Mode: MCP Warden reads files and runs nothing)'}`);
  return { ready, inventory: tree, statusBarText: () => statusBar.text, scan };
}

export function deactivate(): void {}

/** Workspace files relative to their folder, home files as ~/…, anything else absolute. */
function displayPath(file: string, home: string): string {
  if (vscode.workspace.getWorkspaceFolder(vscode.Uri.file(file))) return vscode.workspace.asRelativePath(file, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
  if (isInside(file, home)) return `~/${path.relative(home, file).split(path.sep).join('/')}`;
  return file;
}
