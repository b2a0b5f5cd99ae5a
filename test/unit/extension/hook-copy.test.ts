import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { HOOK_FILES, refreshHookCopy, stableHookDir } from '../../../extension/install/hookCopy';

let root: string;
let dist: string;
let target: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mcp-warden-copy-'));
  dist = join(root, 'extension-0.1.0', 'dist');
  target = join(root, 'state', 'hook');
  mkdirSync(dist, { recursive: true });
  for (const name of HOOK_FILES) writeFileSync(join(dist, name), `// ${name} v1\n`);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

test('the stable folder is the per-user state directory, not the extension folder', () => {
  assert.equal(stableHookDir({ home: '/home/ana', platform: 'linux', env: {} }), '/home/ana/.local/state/mcp-warden/hook');
  assert.equal(stableHookDir({ home: '/home/ana', platform: 'linux', env: { XDG_STATE_HOME: '/xdg' } }), '/xdg/mcp-warden/hook');
  assert.equal(stableHookDir({ home: '/Users/ana', platform: 'darwin', env: {} }), '/Users/ana/Library/Application Support/MCP Warden/hook');
  assert.equal(stableHookDir({ home: 'C:\\Users\\ana', platform: 'win32', env: { LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' } }), 'C:\\Users\\ana\\AppData\\Local\\MCP Warden\\hook');
});

test('copies every bundle the hook loads, and no temporary file is left', () => {
  assert.deepEqual(refreshHookCopy(dist, target), [...HOOK_FILES]);
  assert.deepEqual(readdirSync(target).sort(), [...HOOK_FILES].sort());
  for (const name of HOOK_FILES) assert.equal(readFileSync(join(target, name), 'utf8'), `// ${name} v1\n`);
});

test('running it again replaces nothing; a new extension version replaces what changed', () => {
  refreshHookCopy(dist, target);
  assert.deepEqual(refreshHookCopy(dist, target), []);
  writeFileSync(join(dist, 'hook-slow.js'), '// hook-slow.js v2\n');
  assert.deepEqual(refreshHookCopy(dist, target), ['hook-slow.js']);
  assert.equal(readFileSync(join(target, 'hook-slow.js'), 'utf8'), '// hook-slow.js v2\n');
});

test('a changed hook-core.js drops the code cache made for the old one; an unchanged one keeps it', () => {
  refreshHookCopy(dist, target);
  writeFileSync(join(target, 'hook-core.cache'), 'v8');
  refreshHookCopy(dist, target);
  assert.equal(existsSync(join(target, 'hook-core.cache')), true);
  writeFileSync(join(dist, 'hook-core.js'), '// hook-core.js v2\n');
  refreshHookCopy(dist, target);
  assert.equal(existsSync(join(target, 'hook-core.cache')), false);
});

test('a build without the bundles is refused before anything is copied', () => {
  rmSync(join(dist, 'hook-scan.js'));
  assert.throws(() => refreshHookCopy(dist, target), /does not include dist\/hook-scan\.js; reinstall the extension/);
  assert.equal(existsSync(target), false);
});
