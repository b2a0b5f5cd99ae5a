import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adminCommand, parseHookArgs } from '../../../extension/install/request';

test('no argument (walkthrough, palette) asks for everything', () => {
  assert.deepEqual(parseHookArgs(undefined), {});
  assert.deepEqual(parseHookArgs(null), {});
});

test('a full argument object is taken as it is', () => {
  assert.deepEqual(parseHookArgs({ client: 'claude-code', scope: 'user', confirm: false }), { client: 'claude-code', scope: 'user', confirm: false });
  assert.deepEqual(parseHookArgs({ client: 'cursor' }), { client: 'cursor' });
});

test('unusable arguments are refused with a reason, never guessed', () => {
  assert.match(parseHookArgs('claude-code') as string, /must be an object/);
  assert.match(parseHookArgs([]) as string, /must be an object/);
  assert.match(parseHookArgs({ client: 'claude' }) as string, /client "claude": use "claude-code" or "cursor"/);
  assert.match(parseHookArgs({ scope: 'global' }) as string, /scope "global"/);
  assert.match(parseHookArgs({ confirm: 'no' }) as string, /confirm must be true or false/);
});

test('the managed scope gets the exact administrator command', () => {
  assert.equal(adminCommand('install', 'claude-code', 'linux'), 'sudo mcp-warden hooks install --client claude-code --scope managed');
  assert.equal(adminCommand('uninstall', 'cursor', 'darwin'), 'sudo mcp-warden hooks uninstall --client cursor --scope managed');
  assert.equal(adminCommand('install', 'cursor', 'win32'), 'mcp-warden hooks install --client cursor --scope managed');
});
