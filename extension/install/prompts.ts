// The questions "Install / Uninstall Hooks" asks: which client, which scope, which
// folder, and whether the previewed change may be written.
import * as vscode from 'vscode';
import type { DiscoveryEnv } from '../../core/clients/types';
import type { HookPlan } from '../../core/export/install';
import { unifiedDiff } from '../../core/export/diff';
import { hookSettingsPath, type HookClientName, type InstallScope } from '../../core/export/targets';
import { CLIENT_LABELS, SCOPE_LABELS, type HookAction } from './request';

type Choice<T> = vscode.QuickPickItem & { value: T };

export async function pickClient(action: HookAction): Promise<HookClientName | undefined> {
  const items: Choice<HookClientName>[] = [
    { label: CLIENT_LABELS['claude-code'], description: 'PreToolUse, PostToolUse, PostToolUseFailure', value: 'claude-code' },
    { label: CLIENT_LABELS.cursor, description: 'beforeMCPExecution, afterMCPExecution (fail closed)', value: 'cursor' },
  ];
  return (await vscode.window.showQuickPick(items, { title: `MCP Warden: ${action} hooks for which client?` }))?.value;
}

export async function pickScope(client: HookClientName, action: HookAction, env: DiscoveryEnv): Promise<InstallScope | undefined> {
  const project = env.project ? hookSettingsPath(client, 'project', env) : 'open a folder first';
  const items: Choice<InstallScope>[] = [
    { label: SCOPE_LABELS.user, description: hookSettingsPath(client, 'user', env), detail: 'Every project, for you.', value: 'user' },
    { label: SCOPE_LABELS.project, description: project, detail: vscode.workspace.isTrusted ? 'This repository only; the hook path written is absolute to this machine.' : 'Not in Restricted Mode: trust the folder first.', value: 'project' },
    { label: SCOPE_LABELS.managed, description: hookSettingsPath(client, 'managed', env), detail: 'Everyone on this machine; needs an administrator, so MCP Warden shows the command to run.', value: 'managed' },
  ];
  return (await vscode.window.showQuickPick(items, { title: `MCP Warden: ${action} ${CLIENT_LABELS[client]} hooks where?` }))?.value;
}

export async function pickFolder(): Promise<string | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0]?.uri.fsPath;
  return (await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Project hooks for which folder?' }))?.uri.fsPath;
}

/** A modal preview of the exact change: the unified diff of the settings file. */
export async function confirmPlan(plan: HookPlan, action: HookAction): Promise<boolean> {
  const verb = action === 'install' ? 'Install' : 'Remove';
  const question = `${verb} the MCP Warden hooks for ${CLIENT_LABELS[plan.client]} (${plan.scope})? ${plan.existed ? 'This changes' : 'This creates'} ${plan.file}:`;
  const diff = unifiedDiff(plan.before, plan.after, `${plan.file} (now)`, `${plan.file} (after)`);
  return (await vscode.window.showWarningMessage(question, { modal: true, detail: diff }, verb)) === verb;
}
