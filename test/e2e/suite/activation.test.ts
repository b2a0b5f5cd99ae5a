import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';

suite('activation', () => {
  test('the packaged extension is installed and activates', async () => {
    const extension = vscode.extensions.getExtension('mcp-warden.mcp-warden');
    assert.ok(extension, 'mcp-warden.mcp-warden is installed');
    await extension.activate();
    assert.equal(extension.isActive, true);
  });
});
