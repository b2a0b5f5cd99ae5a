import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { defaultDiscoveryEnv } from '../../core/discovery';
import { lintPolicy } from '../../core/policy/lint';
import { loadEffectivePolicy } from '../../core/policy/load';
import { policyJsonSchema } from '../../policy-schema/generate';

const root = path.resolve(__dirname, '../..');
const TODAY = new Date('2026-11-24T12:00:00Z');
const lint = (policy: unknown) => lintPolicy(JSON.stringify(policy, null, 2), 'policy.json', TODAY);
const brief = (problems: ReturnType<typeof lintPolicy>) => problems.map((p) => [p.ruleId, (p.range?.start.line ?? -1) + 1, (p.range?.start.character ?? -1) + 1]);

test('the checked-in policy.schema.json is generated from the zod schema (run `npm run schema` when this fails)', () => {
  assert.equal(fs.readFileSync(path.join(root, 'policy-schema/policy.schema.json'), 'utf8'), policyJsonSchema());
});

test('the example policies lint clean', () => {
  for (const name of fs.readdirSync(path.join(root, 'policy-schema/examples'))) {
    const file = path.join(root, 'policy-schema/examples', name);
    assert.deepEqual(lintPolicy(fs.readFileSync(file, 'utf8'), file, TODAY), [], name);
  }
});

test('schema errors carry the line and column of the offending value or key', () => {
  const text = '{\n  "version": "1",\n  "servers": [\n    { "id": "x", "match": { "url": 42 } },\n    { "id": "y", "match": { "command": "c" }, "colour": "red" }\n  ],\n  "mode": "strict"\n}\n';
  const problems = lintPolicy(text, 'p.json', TODAY);
  const positions = problems.map((p) => [p.ruleId, p.range!.start.line + 1, p.range!.start.character + 1, p.message]);
  assert.deepEqual(positions.map((p) => p.slice(0, 3)), [
    ['policy-invalid', 7, 12],
    ['policy-invalid', 4, 27],
    ['policy-invalid', 5, 48],
  ]);
  assert.match(String(positions[0]![3]), /mode: Invalid option: expected one of "enforce"\|"warn"/);
  assert.match(String(positions[1]![3]), /servers\.0\.match: expected one of .*closest: url: Invalid input: expected string, received number/);
  assert.match(String(positions[2]![3]), /servers\.1: Unrecognized key: "colour"/);
});

test('syntax errors are located; comments and trailing commas are allowed', () => {
  assert.deepEqual(lintPolicy('{\n  // fine\n  "version": "1",\n}\n', 'p.json', TODAY), []);
  const broken = lintPolicy('{\n  "version": "1"\n  "mode": "warn"\n}', 'p.json', TODAY);
  assert.equal(broken[0]!.ruleId, 'policy-invalid');
  assert.equal(broken[0]!.range!.start.line, 2);
});

test('semantic problems: no scope, future and stale reviews, overlap, deny shadows allow, unpinned approval', () => {
  const problems = lint({
    version: '1',
    servers: [
      { id: 'a', match: { url: 'https://mcp.example.com/*' }, scope: { credential: 'oauth' }, reviewed: '2027-01-01' },
      { id: 'b', match: { url: 'https://mcp.example.com/mcp' }, scope: { credential: 'oauth' }, reviewed: '2024-01-01' },
      { id: 'c', match: { package: 'pkg', ecosystem: 'npm' } },
      { id: 'd', match: { command: '/bin/srv' }, scope: { credential: 'none' }, tools: { allow: ['read', 'write'], deny: ['wr*'] } },
    ],
    denied: [{ match: { package: 'pkg', ecosystem: 'npm', version: '1.0.0' }, reason: 'bad version' }],
  });
  assert.deepEqual(brief(problems), [
    ['policy-review-future', 12, 20],
    ['policy-review-stale', 22, 20],
    ['policy-no-scope', 25, 14],
    ['policy-unpinned-approval', 26, 16],
    ['policy-deny-shadows-allow', 40, 18],
    ['policy-overlap', 16, 16],
    ['policy-deny-shadows-allow', 51, 5],
  ]);
});

