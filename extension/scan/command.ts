// "Scan Tool Descriptions": starts the approved servers through the bundled CLI, reads their tools,
// and shows poisoning and drift on each server's entry. Starting a server runs its code, so only
// approved servers start, never a workspace's own unless the workspace is trusted, and unapproved
// ones only after a confirmation that says so. Denied servers never start (the CLI's gate).
// Bundled apart as dist/extension-scan.js and loaded on first use (extension/commands/scan.ts).
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CommandContext } from '../commands/context';
import { parseScanJson, recordKey, ScanOutputError, scanCliArgs, type ScanJson } from './model';
import type { ScanResults } from './results';
import { runCli } from './runner';

export interface ScanToolsOptions {
  /** 'approved' runs without asking; 'all' always asks first (it starts unapproved servers). */
  servers?: 'approved' | 'all';
  /** Only these config names. */
  names?: string[];
}

export interface ScanToolsOutcome {
  scanned: number;
  skipped: number;
  failed: number;
  flagged: number;
  cancelled?: boolean;
  error?: string;
}

/** `home`: the home directory the extension reads configs from (passed to the CLI as --home). */
export async function runScanCommand(ctx: CommandContext, results: ScanResults, home: string, arg: unknown): Promise<ScanToolsOutcome | undefined> {
  const options = optionsOf(arg);
  const which = options.servers ?? (await pickServers());
  if (!which) return undefined;
  if (which === 'all' && !(await confirmUnapproved(ctx))) return undefined;
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file').map((folder) => folder.uri.fsPath);
  const settings = ctx.settings();
  const cli = vscode.Uri.joinPath(ctx.extension.extensionUri, 'dist', 'cli.js').fsPath;
  const trusted = vscode.workspace.isTrusted;
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'MCP Warden: scanning tool descriptions', cancellable: true }, async (progress, token) => {
    const cancelled = new Promise<void>((resolve) => token.onCancellationRequested(() => resolve()));
    const merged: ScanJson = { servers: [] };
    const seen = new Set<string>();
    for (const [index, project] of (folders.length ? folders : [undefined]).entries()) {
      if (token.isCancellationRequested) break;
      progress.report({ message: folders.length > 1 ? `${path.basename(project!)} (${index + 1}/${folders.length})` : which === 'all' ? 'approved and unapproved servers' : 'approved servers' });
      const args = scanCliArgs({ ...(project ? { project } : {}), home, ...(settings.policyPath ? { policy: settings.policyPath } : {}), trusted, includeUnapproved: which === 'all', ...(options.names ? { servers: options.names } : {}) });
      ctx.log.info(`scan: ${cli} ${args.join(' ')}`);
      const run = await runCli({ cli, args, cwd: project ?? home, cancelled });
      if (run.cancelled) return report(ctx, { scanned: 0, skipped: 0, failed: 0, flagged: 0, cancelled: true });
      if (run.stderr.trim()) ctx.log.info(`scan: ${run.stderr.trim()}`);
      // 0: nothing at error level; 1: a malicious definition or structural drift; 2: usage or input error.
      if (run.code !== 0 && run.code !== 1) return report(ctx, failure(run.stderr.trim().split('\n').pop() || `the scanner exited with ${run.code}`));
      let json: ScanJson;
      try {
        json = parseScanJson(run.stdout);
      } catch (error) {
        if (error instanceof ScanOutputError) return report(ctx, failure(error.message));
        throw error;
      }
      // Home-level servers come back once per folder; the first folder's answer stands.
      for (const server of json.servers) {
        const key = recordKey(server.file, server.name, server.scope);
        if (!seen.has(key)) merged.servers.push(server);
        seen.add(key);
      }
    }
    results.applyRun(merged, new Date().toISOString());
    return report(ctx, summarize(ctx, results, merged));
  });
}

