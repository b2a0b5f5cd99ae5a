import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID, fixturePath, fixtureUri, keyRange, originalFixture, valueRange, waitFor, waitForCodes } from './helpers';

async function setText(uri: vscode.Uri, text: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(0, 0, document.lineCount, 0), text);
  await vscode.workspace.applyEdit(edit);
  return document;
}

suite('keeping up with changes', () => {
  const mcpJson = fixtureUri('workspace', '.mcp.json');
  const flagged = ['unapproved-server', 'unpinned-launch'];

  suiteSetup(async () => {
    await (await vscode.extensions.getExtension(EXTENSION_ID)!.activate()).ready;
    await waitForCodes(mcpJson, flagged);
  });

  test('an edit is re-checked after the debounce, on the unsaved buffer', async () => {
    const editor = await vscode.window.showTextDocument(mcpJson);
    const added = '    "evil": { "command": "npx", "args": ["-y", "evil-mcp@1.0.0"] },\n';
    await editor.edit((builder) => builder.insert(new vscode.Position(2, 0), added));
    const [evil] = await waitForCodes(mcpJson, ['unapproved-server', 'unapproved-server', 'unpinned-launch']);
    assert.deepEqual(evil!.range, keyRange(editor.document.getText(), 'evil'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitForCodes(mcpJson, flagged);
  });

  test('a home file outside the workspace changes on disk (file watcher)', async () => {
    const file = fixturePath('home', '.cursor', 'mcp.json');
    const original = originalFixture('home', '.cursor', 'mcp.json');
    fs.writeFileSync(file, original.replace('"mcpServers": {', '"mcpServers": {\n    "shadow": { "command": "npx", "args": ["-y", "shadow-mcp@1.0.0"] },'));
    await waitForCodes(vscode.Uri.file(file), ['unapproved-server']);
    fs.writeFileSync(file, original);
    await waitForCodes(vscode.Uri.file(file), []);
  });

  test('a new config file appears deeper in the workspace', async () => {
    const nested = fixturePath('workspace', 'packages', 'api', '.mcp.json');
    fs.mkdirSync(path.dirname(nested), { recursive: true });
    fs.writeFileSync(nested, '{ "mcpServers": { "nested": { "command": "npx", "args": ["-y", "nested-mcp@2.0.0"] } } }\n');
    await waitForCodes(vscode.Uri.file(nested), ['unapproved-server']);
    fs.rmSync(path.dirname(path.dirname(nested)), { recursive: true });
    await waitForCodes(vscode.Uri.file(nested), []);
  });

  test('editing the policy re-flags within the debounce', async () => {
    const policy = fixtureUri('policy', 'policy.json');
    const original = originalFixture('policy', 'policy.json');
    const approval = '{ "id": "weather-tools", "match": { "package": "weather-mcp-server", "version": "1.0.0" }, "scope": { "credential": "none" }, "owner": "e2e", "reviewed": "2026-11-01" },\n    {\n      "id": "github",';
    const document = await setText(policy, original.replace('{\n      "id": "github",', approval));
    await document.save();
    await waitForCodes(mcpJson, ['unpinned-launch']);
    await setText(policy, original);
    await document.save();
    await waitForCodes(mcpJson, flagged);
  });

  test('an invalid policy is flagged in the policy file, and nothing is approved meanwhile', async () => {
    const policy = fixtureUri('policy', 'policy.json');
    const original = originalFixture('policy', 'policy.json');
    const document = await setText(policy, original.replace('"mode": "enforce"', '"mode": "block"'));
    await document.save();
    const [invalid] = await waitForCodes(policy, ['policy-invalid']);
    assert.deepEqual(invalid!.range, valueRange(document.getText(), 'block'));
    const [github] = await waitForCodes(mcpJson, ['unapproved-server', 'unapproved-server', 'unapproved-server']);
    assert.match(github!.message, /"github" cannot be approved/);
    await setText(policy, original);
    await document.save();
    await waitForCodes(policy, []);
    await waitForCodes(mcpJson, flagged);
  });

  test('changing a setting re-checks: home files can be left out', async () => {
    const config = vscode.workspace.getConfiguration('mcpWarden');
    const claude = fixtureUri('home', '.claude.json');
    await config.update('includeHomeConfigs', false, vscode.ConfigurationTarget.Global);
    try {
      await waitForCodes(claude, []);
      await waitForCodes(mcpJson, flagged);
    } finally {
      await config.update('includeHomeConfigs', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitForCodes(claude, ['unapproved-server', 'denied-server']);
    await waitFor('the setting to be back', () => config.get('includeHomeConfigs') === true);
  });
});
