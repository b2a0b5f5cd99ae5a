// Copies a ready policy entry for a server, for the policy repository's pull request.
import * as vscode from 'vscode';
import { isServerRef, type ServerRef } from '../engine/serverRef';
import type { CommandContext } from './context';

export function copyApprovalRequest(ctx: CommandContext) {
  return async (target?: ServerRef): Promise<void> => {
    // Tree items carry file, name and offset too, so they are server references as they are.
    const ref = isServerRef(target) ? target : undefined;
    const server = ref && ctx.store.server(ref);
    if (!server) {
      void vscode.window.showInformationMessage('MCP Warden: choose an unapproved server (in a config file or the Inventory view) to copy an approval request for it.');
      return;
    }
    const fix = ctx.store.findingsOf(server).flatMap((f) => f.fixes ?? []).find((f) => f.kind === 'request-approval');
    const snippet = typeof fix?.data?.snippet === 'string' ? fix.data.snippet : undefined;
    if (!snippet) {
      const why = server.verdict.status === 'approved' ? 'it is already approved' : server.verdict.status === 'denied' ? 'the policy denies it outright' : 'the policy cannot describe it as written';
      void vscode.window.showInformationMessage(`MCP Warden: no approval request for "${server.entry.name}": ${why}.`);
      return;
    }
    await vscode.env.clipboard.writeText(snippet);
    ctx.log.info(`copied an approval request for "${server.entry.name}"`);
    void vscode.window.showInformationMessage(`MCP Warden: approval request for "${server.entry.name}" copied. Add it to the policy's "servers" list in a pull request to the policy repository, and fill in owner and scope.`);
  };
}
