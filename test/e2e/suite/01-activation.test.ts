import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './helpers';

suite('activation', () => {
  test('the packaged extension is installed (not a development copy) and activates', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    assert.match(extension.extensionPath, /extensions[/\\]mcp-warden\.mcp-warden-\d/, 'loaded from the extensions folder the .vsix was installed into');
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  test('runs in Restricted Mode: the workspace is not trusted', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });
});
