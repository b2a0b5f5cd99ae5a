// The language features, all over the same engine and store, for every file a client may read.
import * as vscode from 'vscode';
import type { CheckedServer } from '../../core/check';
import type { WardenEngine } from '../engine/engine';
import type { WardenStore } from '../engine/store';
import { FixProvider } from './codeActions';
import type { ServerLensProvider } from './codeLens';
import { registerDiagnostics } from './diagnostics';
import { ServerHoverProvider } from './hover';

// Config files are JSON, JSONC, TOML (often without a TOML language installed), YAML and Markdown.
const CONFIG_DOCUMENTS: vscode.DocumentFilter[] = [
  ...['json', 'jsonc', 'toml', 'yaml', 'markdown'].map((language) => ({ scheme: 'file', language })),
  { scheme: 'file', pattern: '**/*.toml' },
];

export function registerProviders(engine: WardenEngine, store: WardenStore, lenses: ServerLensProvider, ruleUri: (ruleId: string) => vscode.Uri, hoverExtra?: (server: CheckedServer) => string | undefined): vscode.Disposable {
  return vscode.Disposable.from(
    registerDiagnostics(store, ruleUri),
    vscode.languages.registerHoverProvider(CONFIG_DOCUMENTS, new ServerHoverProvider(engine, store, ruleUri, hoverExtra)),
    vscode.languages.registerCodeLensProvider(CONFIG_DOCUMENTS, lenses),
    vscode.languages.registerCodeActionsProvider(CONFIG_DOCUMENTS, new FixProvider(engine), FixProvider.metadata),
  );
}
