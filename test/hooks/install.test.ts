// `hooks install` / `hooks uninstall`: merge into existing settings without clobbering, idempotent,
// and the built CLI end to end (--dry-run, --json, errors).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'jsonc-parser';
import { claudeHooks, cursorHooks } from '../../core/export/hook-config';
import { installClaudeHooks, installCursorHooks, uninstallClaudeHooks, uninstallCursorHooks } from '../../core/export/merge-hooks';
import { SettingsFileError } from '../../core/export/json-edit';
import { claudePluginHooksSchema, cursorHooksSchema } from './client-formats';
import { ROOT } from './harness';

const CMD = { node: '/usr/bin/node', script: '/opt/mcp-warden/dist/hook.js' };
const CLI = join(ROOT, 'dist', 'cli.js');

const EXISTING_CLAUDE = `{
  // the user's own settings
  "model": "opus",
  "hooks": {
    "PreToolUse": [
      { "matcher": "Bash", "hooks": [{ "type": "command", "command": "/usr/local/bin/bash-guard" }] }
    ],
    "Stop": [{ "hooks": [{ "type": "command", "command": "say done" }] }]
  },
  "permissions": { "allow": ["Read"] }
}
`;

describe('Claude Code settings merge', () => {
  test('adds our three hooks, keeps every other key, hook, comment and the key order', () => {
    const out = installClaudeHooks(EXISTING_CLAUDE, 'settings.json', claudeHooks(CMD));
    assert.match(out, /\/\/ the user's own settings/);
    const value = parse(out);
    assert.deepEqual(Object.keys(value), ['model', 'hooks', 'permissions']);
    assert.equal(value.hooks.PreToolUse[0].matcher, 'Bash');
    assert.equal(value.hooks.PreToolUse[1].matcher, 'mcp__.*');
    assert.equal(value.hooks.Stop[0].hooks[0].command, 'say done');
    assert.ok(value.hooks.PostToolUse && value.hooks.PostToolUseFailure);
    claudePluginHooksSchema.parse({ hooks: value.hooks });
  });

  test('installing twice changes nothing; a changed path is updated in place', () => {
    const once = installClaudeHooks(EXISTING_CLAUDE, 'settings.json', claudeHooks(CMD));
    assert.equal(installClaudeHooks(once, 'settings.json', claudeHooks(CMD)), once);
    const moved = installClaudeHooks(once, 'settings.json', claudeHooks({ ...CMD, script: '/opt/new/hook.js' }));
    const groups = parse(moved).hooks.PreToolUse;
    assert.equal(groups.length, 2);
    assert.equal(groups[1].hooks[0].args[0], '/opt/new/hook.js');
  });

  test('uninstall removes exactly ours and restores the original', () => {
    const once = installClaudeHooks(EXISTING_CLAUDE, 'settings.json', claudeHooks(CMD));
    const removed = uninstallClaudeHooks(once, 'settings.json');
    assert.deepEqual(parse(removed), parse(EXISTING_CLAUDE));
    assert.equal(uninstallClaudeHooks(removed, 'settings.json'), removed);
  });

  test('an empty or missing file gets a fresh settings object', () => {
    const out = installClaudeHooks('', 'settings.json', claudeHooks(CMD));
    assert.deepEqual(Object.keys(parse(out).hooks), ['PreToolUse', 'PostToolUse', 'PostToolUseFailure']);
    assert.equal(parse(uninstallClaudeHooks(out, 'settings.json')).hooks, undefined);
  });

  test('a broken file is refused, never overwritten', () => {
    assert.throws(() => installClaudeHooks('{ "hooks": [ }', 'settings.json', claudeHooks(CMD)), SettingsFileError);
    assert.throws(() => installClaudeHooks('{ "hooks": [] }', 'settings.json', claudeHooks(CMD)), /"hooks" in settings.json is not an object/);
  });
});

describe('Cursor hooks.json merge', () => {
  const existing = JSON.stringify({ version: 1, hooks: { beforeShellExecution: [{ command: './guard.sh' }], beforeMCPExecution: [{ command: './other-gate.sh' }] } }, null, 2);

  test('adds failClosed entries next to existing ones; idempotent; uninstall restores', () => {
    const out = installCursorHooks(existing, 'hooks.json', cursorHooks(CMD, 'linux'));
    const value = cursorHooksSchema.parse(JSON.parse(out));
    assert.equal(value.hooks.beforeMCPExecution?.length, 2);
    assert.equal(value.hooks.beforeMCPExecution?.[1]?.failClosed, true);
    assert.equal(installCursorHooks(out, 'hooks.json', cursorHooks(CMD, 'linux')), out);
    assert.deepEqual(JSON.parse(uninstallCursorHooks(out, 'hooks.json')), JSON.parse(existing));
  });

  test('a missing file becomes version 1 with our two events; paths with spaces are quoted', () => {
    const out = installCursorHooks('', 'hooks.json', cursorHooks({ node: '/usr/bin/node', script: '/Users/a b/hook.js' }, 'darwin'));
    const value = cursorHooksSchema.parse(JSON.parse(out));
    assert.equal(value.hooks.beforeMCPExecution?.[0]?.command, '/usr/bin/node "/Users/a b/hook.js" --mcp-warden-client=cursor');
    const windows = cursorHooks({ node: 'C:\\Program Files\\nodejs\\node.exe', script: 'C:\\mcp\\hook.js' }, 'win32');
    assert.equal(windows.beforeMCPExecution[0]!.command, '"C:\\Program Files\\nodejs\\node.exe" C:\\mcp\\hook.js --mcp-warden-client=cursor');
  });
});

describe('mcp-warden hooks install / uninstall (built CLI)', () => {
  function cli(args: string[], home: string) {
    return spawnSync(process.execPath, [CLI, ...args, '--home', home, '--project', home], { encoding: 'utf8' });
  }

  test('dry run prints a diff and writes nothing; install writes; uninstall removes', () => {
    const home = mkdtempSync(join(tmpdir(), 'mcp-warden-install-'));
    try {
      mkdirSync(join(home, '.claude'));
      writeFileSync(join(home, '.claude', 'settings.json'), EXISTING_CLAUDE);
      const dry = cli(['hooks', 'install', '--client', 'claude-code', '--dry-run'], home);
      assert.equal(dry.status, 0, dry.stderr);
      assert.match(dry.stdout, /would change \(dry run, nothing written\)/);
      assert.match(dry.stdout, /^\+.*"matcher": "mcp__\.\*"/m);
      assert.equal(readFileSync(join(home, '.claude', 'settings.json'), 'utf8'), EXISTING_CLAUDE);
      const real = cli(['hooks', 'install', '--client', 'claude-code', '--json'], home);
      assert.equal(JSON.parse(real.stdout).changed, true);
      assert.match(readFileSync(join(home, '.claude', 'settings.json'), 'utf8'), /--mcp-warden-client=claude-code/);
      assert.match(readFileSync(join(home, '.claude', 'settings.json'), 'utf8'), /dist\/hook\.js/);
      assert.match(cli(['hooks', 'install', '--client', 'claude-code'], home).stdout, /already installed; nothing changed/);
      const cursor = cli(['hooks', 'install', '--client', 'cursor'], home);
      assert.equal(cursor.status, 0, cursor.stderr);
      assert.ok(existsSync(join(home, '.cursor', 'hooks.json')));
      assert.equal(cli(['hooks', 'uninstall', '--client', 'claude-code'], home).status, 0);
      assert.doesNotMatch(readFileSync(join(home, '.claude', 'settings.json'), 'utf8'), /mcp-warden/);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  test('usage errors exit 2 with one line', () => {
    const home = mkdtempSync(join(tmpdir(), 'mcp-warden-install-'));
    try {
      const missing = cli(['hooks', 'install'], home);
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /--client is required/);
      const bad = cli(['hooks', 'install', '--client', 'cursor', '--scope', 'global'], home);
      assert.equal(bad.status, 2);
      mkdirSync(join(home, '.claude'));
      writeFileSync(join(home, '.claude', 'settings.json'), '{ broken');
      const broken = cli(['hooks', 'install', '--client', 'claude-code'], home);
      assert.equal(broken.status, 2);
      assert.match(broken.stderr, /is not valid JSON .* nothing was changed/);
      assert.equal(broken.stderr.trim().split('\n').length, 1);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
