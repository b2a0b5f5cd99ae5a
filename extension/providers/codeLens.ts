// A status line above every server entry.
import * as vscode from 'vscode';
import type { WardenEngine } from '../engine/engine';
import type { WardenStore } from '../engine/store';
import { lensFor } from '../present/lens';
import type { WardenSettings } from '../settings';
import { COPY_APPROVAL_REQUEST } from './hover';

export class ServerLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(
    private readonly engine: WardenEngine,
    store: WardenStore,
    private readonly settings: () => WardenSettings,
  ) {
    store.onDidChange(() => this.changed.fire());
  }

  /** Called when the codeLens setting changes. */
  refresh(): void {
    this.changed.fire();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!this.settings().codeLensEnabled) return [];
    const checked = this.engine.ensureFresh(document);
    return (checked?.servers ?? []).map((server) => {
      const { entry } = server;
      const spec = lensFor(server);
      const ref = { file: entry.file, name: entry.name, offset: entry.nameRange.offset };
      const range = new vscode.Range(document.positionAt(entry.nameRange.offset), document.positionAt(entry.nameRange.offset + entry.nameRange.length));
      const command =
        spec.action === 'request-approval'
          ? { title: spec.title, command: COPY_APPROVAL_REQUEST, arguments: [ref], tooltip: 'Copy a policy entry for this server, ready for the policy repository' }
          : spec.action === 'select-policy'
            ? { title: spec.title, command: 'mcpWarden.selectPolicy' }
            : { title: spec.title, command: '' };
      return new vscode.CodeLens(range, command);
    });
  }

  dispose(): void {
    this.changed.dispose();
  }
}
