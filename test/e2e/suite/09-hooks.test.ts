import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { HookCommandResult } from '../../../extension/install/request';
import { EXTENSION_ID, fixturePath } from './helpers';

const HOOK_FILES = ['hook.js', 'hook-core.js', 'hook-slow.js', 'hook-scan.js'];
const USER_SETTINGS = `{
  // the user's own settings
  "model": "opus",
  "hooks": {
    "PreToolUse": [{ "matcher": "Bash", "hooks": [{ "type": "command", "command": "/usr/local/bin/bash-guard" }] }]
  }
}
`;
/** The settings file has whole-line comments only (jsonc-parser's UMD build does not bundle here). */
function parse(text: string) {
  return JSON.parse(text.replace(/^\s*\/\/.*$/gm, ''));
}

const BASH_GROUP = { matcher: 'Bash', hooks: [{ type: 'command', command: '/usr/local/bin/bash-guard' }] };

function hooksCommand(id: 'install' | 'uninstall', args: Record<string, unknown>): Thenable<HookCommandResult> {
  return vscode.commands.executeCommand<HookCommandResult>(`mcpWarden.${id}Hooks`, args);
}

suite('installing the hooks from the editor', () => {
  const settingsFile = () => fixturePath('home', '.claude', 'settings.json');
  // The fixture home's XDG state directory: code-server runs without XDG_STATE_HOME (see the driver).
  const hookDir = () => fixturePath('home', '.local', 'state', 'mcp-warden', 'hook');
  const claudeUser = { client: 'claude-code', scope: 'user', confirm: false };
  let scratch: string;

  suiteSetup(async () => {
    await (await vscode.extensions.getExtension(EXTENSION_ID)!.activate()).ready;
    fs.mkdirSync(path.dirname(settingsFile()), { recursive: true });
    fs.writeFileSync(settingsFile(), USER_SETTINGS);
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'mcp-warden-e2e-hook-'));
  });
  suiteTeardown(() => fs.rmSync(scratch, { recursive: true, force: true }));

  // The extension host refuses modal dialogs under test and reports their text: enough to see that
  // the preview comes first and that nothing is written or copied without the confirmation.
  test('without confirm: false the change waits for the modal preview, and nothing is written', async () => {
    const result = await hooksCommand('install', { client: 'claude-code', scope: 'user' });
    assert.notEqual(result.status, 'installed');
    assert.match(result.message ?? '', /Install the MCP Warden hooks for Claude Code \(user\)\? This changes .*settings\.json/);
    assert.equal(fs.readFileSync(settingsFile(), 'utf8'), USER_SETTINGS);
    assert.equal(fs.existsSync(hookDir()), false, 'nothing copied before the confirmation');
  });

  test('Claude Code, user scope: exactly our three hooks, run by node from PATH on a stable copy', async () => {
    const result = await hooksCommand('install', claudeUser);
    assert.equal(result.status, 'installed', result.message);
    assert.equal(result.file, settingsFile());
    assert.equal(result.hookDir, hookDir());
    const node = result.node!;
    assert.ok(path.isAbsolute(node) && (process.env.PATH ?? '').split(path.delimiter).includes(path.dirname(node)), `${node} is the node on PATH`);
    assert.ok(Number(spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.split('.')[0]) >= 20, 'Node.js 20 or later');
    const ours = { matcher: 'mcp__.*', hooks: [{ type: 'command', command: node, args: [path.join(hookDir(), 'hook.js'), '--mcp-warden-client=claude-code'], timeout: 30 }] };
    const text = fs.readFileSync(settingsFile(), 'utf8');
    assert.deepEqual(parse(text), { model: 'opus', hooks: { PreToolUse: [BASH_GROUP, ours], PostToolUse: [ours], PostToolUseFailure: [ours] } });
    assert.match(text, /\/\/ the user's own settings/, 'comments are kept');
  });

  test('the stable copy holds the packaged bundles and a start-up cache, outside the extension folder', () => {
    const extensionDist = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist');
    for (const name of HOOK_FILES) assert.ok(fs.readFileSync(path.join(hookDir(), name)).equals(fs.readFileSync(path.join(extensionDist, name))), `${name} copied`);
    assert.ok(fs.existsSync(path.join(hookDir(), 'hook-core.cache')), 'code cache prepared for this node');
    assert.ok(!hookDir().startsWith(path.dirname(extensionDist)));
  });

  test('the installed hook lets a non-MCP tool through and blocks an unapproved MCP server', () => {
    const handler = parse(fs.readFileSync(settingsFile(), 'utf8')).hooks.PreToolUse[1].hooks[0];
    const env = { PATH: process.env.PATH, HOME: fixturePath('home'), MCP_WARDEN_POLICY: fixturePath('policy', 'policy.json'), MCP_WARDEN_AUDIT_DIR: path.join(scratch, 'audit'), XDG_STATE_HOME: path.join(scratch, 'state') };
    const run = (toolName: string) => {
      const payload = { session_id: 'e2e', cwd: fixturePath('workspace'), hook_event_name: 'PreToolUse', tool_name: toolName, tool_input: { path: '/srv/shared/notes.txt' }, tool_use_id: `e2e-${toolName}` };
      return spawnSync(handler.command, handler.args, { input: JSON.stringify(payload), env, encoding: 'utf8', timeout: 30_000 });
    };
    const bash = run('Bash');
    assert.equal(bash.status, 0, bash.stderr);
    const mcp = run('mcp__filesystem__read_file');
    assert.equal(mcp.status, 2, mcp.stderr);
    assert.match(mcp.stderr, /filesystem/);
  });

  test('running it again changes nothing', async () => {
    const before = fs.readFileSync(settingsFile(), 'utf8');
    const result = await hooksCommand('install', claudeUser);
    assert.equal(result.status, 'unchanged', result.message);
    assert.equal(fs.readFileSync(settingsFile(), 'utf8'), before);
  });

  test('Restricted Mode refuses the project scope; the managed scope hands over the administrator command', async () => {
    const project = await hooksCommand('install', { client: 'claude-code', scope: 'project', confirm: false });
    assert.equal(project.status, 'refused');
    assert.match(project.message!, /Restricted Mode/);
    assert.equal(fs.existsSync(fixturePath('workspace', '.claude', 'settings.json')), false);
    const managed = await hooksCommand('install', { client: 'claude-code', scope: 'managed' });
    assert.deepEqual(managed, { status: 'managed', message: 'sudo mcp-warden hooks install --client claude-code --scope managed' });
  });

  test('uninstall removes exactly our hooks and keeps every other setting', async () => {
    const result = await hooksCommand('uninstall', claudeUser);
    assert.equal(result.status, 'removed', result.message);
    const text = fs.readFileSync(settingsFile(), 'utf8');
    assert.deepEqual(parse(text), { model: 'opus', hooks: { PreToolUse: [BASH_GROUP] } });
    assert.match(text, /\/\/ the user's own settings/);
    assert.equal((await hooksCommand('uninstall', claudeUser)).status, 'unchanged');
  });
});
