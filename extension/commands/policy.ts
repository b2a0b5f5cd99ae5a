// Pointing the extension at a policy: select a file, create one from the example, open the one in force.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { removeJsonProperty } from '../../core/edits/json-edit';
import { applyEdits } from '../../core/edits/index';
import { userPolicyPath } from '../../core/policy/locations';
import { SECTION } from '../settings';
import type { CommandContext } from './context';

const EXAMPLE = ['policy-schema', 'examples', 'acme-policy.json'];

export function selectPolicy(ctx: CommandContext) {
  return async (): Promise<void> => {
    const picked = await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: 'Use as MCP policy', filters: { 'Policy (JSON)': ['json', 'jsonc'] } });
    if (!picked?.[0]) return;
    await vscode.workspace.getConfiguration(SECTION).update('policyPath', picked[0].fsPath, vscode.ConfigurationTarget.Global);
    ctx.log.info(`policy set to ${picked[0].fsPath}`);
  };
}

export function createPolicyFromExample(ctx: CommandContext) {
  return async (): Promise<void> => {
    const configured = ctx.settings().policyPath;
    const env = ctx.engine.homeEnv();
    const target = configured ?? (env ? userPolicyPath(env) : undefined);
    if (!target) {
      void vscode.window.showWarningMessage('MCP Warden: cannot tell where your user policy belongs yet; try again once the extension has finished its first check.');
      return;
    }
    if (fs.existsSync(target)) {
      void vscode.window.showInformationMessage(`MCP Warden: a policy already exists at ${target}; opening it instead of overwriting it.`);
      await vscode.window.showTextDocument(vscode.Uri.file(target));
      return;
    }
    const example = fs.readFileSync(vscode.Uri.joinPath(ctx.extension.extensionUri, ...EXAMPLE).fsPath, 'utf8');
    // The example's relative $schema points into this repository; the editor validates by file name instead.
    const text = applyEdits(example, removeJsonProperty(example, ['$schema']) ?? []);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
    ctx.log.info(`created ${target} from the example policy`);
    await vscode.window.showTextDocument(vscode.Uri.file(target));
    await ctx.refresh('policy created');
  };
}

export function openPolicy(ctx: CommandContext) {
  return async (): Promise<void> => {
    const [base] = ctx.engine.basePolicyFiles();
    if (base) {
      await vscode.window.showTextDocument(vscode.Uri.file(base));
      return;
    }
    const choice = await vscode.window.showWarningMessage('MCP Warden: no policy file is in use, so no server can be approved.', 'Select Policy File…', 'Create from Example');
    if (choice === 'Select Policy File…') await vscode.commands.executeCommand('mcpWarden.selectPolicy');
    if (choice === 'Create from Example') await vscode.commands.executeCommand('mcpWarden.createPolicyFromExample');
  };
}
