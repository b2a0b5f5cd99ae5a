// Registers every contributed command (package.json "contributes.commands").
import * as vscode from 'vscode';
import { FIX_APPLIED } from '../providers/fixActions';
import { COPY_APPROVAL_REQUEST } from '../providers/hover';
import { REVEAL_SERVER } from '../views/inventoryTree';
import { SHOW_INVENTORY } from '../views/statusBar';
import { copyApprovalRequest } from './approval';
import type { CommandContext } from './context';
import { fixApplied, learnLayers, openWalkthrough } from './guide';
import { installHooks, uninstallHooks } from './hooks';
import { refresh, showInventory, showNextFlagged } from './inventory';
import { createPolicyFromExample, openPolicy, selectPolicy } from './policy';
import { revealServer } from './reveal';

export function registerCommands(ctx: CommandContext): vscode.Disposable[] {
  const handlers: Record<string, (...args: never[]) => unknown> = {
    'mcpWarden.refresh': refresh(ctx),
    [SHOW_INVENTORY]: showInventory(),
    [REVEAL_SERVER]: revealServer,
    [COPY_APPROVAL_REQUEST]: copyApprovalRequest(ctx),
    'mcpWarden.selectPolicy': selectPolicy(ctx),
    'mcpWarden.createPolicyFromExample': createPolicyFromExample(ctx),
    'mcpWarden.openPolicy': openPolicy(ctx),
    'mcpWarden.showNextFlagged': showNextFlagged(ctx),
    'mcpWarden.installHooks': installHooks(ctx),
    'mcpWarden.uninstallHooks': uninstallHooks(ctx),
    'mcpWarden.learnLayers': learnLayers(ctx),
    'mcpWarden.openWalkthrough': openWalkthrough(),
    'mcpWarden.showLog': () => ctx.log.show(),
    [FIX_APPLIED]: fixApplied(ctx),
  };
  return Object.entries(handlers).map(([id, handler]) => vscode.commands.registerCommand(id, handler));
}
