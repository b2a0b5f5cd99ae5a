// Publishes the store's findings to the Problems panel, for open and closed files alike.
import * as vscode from 'vscode';
import type { Finding } from '../../core/model';
import type { WardenStore } from '../engine/store';
import { diagnosticSpec, DIAGNOSTIC_SOURCE, type DiagnosticSpec } from '../present/diagnostic';

const SEVERITY = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning, info: vscode.DiagnosticSeverity.Information } as const;

export function registerDiagnostics(store: WardenStore, ruleUri: (ruleId: string) => vscode.Uri): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('mcpWarden');
  const publish = (paths: readonly string[]) => {
    for (const path of paths) {
      const findings = [...(store.get(path)?.findings ?? []), ...(store.policyFindings().get(path) ?? [])];
      const uri = vscode.Uri.file(path);
      if (findings.length) collection.set(uri, findings.map((finding) => toDiagnostic(finding, ruleUri)));
      else collection.delete(uri);
    }
  };
  return vscode.Disposable.from(collection, store.onDidChange(publish));
}

export function toDiagnostic(finding: Finding, ruleUri: (ruleId: string) => vscode.Uri): vscode.Diagnostic {
  const spec = diagnosticSpec(finding);
  const range = new vscode.Range(spec.startLine, spec.startCharacter, spec.endLine, spec.endCharacter);
  const diagnostic = new vscode.Diagnostic(range, spec.message, SEVERITY[spec.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: spec.ruleId, target: ruleUri(spec.ruleId) };
  return diagnostic;
}

/** The spec of a diagnostic handed back by the editor, for matching it to its finding. */
export function specOf(diagnostic: vscode.Diagnostic): DiagnosticSpec | undefined {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  if (diagnostic.source !== DIAGNOSTIC_SOURCE || code === undefined) return undefined;
  const { start, end } = diagnostic.range;
  const severity = diagnostic.severity === vscode.DiagnosticSeverity.Error ? 'error' : diagnostic.severity === vscode.DiagnosticSeverity.Warning ? 'warning' : 'info';
  return { startLine: start.line, startCharacter: start.character, endLine: end.line, endCharacter: end.character, message: diagnostic.message, severity, ruleId: String(code) };
}
