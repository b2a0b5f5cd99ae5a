// Shared by the suite files: where the fixtures are, waiting on diagnostics, screenshots.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'mcp-warden.mcp-warden';
export const SOURCE = 'MCP Warden';

export function workspaceDir(): string {
  return vscode.workspace.workspaceFolders![0]!.uri.fsPath;
}

/** The e2e root holds workspace/, home/ and policy/ side by side. */
export function fixturePath(...parts: string[]): string {
  return path.join(path.dirname(workspaceDir()), ...parts);
}

export function fixtureUri(...parts: string[]): vscode.Uri {
  return vscode.Uri.file(fixturePath(...parts));
}

export function readFixture(...parts: string[]): string {
  return fs.readFileSync(fixturePath(...parts), 'utf8');
}

/** The text the fixture had when the run started (the template, placeholders filled). */
export function originalFixture(...parts: string[]): string {
  const template = fs.readFileSync(path.join(process.env.MCP_WARDEN_E2E_FIXTURES!, ...parts), 'utf8');
  return template.split('__WORKSPACE__').join(fixturePath('workspace')).split('__HOME__').join(fixturePath('home'));
}

export function wardenDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  return typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
}

/** Waits (with a timeout, not as a performance assertion) until `check` returns a value. */
export async function waitFor<T>(what: string, check: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise<void>((resolve) => {
      const subscription = vscode.languages.onDidChangeDiagnostics(() => finish());
      const timer = setTimeout(() => finish(), 50);
      function finish() {
        subscription.dispose();
        clearTimeout(timer);
        resolve();
      }
    });
  }
}

/** Waits until the Warden diagnostics of `uri` have exactly these rule ids (in order). */
export function waitForCodes(uri: vscode.Uri, codes: string[], timeoutMs?: number): Promise<vscode.Diagnostic[]> {
  const wanted = JSON.stringify(codes);
  return waitFor(`${path.basename(uri.fsPath)} to show [${codes.join(', ')}] (now: [${wardenDiagnostics(uri).map(codeOf).join(', ')}])`, () => {
    const diagnostics = sorted(wardenDiagnostics(uri));
    return JSON.stringify(diagnostics.map(codeOf)) === wanted ? diagnostics : undefined;
  }, timeoutMs);
}

export function sorted(diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.range.start.compareTo(b.range.start) || codeOf(a).localeCompare(codeOf(b)));
}

/** The range inside the quotes of the first occurrence of `"key"` in the text. */
export function keyRange(text: string, key: string, after = 0): vscode.Range {
  const offset = text.indexOf(`"${key}"`, after);
  if (offset < 0) throw new Error(`"${key}" not in text`);
  return rangeOf(text, offset + 1, key.length);
}

export function valueRange(text: string, value: string): vscode.Range {
  const offset = text.indexOf(value);
  if (offset < 0) throw new Error(`${value} not in text`);
  return rangeOf(text, offset, value.length);
}

function rangeOf(text: string, offset: number, length: number): vscode.Range {
  const position = (at: number) => {
    const before = text.slice(0, at).split('\n');
    return new vscode.Position(before.length - 1, before[before.length - 1]!.length);
  };
  return new vscode.Range(position(offset), position(offset + length));
}

/** Asks the driver for a screenshot of the workbench and waits until it is written. */
export async function screenshot(name: string): Promise<void> {
  const dir = process.env.MCP_WARDEN_E2E_SCREENSHOTS!;
  const done = path.join(dir, `${name}.done`);
  fs.rmSync(done, { force: true });
  console.log(`MCPW_SCREENSHOT ${name}`);
  const deadline = Date.now() + 20_000;
  while (!fs.existsSync(done)) {
    if (Date.now() > deadline) throw new Error(`screenshot ${name} was not taken`);
    await sleep(100);
  }
}

/** Only for letting the workbench paint before a screenshot; never a correctness wait. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
