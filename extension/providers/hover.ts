// Hover on a server's key: the verdict, why, and (approved) its documented scope.
import * as vscode from 'vscode';
import type { CheckedServer } from '../../core/check';
import type { WardenEngine } from '../engine/engine';
import { commandLink } from '../engine/serverRef';
import type { WardenStore } from '../engine/store';
import { hoverMarkdown } from '../present/hover';
import { statusLabel } from '../present/labels';

export const COPY_APPROVAL_REQUEST = 'mcpWarden.copyApprovalRequest';

export class ServerHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly engine: WardenEngine,
    private readonly store: WardenStore,
    private readonly ruleUri: (ruleId: string) => vscode.Uri,
    /** More sections under the card (the tool scan's findings with their evidence). */
    private readonly extra?: (server: CheckedServer) => string | undefined,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const checked = this.engine.ensureFresh(document);
    if (!checked) return undefined;
    const server = this.store.serverOnKey(checked.file.path, document.offsetAt(position));
    const policy = this.engine.policyFor(checked.file.path);
    if (!server || !policy) return undefined;
    const { entry, verdict } = server;
    const ref = { file: entry.file, name: entry.name, offset: entry.nameRange.offset };
    const card = hoverMarkdown({
      server,
      findings: this.store.findingsOf(server),
      policy,
      links: { rule: (id) => this.ruleUri(id).toString(), ...(statusLabel(verdict.status).approved ? {} : { approvalRequest: commandLink(COPY_APPROVAL_REQUEST, ref) }) },
    });
    const extra = this.extra?.(server);
    const markdown = new vscode.MarkdownString(extra ? `${card}\n\n${extra}` : card, true);
    markdown.isTrusted = { enabledCommands: [COPY_APPROVAL_REQUEST] };
    const range = new vscode.Range(document.positionAt(entry.nameRange.offset), document.positionAt(entry.nameRange.offset + entry.nameRange.length));
    return new vscode.Hover(markdown, range);
  }
}
