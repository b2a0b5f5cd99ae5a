// Onboarding: the walkthrough, the four-layer guide, bundled pages, and the applied-fix notice.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { FixAppliedInfo } from '../providers/fixActions';
import type { CommandContext } from './context';

export const WALKTHROUGH = 'mcp-warden.mcp-warden#mcpWarden.welcome';

export function openWalkthrough() {
  return () => vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH, false);
}

export function learnLayers(ctx: CommandContext) {
  return () => openBundledDoc(ctx, 'media', 'walkthrough', 'layers.md');
}

export async function openBundledDoc(ctx: CommandContext, ...parts: string[]): Promise<void> {
  const uri = vscode.Uri.joinPath(ctx.extension.extensionUri, ...parts);
  if (fs.existsSync(uri.fsPath)) await vscode.commands.executeCommand('markdown.showPreview', uri);
  else void vscode.window.showWarningMessage(`MCP Warden: this build does not include ${parts.join('/')}; read it in the MCP Warden repository.`);
}

export function fixApplied(ctx: CommandContext) {
  return (info?: FixAppliedInfo): void => {
    if (!info) return;
    ctx.log.info(`applied "${info.kind}" to "${info.server}"`);
    if (info.followUp) void vscode.window.showInformationMessage(`MCP Warden: ${info.followUp}`);
  };
}
