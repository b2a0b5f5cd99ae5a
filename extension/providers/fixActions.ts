// Turns one core Fix into an editor code action: a WorkspaceEdit built by the pure edit builders
// (comments and formatting kept), or a command. Returns undefined when this file cannot take it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CLAUDE_LOCAL_SETTINGS, disableProjectServerEdits, moveCredentialEdits, removeServerEdits, replaceLaunchEdits, type Launch, type TextEdit } from '../../core/edits/index';
import type { ConfigFile, Finding, Fix, ServerEntry } from '../../core/model';
import { LineIndex, stripBom } from '../../core/text/line-index';
import { COPY_APPROVAL_REQUEST } from './hover';

export const FIX_APPLIED = 'mcpWarden.fixApplied';

export interface FixContext {
  document: vscode.TextDocument;
  file: ConfigFile;
  entry: ServerEntry;
  finding: Finding;
  diagnostic: vscode.Diagnostic;
}

export interface FixAppliedInfo {
  kind: Fix['kind'];
  server: string;
  followUp?: string;
}

export function fixAction(fix: Fix, context: FixContext): vscode.CodeAction | undefined {
  switch (fix.kind) {
    case 'remove-entry':
      return editAction(fix.title, context, fix, removeServerEdits(context.document.getText(), context.entry, context.file.format));
    case 'replace-launch':
      return editAction(fix.title, context, fix, replaceLaunchEdits(context.document.getText(), context.entry, context.file.format, launchOf(fix.data)), true);
    case 'move-credential':
      return moveCredentialAction(fix, context);
    case 'disable-project-server':
      return disableAction(fix, context);
    case 'request-approval':
      return approvalAction(fix, context);
  }
}

function editAction(title: string, context: FixContext, fix: Fix, edits: TextEdit[] | undefined, preferred = false, followUp?: string): vscode.CodeAction | undefined {
  if (!edits?.length) return undefined;
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  for (const edit of edits) action.edit.replace(context.document.uri, rangeIn(context.document, edit), edit.content);
  return finish(action, context, fix, preferred, followUp);
}

function moveCredentialAction(fix: Fix, context: FixContext): vscode.CodeAction | undefined {
  const { path: valuePath, variable } = (fix.data ?? {}) as { path?: string; variable?: string };
  if (!valuePath || !variable) return undefined;
  const move = moveCredentialEdits(context.document.getText(), context.entry, context.file.format, valuePath, variable);
  return move && editAction(`Move the credential to ${move.reference}`, context, fix, move.edits, true, move.followUp);
}

function disableAction(fix: Fix, context: FixContext): vscode.CodeAction {
  const target = vscode.Uri.file(path.join(path.dirname(context.file.path), ...CLAUDE_LOCAL_SETTINGS));
  const current = currentText(target);
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  const edits = disableProjectServerEdits(current, context.entry.name);
  if (current === undefined) {
    // createFile's `contents` option does not cross to remote workbenches; an insert does everywhere.
    action.edit.createFile(target, { ignoreIfExists: true });
    action.edit.insert(target, new vscode.Position(0, 0), edits[0]?.content ?? '');
  } else {
    const index = new LineIndex(current);
    for (const edit of edits) action.edit.replace(target, toRange(index.range(edit.offset, edit.length)), edit.content);
  }
  return finish(action, context, fix, false);
}

function approvalAction(fix: Fix, context: FixContext): vscode.CodeAction {
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  const { entry } = context;
  action.command = { title: fix.title, command: COPY_APPROVAL_REQUEST, arguments: [{ file: entry.file, name: entry.name, offset: entry.nameRange.offset }] };
  action.diagnostics = [context.diagnostic];
  return action;
}

function finish(action: vscode.CodeAction, context: FixContext, fix: Fix, preferred: boolean, followUp?: string): vscode.CodeAction {
  action.diagnostics = [context.diagnostic];
  action.isPreferred = preferred;
  const info: FixAppliedInfo = { kind: fix.kind, server: context.entry.name, ...(followUp ? { followUp } : {}) };
  action.command = { title: 'Fix applied', command: FIX_APPLIED, arguments: [info] };
  return action;
}

function launchOf(data: Record<string, unknown> | undefined): Launch {
  const launch: Launch = {};
  if (typeof data?.command === 'string') launch.command = data.command;
  if (Array.isArray(data?.args) && data.args.every((a) => typeof a === 'string')) launch.args = data.args as string[];
  if (typeof data?.url === 'string') launch.url = data.url;
  return launch;
}

/** The open buffer's text, else the file's, else undefined when it does not exist. */
function currentText(uri: vscode.Uri): string | undefined {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return stripBom(fs.readFileSync(uri.fsPath, 'utf8'));
  } catch {
    return undefined;
  }
}

function rangeIn(document: vscode.TextDocument, edit: TextEdit): vscode.Range {
  return new vscode.Range(document.positionAt(edit.offset), document.positionAt(edit.offset + edit.length));
}

function toRange(range: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}