/** Only the known options; anything else (a tree item, a URI from a menu) means "ask". */
function optionsOf(arg: unknown): ScanToolsOptions {
  const given = (arg && typeof arg === 'object' ? arg : {}) as Record<string, unknown>;
  const servers = given.servers === 'approved' || given.servers === 'all' ? given.servers : undefined;
  const names = Array.isArray(given.names) && given.names.every((name) => typeof name === 'string') ? (given.names as string[]) : undefined;
  return { ...(servers ? { servers } : {}), ...(names ? { names } : {}) };
}

async function pickServers(): Promise<'approved' | 'all' | undefined> {
  const approved = { label: 'Approved servers', description: 'recommended', detail: 'Starts only servers your policy approves, and reads their tools.', value: 'approved' as const };
  const all = { label: 'Also unapproved servers…', detail: 'Also starts servers the policy does not approve. Starting a server runs its code. Denied servers never start.', value: 'all' as const };
  const picked = await vscode.window.showQuickPick([approved, all], { title: 'MCP Warden: Scan Tool Descriptions', placeHolder: 'Which servers should MCP Warden start and scan?' });
  return picked?.value;
}

async function confirmUnapproved(ctx: CommandContext): Promise<boolean> {
  const unapproved = ctx.tree.flagged().map((server) => server.name);
  const names = unapproved.length ? ` (${[...new Set(unapproved)].slice(0, 8).join(', ')}${unapproved.length > 8 ? ', …' : ''})` : '';
  const trust = vscode.workspace.isTrusted ? '' : ' Servers declared by this workspace are not started while it is in Restricted Mode.';
  const go = 'Start Them and Scan';
  const answer = await vscode.window.showWarningMessage(
    `Scan unapproved MCP servers${names}?`,
    { modal: true, detail: `Starting an MCP server runs its code on this machine, with your permissions. Only continue if you trust these servers. Denied servers are never started.${trust}` },
    go,
  );
  return answer === go;
}

function failure(error: string): ScanToolsOutcome {
  return { scanned: 0, skipped: 0, failed: 0, flagged: 0, error };
}

function summarize(ctx: CommandContext, results: ScanResults, run: ScanJson): ScanToolsOutcome {
  const outcome: ScanToolsOutcome = { scanned: 0, skipped: 0, failed: 0, flagged: 0 };
  for (const server of run.servers) {
    if (server.state === 'scanned') outcome.scanned++;
    else if (server.state === 'skipped') outcome.skipped++;
    else outcome.failed++;
  }
  for (const checked of ctx.store.all()) {
    for (const server of checked.servers) if (['suspicious', 'malicious', 'drift'].includes(results.stateOf(server))) outcome.flagged++;
  }
  return outcome;
}

function report(ctx: CommandContext, outcome: ScanToolsOutcome): ScanToolsOutcome {
  if (outcome.cancelled) {
    void vscode.window.showInformationMessage('MCP Warden: scan cancelled; the servers it had started were stopped.');
  } else if (outcome.error) {
    ctx.log.error(`scan: ${outcome.error}`);
    void vscode.window.showErrorMessage(`MCP Warden: the scan did not run: ${outcome.error}`, 'Show Log').then((choice) => choice && ctx.log.show());
  } else {
    const counts = `${outcome.scanned} scanned, ${outcome.skipped} skipped, ${outcome.failed} failed`;
    const message = outcome.flagged ? `MCP Warden: ${outcome.flagged} server${outcome.flagged === 1 ? '' : 's'} with suspicious tools or drift (${counts}). See the Problems panel.` : `MCP Warden: no poisoned tools or drift found (${counts}).`;
    ctx.log.info(`scan: ${counts}; ${outcome.flagged} flagged`);
    if (outcome.flagged) void vscode.window.showWarningMessage(message, 'Show Problems').then((choice) => choice && vscode.commands.executeCommand('workbench.actions.view.problems'));
    else void vscode.window.showInformationMessage(message);
  }
  return outcome;
}
