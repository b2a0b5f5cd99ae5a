import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildInventory, flaggedServers } from '../../../extension/present/inventory';
import { describeDuration } from '../../../extension/present/labels';
import { checkedMcpJson } from './fixtures';

test('client → scope → file → server, with verdict descriptions and counts', () => {
  const [claude, ...others] = buildInventory([checkedMcpJson()], (p) => p.replace('/repo/', ''));
  assert.equal(others.length, 0);
  assert.equal(claude!.label, 'Claude Code');
  assert.equal(claude!.flagged, 3);
  const [project] = claude!.scopes;
  assert.equal(project!.scope, 'project');
  assert.deepEqual(project!.files.map((f) => [f.label, f.flagged]), [['.mcp.json', 3]]);
  assert.deepEqual(project!.files[0]!.servers.map((s) => [s.name, s.status, s.description]), [
    ['github', 'approved', 'approved as github'],
    ['weather-tools', 'not-approved', 'not approved'],
    ['context7', 'unpinned', 'unpinned launch'],
    ['shell', 'denied', 'denied by policy'],
  ]);
  assert.deepEqual(flaggedServers([claude!]).map((s) => s.name), ['weather-tools', 'context7', 'shell']);
});

test('a file that cannot be parsed is still listed, with its problem', () => {
  const [claude] = buildInventory([checkedMcpJson('{ "mcpServers": ')], (p) => p);
  const file = claude!.scopes[0]!.files[0]!;
  assert.equal(file.servers.length, 0);
  assert.ok(file.problem);
});

test('ISO durations read as words', () => {
  assert.equal(describeDuration('P90D'), '90 days');
  assert.equal(describeDuration('P1Y2M'), '1 year 2 months');
  assert.equal(describeDuration('PT8H'), '8 hours');
  assert.equal(describeDuration('P1DT30M'), '1 day 30 minutes');
  assert.equal(describeDuration('90 days'), '90 days');
});
