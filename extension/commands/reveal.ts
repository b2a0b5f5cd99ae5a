// Opens a config file at a server's key (tree items, "next flagged server").
import * as vscode from 'vscode';
import type { FileItem, ServerItem } from '../present/inventory';
import type { ServerRef } from '../engine/serverRef';

type Target = ServerItem | FileItem | ServerRef;

export async function revealServer(target: Target | undefined): Promise<void> {
  if (!target) {
    void vscode.window.showInformationMessage('MCP Warden: pick a server in the Inventory view to reveal it in its file.');
    return;
  }
  const file = 'path' in target ? target.path : target.file;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  if ('offset' in target) {
    const length = 'name' in target ? JSON.stringify(target.name).length - 2 : 0;
    const start = document.positionAt(target.offset);
    editor.selection = new vscode.Selection(start, document.positionAt(target.offset + length));
    editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}
