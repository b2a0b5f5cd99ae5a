// Quick fixes for MCP Warden diagnostics, keyed on the rule id the diagnostic carries.
import * as vscode from 'vscode';
import type { WardenEngine } from '../engine/engine';
import { ownsFinding, type CheckedFile } from '../engine/store';
import { showsFinding } from '../present/diagnostic';
import { specOf } from './diagnostics';
import { fixAction } from './fixActions';

export class FixProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly engine: WardenEngine) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const checked = this.engine.ensureFresh(document);
    if (!checked) return [];
    return context.diagnostics.flatMap((diagnostic) => this.actionsFor(document, checked, diagnostic));
  }

  private actionsFor(document: vscode.TextDocument, checked: CheckedFile, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    const spec = specOf(diagnostic);
    const finding = spec && checked.findings.find((f) => showsFinding(spec, f));
    const entry = finding && checked.servers.map((s) => s.entry).find((e) => ownsFinding(e, finding));
    if (!finding?.fixes || !entry) return [];
    const context = { document, file: checked.file, entry, finding, diagnostic };
    return finding.fixes.flatMap((fix) => fixAction(fix, context) ?? []);
  }
}
