import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { findNode, nodeCandidates, nodeMajor } from '../../../extension/install/nodeRuntime';

test('PATH order, absolute entries only, each directory once', () => {
  const pathValue = '/usr/local/bin::./node_modules/.bin:bin:/usr/bin:/usr/local/bin';
  assert.deepEqual(nodeCandidates({ pathValue, platform: 'linux', excluded: [] }), ['/usr/local/bin/node', '/usr/bin/node']);
});

test('nothing inside a workspace folder is a candidate, however PATH names it', () => {
  const pathValue = '/work/repo/node_modules/.bin:/work/repo:/work/repo-other/bin:/usr/bin';
  assert.deepEqual(nodeCandidates({ pathValue, platform: 'linux', excluded: ['/work/repo'] }), ['/work/repo-other/bin/node', '/usr/bin/node']);
});

test('Windows: node.exe, ; separators, quoted entries', () => {
  const pathValue = 'C:\\Windows;"C:\\Program Files\\nodejs";.\\tools;C:\\repo\\bin';
  assert.deepEqual(nodeCandidates({ pathValue, platform: 'win32', excluded: ['C:\\repo'] }), ['C:\\Windows\\node.exe', 'C:\\Program Files\\nodejs\\node.exe']);
});

test('the major version from process.versions.node output', () => {
  assert.equal(nodeMajor('20.11.1\n'), 20);
  assert.equal(nodeMajor('v22.3.0'), 22);
  assert.equal(nodeMajor(''), undefined);
  assert.equal(nodeMajor('Electron'), undefined);
});

test('the first PATH node new enough wins; an old one is skipped', { skip: process.platform === 'win32' }, () => {
  const root = mkdtempSync(join(tmpdir(), 'mcp-warden-node-'));
  try {
    const fake = (dir: string, version: string) => {
      mkdirSync(join(root, dir));
      writeFileSync(join(root, dir, 'node'), `#!/bin/sh\necho ${version}\n`);
      chmodSync(join(root, dir, 'node'), 0o755);
    };
    fake('old', '18.19.0');
    fake('new', '20.11.1');
    mkdirSync(join(root, 'not-executable'));
    writeFileSync(join(root, 'not-executable', 'node'), '');
    const pathValue = ['not-executable', 'old', 'new'].map((d) => join(root, d)).join(':');
    assert.deepEqual(findNode({ pathValue, platform: 'linux', excluded: [] }), { node: join(root, 'new', 'node') });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
