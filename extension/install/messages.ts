// Tells the person what the hooks command did. Notifications are not awaited: the command's
// result must not wait for someone to dismiss them.
import * as vscode from 'vscode';
import type { CommandContext } from '../commands/context';
import { openBundledDoc } from '../commands/guide';
import type { HookAction, HookCommandResult } from './request';

export function announce(ctx: CommandContext, action: HookAction, result: HookCommandResult): void {
  if (result.status === 'cancelled') return;
  ctx.log.info(`hooks ${action}: ${result.status}${result.message ? `: ${result.message}` : ''}`);
  if (result.status === 'managed') return offerAdminCommand(ctx, result.message!);
  if (result.status === 'failed') return void vscode.window.showErrorMessage(`MCP Warden: could not ${action} the hooks: ${result.message}`);
  if (result.status === 'refused') return void vscode.window.showWarningMessage(`MCP Warden: ${result.message}`);
  const file = result.file;
  void vscode.window.showInformationMessage(`MCP Warden: ${result.message}`, ...(file ? ['Open File'] : [])).then((choice) => {
    if (choice === 'Open File' && file) void vscode.window.showTextDocument(vscode.Uri.file(file));
  });
}

function offerAdminCommand(ctx: CommandContext, command: string): void {
  const message = `MCP Warden: managed settings are machine-wide and only an administrator can change them. Run this in a terminal, with MCP Warden's CLI installed machine-wide (see the deployment guide): ${command}`;
  void vscode.window.showInformationMessage(message, 'Copy Command', 'Open Deployment Guide').then(async (choice) => {
    if (choice === 'Copy Command') await vscode.env.clipboard.writeText(command);
    if (choice === 'Open Deployment Guide') await openBundledDoc(ctx, 'docs', 'deployment.md');
  });
}
