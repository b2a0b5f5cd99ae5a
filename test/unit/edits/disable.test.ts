import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, canDisableProjectServer, disableProjectServerEdits } from '../../../core/edits/index';
import { lines } from './helpers';

test('creates settings.local.json content when the file does not exist', () => {
  assert.equal(applyEdits('', disableProjectServerEdits(undefined, 'weather')), lines('{', '  "disabledMcpjsonServers": [', '    "weather"', '  ]', '}'));
});

test('adds the key to existing settings, keeping what is there', () => {
  const text = lines('{', '  "permissions": { "allow": [] }', '}');
  assert.equal(applyEdits(text, disableProjectServerEdits(text, 'weather')), lines('{', '  "permissions": { "allow": [] },', '  "disabledMcpjsonServers": ["weather"]', '}'));
});

test('keeps a multi-line list multi-line', () => {
  const text = lines('{', '  "disabledMcpjsonServers": [', '    "a" // old', '  ]', '}');
  assert.equal(applyEdits(text, disableProjectServerEdits(text, 'b')), lines('{', '  "disabledMcpjsonServers": [', '    "a", // old', '    "b"', '  ]', '}'));
});

test('appends to an existing list, once', () => {
  const text = lines('{', '  "disabledMcpjsonServers": ["a"]', '}');
  const once = applyEdits(text, disableProjectServerEdits(text, 'b'));
  assert.deepEqual(JSON.parse(once), { disabledMcpjsonServers: ['a', 'b'] });
  assert.deepEqual(disableProjectServerEdits(once, 'b'), []);
});

test('only Claude Code project servers have this switch', () => {
  assert.equal(canDisableProjectServer({ client: 'claude-code', scope: 'project' }), true);
  assert.equal(canDisableProjectServer({ client: 'claude-code', scope: 'user' }), false);
  assert.equal(canDisableProjectServer({ client: 'cursor', scope: 'project' }), false);
});
