import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID, fixtureUri, keyRange, readFixture, waitForCodes } from './helpers';

interface Item {
  kind: string;
  [key: string]: unknown;
}
interface Api {
  ready: Promise<void>;
  inventory: vscode.TreeDataProvider<Item>;
  statusBarText(): string;
}

/** The tree as the view shows it: label (description) [icon] per node, children indented. */
async function render(tree: vscode.TreeDataProvider<Item>, item?: Item, depth = 0): Promise<string[]> {
  const children = (await tree.getChildren(item)) ?? [];
  const lines: string[] = [];
  for (const child of children) {
    const node = await tree.getTreeItem(child);
    const icon = node.iconPath instanceof vscode.ThemeIcon ? ` [${node.iconPath.id}]` : '';
    const label = typeof node.label === 'string' ? node.label : node.label?.label;
    lines.push(`${'  '.repeat(depth)}${label}${node.description ? ` (${node.description})` : ''}${icon}`);
    lines.push(...(await render(tree, child, depth + 1)));
  }
  return lines;
}

suite('inventory and status bar', () => {
  let api: Api;

  suiteSetup(async () => {
    api = await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    await api.ready;
    await waitForCodes(fixtureUri('workspace', '.mcp.json'), ['unapproved-server', 'unpinned-launch']);
  });

  test('client → scope → file → server, with status icons', async () => {
    const workspace = path.basename(path.dirname(fixtureUri('workspace').fsPath));
    assert.ok(workspace);
    assert.deepEqual(await render(api.inventory), [
      'Claude Code (4 not approved) [plug]',
      '  User (1 not approved) [account]',
      '    ~/.claude.json [file]',
      '      filesystem (not approved) [error]',
      '  Local (per project) (1 not approved) [person]',
      '    ~/.claude.json [file]',
      `      remote-shell (denied by policy · ${fixtureUri('workspace').fsPath}) [circle-slash]`,
      '  Project (2 not approved) [repo]',
      '    .mcp.json [file]',
      '      github (approved as github) [pass-filled]',
      '      weather-tools (not approved) [error]',
      '      context7 (unpinned launch) [error]',
      'Cursor (all approved) [plug]',
      '  User [account]',
      '    ~/.cursor/mcp.json [file]',
      '      context7 (approved as context7) [pass-filled]',
      '  Project [repo]',
      '    .cursor/mcp.json [file]',
      '      linear (approved as linear) [pass-filled]',
      'VS Code (1 not approved) [plug]',
      '  Project (1 not approved) [repo]',
      '    .vscode/mcp.json [file]',
      '      sentry (approved as sentry) [pass-filled]',
      '      github (impersonates an approved server) [warning]',
      'Codex (1 not approved) [plug]',
      '  User (1 not approved) [account]',
      '    ~/.codex/config.toml [file]',
      '      docs (not approved) [error]',
    ]);
  });

  test('a server item reveals its entry in the file', async () => {
    const claude = (await api.inventory.getChildren())![0]!;
    const project = (await api.inventory.getChildren(claude))!.find((s) => s.scope === 'project')!;
    const file = (await api.inventory.getChildren(project))![0]!;
    const weather = (await api.inventory.getChildren(file))!.find((s) => s.name === 'weather-tools')!;
    const node = await api.inventory.getTreeItem(weather);
    assert.equal(node.contextValue, 'mcpWarden.server.flagged');
    assert.equal(node.command?.command, 'mcpWarden.revealServer');
    await vscode.commands.executeCommand(node.command!.command, ...(node.command!.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.fsPath, fixtureUri('workspace', '.mcp.json').fsPath);
    assert.deepEqual(editor.selection, new vscode.Selection(keyRange(readFixture('workspace', '.mcp.json'), 'weather-tools').start, keyRange(readFixture('workspace', '.mcp.json'), 'weather-tools').end));
  });

  test('the status bar counts the unapproved servers and opens the inventory', async () => {
    assert.equal(api.statusBarText(), '$(shield) 6 unapproved MCP servers');
    await vscode.commands.executeCommand('mcpWarden.showInventory');
  });
});
