import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID, fixtureUri, keyRange, readFixture, screenshot, sleep, waitForCodes } from './helpers';

async function wardenHover(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  const texts = hovers.flatMap((hover) => hover.contents.map((c) => (typeof c === 'string' ? c : c.value)));
  const ours = texts.find((text) => text.includes('**MCP Warden**'));
  assert.ok(ours, `an MCP Warden hover at ${position.line}:${position.character}; got ${JSON.stringify(texts)}`);
  // Package specs carry "@" as an entity so they are not turned into e-mail links.
  return ours.replace(/&#64;/g, '@');
}

suite('hover', () => {
  const mcpJson = fixtureUri('workspace', '.mcp.json');
  let text = '';

  suiteSetup(async () => {
    await (await vscode.extensions.getExtension(EXTENSION_ID)!.activate()).ready;
    text = readFixture('workspace', '.mcp.json');
    await waitForCodes(mcpJson, ['unapproved-server', 'unpinned-launch']);
  });

  test('an approved server: policy id, owner, review date, documented scope and tools', async () => {
    const hover = await wardenHover(mcpJson, keyRange(text, 'github').start.translate(0, 2));
    for (const expected of [
      'Approved — `github`',
      'Runs: npm package @modelcontextprotocol/server-github@2025.4.8 via npx',
      '- Policy id: `github` (GitHub)',
      '- Owner: platform-security@acme.example',
      '- Reviewed: 2026-09-15',
      '- Credential: fine-grained token',
      '- Scopes: `repo:read`, `issues:write`',
      '- Maximum lifetime: 90 days (P90D)',
      '- Revocation: https://github.com/settings/tokens',
      '- Read-only: no',
      '- Allowed: every tool not denied',
      '- Denied: `delete_repository`',
      '- Ask first: `create_pull_request`',
      '_Acme policy e2e-1 · enforce mode_',
    ]) assert.ok(hover.includes(expected), `hover has ${expected}:\n${hover}`);
  });

  test('an unapproved server: why, and the nearest approved alternative', async () => {
    const hover = await wardenHover(mcpJson, keyRange(text, 'weather-tools').start);
    for (const expected of [
      'Not approved — `weather-tools`',
      '**Nearest approved alternative:** `weather` — npm package @acme/weather-mcp@2.1.0 · owner: devex@acme.example',
      'Copy approval request](command:mcpWarden.copyApprovalRequest?',
      '_Acme policy e2e-1 · enforce mode_',
    ]) assert.ok(hover.includes(expected), `hover has ${expected}:\n${hover}`);
    assert.equal(hover.includes('is not on the approved list'), false, 'the diagnostic right above already says why');
  });

  test('an unpinned launch names the approved pin', async () => {
    const hover = await wardenHover(mcpJson, keyRange(text, 'context7').end);
    assert.ok(hover.includes('Unpinned launch — `context7`'), hover);
    assert.ok(hover.includes('**Nearest approved alternative:** `context7` — npm package @upstash/context7-mcp@1.0.14'), hover);
  });

  test('other findings of a server are listed with links to their rules', async () => {
    const uri = fixtureUri('workspace', '.vscode', 'mcp.json');
    const hover = await wardenHover(uri, keyRange(readFixture('workspace', '.vscode', 'mcp.json'), 'sentry').start);
    assert.ok(hover.includes('Approved — `sentry`'), hover);
    assert.match(hover, /\*\*Also\*\*\n- \[plaintext-credential\]\([^)]*docs\/rules\/plaintext-credential\.md\): Sentry auth token is written in plain text/);
  });

  test('no hover away from a server key', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', mcpJson, new vscode.Position(0, 0));
    assert.equal(hovers.some((h) => h.contents.some((c) => (typeof c === 'string' ? c : c.value).includes('MCP Warden'))), false);
  });

  test('what a person sees (screenshot)', async () => {
    await vscode.commands.executeCommand('workbench.action.closePanel');
    const editor = await vscode.window.showTextDocument(mcpJson);
    const at = keyRange(text, 'weather-tools').start.translate(0, 3);
    editor.selection = new vscode.Selection(at, at);
    await sleep(300);
    await vscode.commands.executeCommand('editor.action.showHover');
    await sleep(1200);
    await screenshot('hover');
  });
});