test('loadEffectivePolicy: managed wins, --policy and user restrict it, missing explicit file fails closed', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mcp-warden-policy-'));
  try {
    const write = (rel: string, policy: unknown) => {
      const full = path.join(dir, rel);
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, JSON.stringify(policy));
      return full;
    };
    const home = path.join(dir, 'home');
    fs.mkdirSync(home);
    const env = defaultDiscoveryEnv({ home, project: path.join(dir, 'proj'), systemRoot: path.join(dir, 'sys'), platform: 'linux', env: {} });
    assert.equal(loadEffectivePolicy(env).usable, false);
    assert.match(loadEffectivePolicy(env).errors[0]!.message, /no MCP Warden policy found/);
    write('sys/etc/mcp-warden/policy.json', { version: 'managed-1', mode: 'warn', servers: [{ id: 'ok', match: { command: 'ok' } }] });
    const explicit = write('mine.json', { version: 'mine', servers: [{ id: 'sneaky', match: { command: 'evil' } }] });
    write('home/.config/mcp-warden/policy.json', { version: 'u', mode: 'enforce' });
    const policy = loadEffectivePolicy(env, { explicitPath: explicit });
    assert.equal(policy.usable, true);
    assert.equal(policy.version, 'managed-1');
    assert.equal(policy.mode, 'enforce');
    assert.deepEqual(policy.servers.map((s) => s.id), ['ok']);
    assert.deepEqual(policy.sources.map((s) => [s.layer, s.role]), [['managed', 'base'], ['explicit', 'restriction'], ['user', 'restriction']]);
    assert.match(policy.hash, /^sha256:[0-9a-f]{64}$/);
    const missing = loadEffectivePolicy(env, { explicitPath: path.join(dir, 'typo.json') });
    assert.equal(missing.usable, false);
    assert.match(missing.errors[0]!.message, /typo\.json does not exist/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the schema refuses versions in names and impossible dates', () => {
  const messages = lint({ version: '1', servers: [
    { id: 'a', match: { package: 'pkg@1.0.0' } },
    { id: 'b', match: { image: 'postgres:16' } },
    { id: 'c', match: { image: 'registry.example:5000/team/img' }, scope: { credential: 'none' }, reviewed: '2026-02-31' },
  ] }).map((p) => p.message);
  assert.deepEqual(messages, [
    'policy schema: servers.0.match.package: give the name only; put the version in "version"',
    'policy schema: servers.1.match.image: give the image name only; put the digest in "digest"',
    'policy schema: servers.2.reviewed: not a real calendar date',
  ]);
});

test('an impossible month is a located schema error, not a crash', () => {
  assert.deepEqual(lint({ version: '1', servers: [{ id: 'a', match: { command: 'a' }, reviewed: '2026-13-01' }] }).map((p) => p.message), ['policy schema: servers.0.reviewed: not a real calendar date']);
});

test('lint: runner command approvals, broad denials shadowing runner-option approvals, v-prefixed versions overlap', () => {
  const problems = lint({
    version: '1',
    servers: [
      { id: 'a', match: { command: 'npx', args: ['-y', 'x'] }, scope: { credential: 'none' } },
      { id: 'b', match: { command: 'uv', args: ['run', 'server.py'] }, scope: { credential: 'none' } },
      { id: 'c', match: { package: 'p', version: 'v1.0.0', runnerArgs: ['--registry', '*'] }, scope: { credential: 'none' } },
      { id: 'd', match: { package: 'p', version: '1.0.0', runnerArgs: ['--registry', '*'] }, scope: { credential: 'none' } },
    ],
    denied: [{ match: { package: 'p' }, reason: 'no' }],
  });
  assert.deepEqual(problems.map((p) => p.ruleId), ['policy-unpinned-approval', 'policy-overlap', 'policy-deny-shadows-allow', 'policy-deny-shadows-allow']);
});

test('lint: a command approval whose glob arguments could stand for a runner subcommand is flagged', () => {
  const problems = lint({ version: '1', servers: [
    { id: 'a', match: { command: 'docker', args: ['**'] }, scope: { credential: 'none' } },
    { id: 'b', match: { command: 'node', args: ['**'] }, scope: { credential: 'none' } },
  ] });
  assert.deepEqual(problems.map((p) => [p.ruleId, p.message.split(' ')[0]]), [['policy-unpinned-approval', '"a"']]);
});
