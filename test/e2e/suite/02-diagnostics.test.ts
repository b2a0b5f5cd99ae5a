import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, EXTENSION_ID, fixtureUri, keyRange, readFixture, screenshot, sleep, valueRange, waitForCodes } from './helpers';

suite('diagnostics', () => {
  suiteSetup(async () => {
    const api = await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    await api.ready;
  });

  test('.mcp.json: unapproved and unpinned servers, inside the quotes of their keys', async () => {
    const text = readFixture('workspace', '.mcp.json');
    const [unapproved, unpinned] = await waitForCodes(fixtureUri('workspace', '.mcp.json'), ['unapproved-server', 'unpinned-launch']);
    assert.deepEqual(unapproved!.range, keyRange(text, 'weather-tools'));
    assert.deepEqual(unpinned!.range, keyRange(text, 'context7'));
    assert.equal(unapproved!.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(unapproved!.message, '"weather-tools" (npm package weather-mcp-server@1.0.0 via npx) is not on the approved list of Acme\'s policy');
    const code = unapproved!.code as { value: string; target: vscode.Uri };
    assert.match(code.target.path, /\/docs\/rules\/unapproved-server\.md$/);
    assert.equal(codeOf(unpinned!), 'unpinned-launch');
  });

  test('.cursor/mcp.json: the plaintext credential, on the value', async () => {
    const text = readFixture('workspace', '.cursor', 'mcp.json');
    const [credential] = await waitForCodes(fixtureUri('workspace', '.cursor', 'mcp.json'), ['plaintext-credential']);
    assert.deepEqual(credential!.range, valueRange(text, 'Bearer lin_api_7Qm2Vx9TbK4pL8sN3dR6wY1zF5hJ0cGaUe2'));
  });

  test('.vscode/mcp.json: a plaintext credential and an impersonation', async () => {
    const text = readFixture('workspace', '.vscode', 'mcp.json');
    const [credential, impersonation] = await waitForCodes(fixtureUri('workspace', '.vscode', 'mcp.json'), ['plaintext-credential', 'impersonation']);
    assert.deepEqual(credential!.range, valueRange(text, 'sntrys_eyJpYXQiOjE3MzA0NTY3ODkuMTIzLCJ1cmwiOiJodHRwczovL3NlbnRyeS5pbyJ9_Zk3qW8rT2mXp'));
    assert.deepEqual(impersonation!.range, keyRange(text, 'github'));
  });

  test('home files that are not open: ~/.claude.json and Codex config.toml', async () => {
    const claude = readFixture('home', '.claude.json');
    const [filesystem, denied] = await waitForCodes(fixtureUri('home', '.claude.json'), ['unapproved-server', 'denied-server']);
    assert.deepEqual(filesystem!.range, keyRange(claude, 'filesystem'));
    assert.deepEqual(denied!.range, keyRange(claude, 'remote-shell'));
    const codex = readFixture('home', '.codex', 'config.toml');
    const [unapproved, insecure] = await waitForCodes(fixtureUri('home', '.codex', 'config.toml'), ['unapproved-server', 'insecure-transport']);
    assert.deepEqual(unapproved!.range, valueRange(codex, 'docs'));
    assert.deepEqual(insecure!.range, valueRange(codex, 'http://docs.internal.example:8080/mcp'));
    await waitForCodes(fixtureUri('home', '.cursor', 'mcp.json'), []);
    assert.equal(vscode.workspace.textDocuments.some((d) => d.uri.fsPath.endsWith('.claude.json')), false, 'never opened');
  });

  test('the Problems panel lists them (screenshot)', async () => {
    await vscode.window.showTextDocument(fixtureUri('workspace', '.mcp.json'));
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await sleep(1000);
    await screenshot('problems');
  });
});
