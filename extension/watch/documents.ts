// Editor buffers: check on open, on edit (debounced), on save and on close (back to the disk version).
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Debouncer } from '../engine/debounce';
import type { WardenEngine } from '../engine/engine';
import type { WardenSettings } from '../settings';

export function watchDocuments(engine: WardenEngine, debouncer: Debouncer, settings: () => WardenSettings, requestRefresh: (reason: string) => void): vscode.Disposable {
  const configPath = (document: vscode.TextDocument) => {
    const file = document.uri.scheme === 'file' ? path.resolve(document.uri.fsPath) : undefined;
    return file && engine.isConfigFile(file) ? file : undefined;
  };
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument((document) => {
      const file = configPath(document);
      if (file) engine.checkPath(file);
    }),
    vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
      const file = contentChanges.length && settings().run === 'onType' ? configPath(document) : undefined;
      if (file) debouncer.schedule(file, settings().debounceMilliseconds, () => engine.checkPath(file));
    }),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (document.uri.scheme === 'file' && engine.isPolicyFile(document.uri.fsPath)) return requestRefresh('policy saved');
      const file = configPath(document);
      if (!file) return;
      debouncer.cancel(file);
      engine.checkPath(file);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      const file = configPath(document);
      if (!file) return;
      debouncer.cancel(file);
      engine.checkPath(file);
    }),
  );
}
