import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { setup, suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, EXTENSION_ID, fixturePath, fixtureUri, originalFixture, waitForCodes, wardenDiagnostics } from './helpers';

/** The quick fixes offered for the first MCP Warden diagnostic with this rule id. */
async function fixesFor(uri: vscode.Uri, ruleId: string, nth = 0): Promise<vscode.CodeAction[]> {
  const diagnostic = wardenDiagnostics(uri).filter((d) => codeOf(d) === ruleId)[nth];
  assert.ok(diagnostic, `a ${ruleId} diagnostic in ${uri.fsPath}`);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  // Diagnostics do not survive the trip back from the provider; our actions are known by their commands.
  return actions.filter((action) => ['mcpWarden.fixApplied', 'mcpWarden.copyApprovalRequest'].includes(action.command?.command ?? ''));
}

async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.equal(await vscode.workspace.applyEdit(action.edit), true, `${action.title} applies`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

function textOf(uri: vscode.Uri): string {
  return vscode.workspace.textDocuments.find((d) => d.uri.fsPath === uri.fsPath)!.getText();
}

suite('quick fixes', () => {
  const mcpJson = fixtureUri('workspace', '.mcp.json');
  const cursorJson = fixtureUri('workspace', '.cursor', 'mcp.json');
  const vscodeJson = fixtureUri('workspace', '.vscode', 'mcp.json');

  suiteSetup(async () => {
    await (await vscode.extensions.getExtension(EXTENSION_ID)!.activate()).ready;
  });

  setup(async () => {
    for (const uri of [mcpJson, cursorJson, vscodeJson]) await vscode.window.showTextDocument(uri);
    await waitForCodes(mcpJson, ['unapproved-server', 'unpinned-launch']);
  });

  teardown(async () => {
    for (const uri of [mcpJson, cursorJson, vscodeJson]) {
      await vscode.window.showTextDocument(uri);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(fixturePath('workspace', '.claude'), { recursive: true, force: true });
  });

  test('each diagnostic offers the fixes its rule allows', async () => {
    assert.deepEqual((await fixesFor(mcpJson, 'unapproved-server')).map((a) => a.title), [
      'Remove "weather-tools"',
      'Disable "weather-tools" for yourself (disabledMcpjsonServers)',
      'Copy an approval request for the policy repository',
    ]);
    assert.deepEqual((await fixesFor(mcpJson, 'unpinned-launch')).map((a) => a.title), [
      'Use the approved "context7" launch',
      'Remove "context7"',
      'Disable "context7" for yourself (disabledMcpjsonServers)',
      'Copy an approval request for the policy repository',
    ]);
    assert.deepEqual((await fixesFor(cursorJson, 'plaintext-credential')).map((a) => a.title), ['Move the credential to ${env:LINEAR_TOKEN}']);
    assert.deepEqual((await fixesFor(vscodeJson, 'plaintext-credential')).map((a) => a.title), ['Move the credential to ${input:sentry-access-token}']);
  });

  test('remove the entry', async () => {
    const [remove] = await fixesFor(mcpJson, 'unapproved-server');
    await apply(remove!);
    const original = originalFixture('workspace', '.mcp.json');
    const block = '    "weather-tools": {\n      "command": "npx",\n      "args": ["-y", "weather-mcp-server@1.0.0"]\n    },\n';
    assert.ok(original.includes(block));
    assert.equal(textOf(mcpJson), original.replace(block, ''));
    await waitForCodes(mcpJson, ['unpinned-launch']);
  });

  test('replace an unpinned launch with the approved pinned one', async () => {
    const [pin] = await fixesFor(mcpJson, 'unpinned-launch');
    assert.equal(pin!.isPreferred, true);
    await apply(pin!);
    const expected = originalFixture('workspace', '.mcp.json').replace('"@upstash/context7-mcp@latest"', '"@upstash/context7-mcp@1.0.14"');
    assert.equal(textOf(mcpJson), expected);
    await waitForCodes(mcpJson, ['unapproved-server']);
  });

  test('move a plaintext credential to Cursor\'s ${env:VAR}', async () => {
    const [move] = await fixesFor(cursorJson, 'plaintext-credential');
    await apply(move!);
    const expected = originalFixture('workspace', '.cursor', 'mcp.json').replace('Bearer lin_api_7Qm2Vx9TbK4pL8sN3dR6wY1zF5hJ0cGaUe2', 'Bearer ${env:LINEAR_TOKEN}');
    assert.equal(textOf(cursorJson), expected);
    await waitForCodes(cursorJson, []);
  });

  test('move a plaintext credential to a VS Code password input', async () => {
    const [move] = await fixesFor(vscodeJson, 'plaintext-credential');
    await apply(move!);
    const original = originalFixture('workspace', '.vscode', 'mcp.json');
    const expected = original
      .replace(/"sntrys_[^"]+"/, '"${input:sentry-access-token}"')
      .replace('      "url": "https://gh-mcp.example.net/mcp"\n    }\n  }\n}', [
        '      "url": "https://gh-mcp.example.net/mcp"',
        '    }',
        '  },',
        '  "inputs": [',
        '    {',
        '      "type": "promptString",',
        '      "id": "sentry-access-token",',
        '      "description": "SENTRY_ACCESS_TOKEN for the \\"sentry\\" MCP server",',
        '      "password": true',
        '    }',
        '  ]',
        '}',
      ].join('\n'));
    assert.equal(textOf(vscodeJson), expected);
    await waitForCodes(vscodeJson, ['impersonation']);
  });

  test('disable a project server the Claude Code way', async () => {
    const disable = (await fixesFor(mcpJson, 'unapproved-server')).find((a) => a.title.startsWith('Disable'));
    await apply(disable!);
    // Like every quick fix, the edit waits in the editor for the person to save it.
    const settings = await vscode.workspace.openTextDocument(fixtureUri('workspace', '.claude', 'settings.local.json'));
    assert.equal(settings.getText(), '{\n  "disabledMcpjsonServers": [\n    "weather-tools"\n  ]\n}\n');
    await settings.save();
    assert.equal(fs.readFileSync(settings.uri.fsPath, 'utf8'), settings.getText());
    assert.equal(textOf(mcpJson), originalFixture('workspace', '.mcp.json'), 'the committed .mcp.json is left alone');
  });

  test('copy an approval request: a policy entry with the server\'s identity', async () => {
    const copy = (await fixesFor(mcpJson, 'unapproved-server')).find((a) => a.title.startsWith('Copy'));
    assert.equal(copy!.edit, undefined);
    await apply(copy!);
    const entry = JSON.parse(await vscode.env.clipboard.readText());
    assert.equal(entry.id, 'weather-tools');
    assert.deepEqual(entry.match, { package: 'weather-mcp-server', ecosystem: 'npm', version: '1.0.0' });
  });
});
