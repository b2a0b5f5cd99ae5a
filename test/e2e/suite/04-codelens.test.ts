import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID, fixtureUri, keyRange, readFixture, waitForCodes } from './helpers';

suite('CodeLens', () => {
  suiteSetup(async () => {
    await (await vscode.extensions.getExtension(EXTENSION_ID)!.activate()).ready;
  });

  test('one status line above each server of .mcp.json', async () => {
    const uri = fixtureUri('workspace', '.mcp.json');
    const text = readFixture('workspace', '.mcp.json');
    await waitForCodes(uri, ['unapproved-server', 'unpinned-launch']);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const ours = lenses.filter((lens) => lens.command?.title.includes('approved')).sort((a, b) => a.range.start.compareTo(b.range.start));
    assert.deepEqual(
      ours.map((lens) => [lens.range.start.line, lens.command!.title, lens.command!.command]),
      [
        [keyRange(text, 'github').start.line, '$(pass-filled) approved · scope: fine-grained token: repo:read, issues:write · owner: platform-security@acme.example', ''],
        [keyRange(text, 'weather-tools').start.line, '$(error) not approved — request approval', 'mcpWarden.copyApprovalRequest'],
        [keyRange(text, 'context7').start.line, '$(error) not approved — request approval (approved: context7)', 'mcpWarden.copyApprovalRequest'],
      ],
    );
  });

  test('an impersonation says so', async () => {
    const uri = fixtureUri('workspace', '.vscode', 'mcp.json');
    // The lens command reads an open model; this file has not been opened yet.
    await vscode.workspace.openTextDocument(uri);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const titles = lenses.map((lens) => lens.command?.title);
    assert.ok(titles.includes('$(warning) not approved — impersonates "github"'), JSON.stringify(titles));
    assert.ok(titles.includes('$(pass-filled) approved · scope: service account: event:read · owner: sre@acme.example'), JSON.stringify(titles));
  });
});
