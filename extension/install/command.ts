// "Install / Uninstall Hooks" (the walkthrough's hooks step), loaded on first use as
// dist/extension-hooks.js: asks for client and scope, previews the settings change, then writes it.
// Installing first copies the hook bundles to a stable per-user folder and points the settings at
// that copy, run by Node.js from PATH. Nothing from the workspace runs, and in Restricted Mode
// nothing is written into the workspace.
import * as vscode from 'vscode';
import type { DiscoveryEnv } from '../../core/clients/types';
import { planHooks, type HookPlan } from '../../core/export/install';
import type { HookClientName, InstallScope } from '../../core/export/targets';
import type { CommandContext } from '../commands/context';
import { hookTarget, placeHookFiles, writeHookPlan, type HookTarget } from './apply';
import { announce } from './messages';
import { confirmPlan, pickClient, pickFolder, pickScope } from './prompts';
import { adminCommand, CLIENT_LABELS, parseHookArgs, type HookAction, type HookCommandResult } from './request';

interface HookRequest {
  action: HookAction;
  client: HookClientName;
  scope: InstallScope;
  home: string;
  project?: string;
  confirm: boolean;
}

const CANCELLED: HookCommandResult = { status: 'cancelled' };
const RESTRICTED = 'Restricted Mode: MCP Warden writes nothing into an untrusted workspace, so project hooks need the folder trusted first (Manage Workspace Trust). The user scope works without it.';

/** Resolves with what happened (for tests and callers); the person is told in a notification. */
export async function runHookCommand(ctx: CommandContext, home: string, action: HookAction, arg: unknown): Promise<HookCommandResult> {
  let result: HookCommandResult;
  try {
    result = await resolveAndApply(ctx, home, action, arg);
  } catch (error) {
    result = { status: 'failed', message: (error as Error).message };
  }
  announce(ctx, action, result);
  return result;
}

async function resolveAndApply(ctx: CommandContext, home: string, action: HookAction, arg: unknown): Promise<HookCommandResult> {
  const args = parseHookArgs(arg);
  if (typeof args === 'string') return { status: 'failed', message: args };
  const client = args.client ?? (await pickClient(action));
  if (!client) return CANCELLED;
  const scope = args.scope ?? (await pickScope(client, action, discoveryEnv(home, vscode.workspace.workspaceFolders?.[0]?.uri.fsPath)));
  if (!scope) return CANCELLED;
  if (scope === 'managed') return { status: 'managed', message: adminCommand(action, client, process.platform) };
  if (scope === 'project' && !vscode.workspace.isTrusted) return { status: 'refused', message: RESTRICTED };
  if (scope === 'project' && !vscode.workspace.workspaceFolders?.length) return { status: 'refused', message: 'project hooks need an open folder.' };
  const project = scope === 'project' ? await pickFolder() : undefined;
  if (scope === 'project' && !project) return CANCELLED;
  return apply(ctx, { action, client, scope, home, ...(project ? { project } : {}), confirm: args.confirm !== false });
}

async function apply(ctx: CommandContext, request: HookRequest): Promise<HookCommandResult> {
  const target = request.action === 'install' ? hookTarget(stateLocation(request.home), nodeSearch()) : undefined;
  if (target && 'error' in target) return { status: 'failed', message: target.error };
  const { action, client, scope } = request;
  const plan = planHooks({ action, client, scope, env: discoveryEnv(request.home, request.project), ...(target ? { command: target.command } : {}) });
  if (plan.changed && request.confirm && !(await confirmPlan(plan, action))) return CANCELLED;
  const cacheNote = target ? placeHookFiles(vscode.Uri.joinPath(ctx.extension.extensionUri, 'dist').fsPath, target) : undefined;
  if (plan.changed) writeHookPlan(plan);
  return outcome(plan, action, target, cacheNote);
}

function outcome(plan: HookPlan, action: HookAction, target: HookTarget | undefined, cacheNote: string | undefined): HookCommandResult {
  const where = `${CLIENT_LABELS[plan.client]} (${plan.scope}) in ${plan.file}`;
  const base = { file: plan.file, ...(target ? { node: target.command.node, hookDir: target.hookDir } : {}) };
  if (action === 'uninstall') {
    return plan.changed
      ? { ...base, status: 'removed', message: `MCP Warden hooks removed for ${where}; other hooks and settings are kept.` }
      : { ...base, status: 'unchanged', message: `no MCP Warden hooks for ${where}; nothing changed.` };
  }
  const notes = [
    target && `The hook runs ${target.command.script} under ${target.command.node}.`,
    plan.scope === 'project' && 'The paths are absolute to this machine: commit them only if every machine has them.',
    cacheNote && `Note: ${cacheNote}.`,
  ].filter(Boolean).join(' ');
  return plan.changed
    ? { ...base, status: 'installed', message: `MCP Warden hooks installed for ${where}. ${notes}` }
    : { ...base, status: 'unchanged', message: `MCP Warden hooks already installed for ${where}; hook files refreshed. ${notes}` };
}

/** Built here rather than by core/discovery, which would bring every client's parser into this bundle. */
function discoveryEnv(home: string, project: string | undefined): DiscoveryEnv {
  return { home, ...(project ? { project } : {}), platform: process.platform, env: process.env, systemRoot: '' };
}

function stateLocation(home: string) {
  return { home, platform: process.platform, env: process.env };
}

/** Programs inside the workspace never run, whatever PATH says. */
function nodeSearch() {
  const excluded = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
  return { pathValue: process.env.PATH ?? '', platform: process.platform, excluded };
}
