import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { planHooks } from '../../../core/export/install';
import { writeHookPlan } from '../../../extension/install/apply';

function plan(home: string) {
  const env = { home, platform: 'linux' as const, env: {}, systemRoot: '' };
  return planHooks({ client: 'claude-code', scope: 'user', env, action: 'install', command: { node: '/usr/bin/node', script: '/h/hook.js' } });
}

test('writes the previewed change, creating the folder', () => {
  const home = mkdtempSync(join(tmpdir(), 'mcp-warden-apply-'));
  try {
    const p = plan(home);
    writeHookPlan(p);
    assert.equal(readFileSync(join(home, '.claude', 'settings.json'), 'utf8'), p.after);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});

test('a file changed after the preview is left alone', () => {
  const home = mkdtempSync(join(tmpdir(), 'mcp-warden-apply-'));
  try {
    const p = plan(home);
    const file = join(home, '.claude', 'settings.json');
    mkdirSync(join(home, '.claude'));
    writeFileSync(file, '{ "model": "opus" }\n');
    assert.throws(() => writeHookPlan(p), /changed after the preview; nothing was written/);
    assert.equal(readFileSync(file, 'utf8'), '{ "model": "opus" }\n');
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});
