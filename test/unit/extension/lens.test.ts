import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lensFor } from '../../../extension/present/lens';
import { server } from './fixtures';

test('one line per verdict', () => {
  assert.deepEqual(lensFor(server('github').server), { title: '$(pass-filled) approved · scope: fine-grained token: repo:read · owner: sec@acme.example', action: 'none' });
  assert.deepEqual(lensFor(server('weather-tools').server), { title: '$(error) not approved — request approval', action: 'request-approval' });
  assert.deepEqual(lensFor(server('context7').server), { title: '$(error) not approved — request approval (approved: context7)', action: 'request-approval' });
  assert.deepEqual(lensFor(server('shell').server), { title: '$(circle-slash) denied by policy — remove it', action: 'none' });
});
