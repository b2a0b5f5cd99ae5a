import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluateEntry, verdictFor } from '../../core/policy/evaluate';
import { buildEffectivePolicy } from '../../core/policy/load';
import { entriesOf, entryOf, policyOf, sliceOf } from '../helpers/entries';

const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;
const policy = policyOf({
  version: '7',
  organization: 'Acme',
  servers: [
    { id: 'github-remote', match: { url: 'https://api.githubcopilot.com/mcp/*' }, aliases: ['github'], scope: { credential: 'oauth' } },
    { id: 'context7', match: { package: '@upstash/context7-mcp', ecosystem: 'npm', version: '1.0.14' }, aliases: ['context7'] },
    { id: 'github-local', match: { image: 'ghcr.io/github/github-mcp-server', digest: DIGEST } },
    { id: 'acme-cli', match: { command: '/opt/acme/bin/acme-mcp', args: ['--stdio'] } },
    { id: 'local-dev', match: { url: 'http://localhost:3000/mcp' } },
  ],
  denied: [{ match: { package: 'mcp-remote', ecosystem: 'npm' }, reason: 'proxies unapproved remotes' }],
});
const rules = (findings: { ruleId: string }[]) => findings.map((f) => f.ruleId).sort();

test('approved: URL pattern, pinned package, image digest, exact command', () => {
  for (const [name, server, id] of [
    ['gh', { type: 'http', url: 'https://api.githubcopilot.com/mcp/' }, 'github-remote'],
    ['docs', { command: 'npx', args: ['-y', '@upstash/context7-mcp@1.0.14'] }, 'context7'],
    ['ghl', { command: 'docker', args: ['run', '-i', '--rm', `ghcr.io/github/github-mcp-server@${DIGEST}`] }, 'github-local'],
    ['acme', { command: '/opt/acme/bin/acme-mcp', args: ['--stdio'] }, 'acme-cli'],
  ] as const) {
    const verdict = evaluateEntry(entryOf(name, server), policy);
    assert.equal(verdict.status, 'approved', `${name}: ${verdict.reason}`);
    assert.equal(verdict.policyEntry?.id, id);
    assert.deepEqual(verdict.findings, []);
  }
});

test('not approved: the finding sits inside the quotes of the server key, with fixes', () => {
  const { text, entries } = entriesOf({ 'random-tool': { command: 'node', args: ['tool.js'] } });
  const verdict = evaluateEntry(entries[0]!, policy);
  assert.equal(verdict.status, 'not-approved');
  assert.deepEqual(rules(verdict.findings), ['unapproved-server']);
  const finding = verdict.findings[0]!;
  assert.equal(finding.severity, 'error');
  assert.equal(sliceOf(text, finding.range), 'random-tool');
  assert.deepEqual(finding.fixes?.map((f) => f.kind), ['remove-entry', 'disable-project-server', 'request-approval']);
  assert.match(String(finding.fixes?.[2]?.data?.snippet), /"command": "node"/);
});

test('explicitly denied wins over everything', () => {
  const verdict = evaluateEntry(entryOf('remote', { command: 'npx', args: ['-y', 'mcp-remote@0.1.29', 'https://x.example/mcp'] }), policy);
  assert.equal(verdict.status, 'denied');
  assert.match(verdict.reason, /proxies unapproved remotes/);
  assert.deepEqual(rules(verdict.findings), ['denied-server']);
});

test('impersonation: an approved name that runs something else', () => {
  const verdict = evaluateEntry(entryOf('github', { command: 'npx', args: ['-y', 'github-mcp-helper@1.0.0'] }), policy);
  assert.equal(verdict.status, 'impersonation');
  assert.equal(verdict.nearest?.id, 'github-remote');
  assert.deepEqual(rules(verdict.findings), ['impersonation']);
});

test('unpinned launch of an approved package, with a fix to the approved pin', () => {
  const verdict = evaluateEntry(entryOf('context7', { command: 'npx', args: ['-y', '@upstash/context7-mcp@latest'] }), policy);
  assert.equal(verdict.status, 'unpinned');
  const fix = verdict.findings[0]!.fixes!.find((f) => f.kind === 'replace-launch');
  assert.deepEqual(fix?.data, { command: 'npx', args: ['-y', '@upstash/context7-mcp@1.0.14'] });
});

test('pin mismatch: a different exact version or image digest', () => {
  assert.equal(evaluateEntry(entryOf('c7', { command: 'npx', args: ['-y', '@upstash/context7-mcp@1.0.13'] }), policy).status, 'pin-mismatch');
  const other = `sha256:${'f'.repeat(64)}`;
  assert.equal(evaluateEntry(entryOf('ghl', { command: 'docker', args: ['run', '-i', `ghcr.io/github/github-mcp-server@${other}`] }), policy).status, 'pin-mismatch');
  assert.equal(evaluateEntry(entryOf('ghl', { command: 'docker', args: ['run', '-i', 'ghcr.io/github/github-mcp-server:latest'] }), policy).status, 'unpinned');
});

test('unapproved unpinned package also gets an unpinned-launch finding on the package argument', () => {
  const { text, entries } = entriesOf({ weather: { command: 'npx', args: ['-y', 'weather-mcp'] } });
  const verdict = evaluateEntry(entries[0]!, policy);
  assert.deepEqual(rules(verdict.findings), ['unapproved-server', 'unpinned-launch']);
  assert.equal(sliceOf(text, verdict.findings.find((f) => f.ruleId === 'unpinned-launch')!.range), 'weather-mcp');
});

test('insecure transport: plain http to a remote host, not to loopback', () => {
  const { text, entries } = entriesOf({ remote: { type: 'http', url: 'http://mcp.example.com/mcp' }, local: { type: 'http', url: 'http://localhost:3000/mcp' } });
  const remote = evaluateEntry(entries[0]!, policy);
  assert.ok(rules(remote.findings).includes('insecure-transport'));
  assert.equal(sliceOf(text, remote.findings.find((f) => f.ruleId === 'insecure-transport')!.range), 'http://mcp.example.com/mcp');
  assert.deepEqual(evaluateEntry(entries[1]!, policy).findings, []);
});

test('plaintext credential: named kind, exact value range, variable references are fine', () => {
  const token = ['gh', 'p_', 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'].join('');
  const { text, entries } = entriesOf({
    gh: { type: 'http', url: 'https://api.githubcopilot.com/mcp/', headers: { Authorization: `Bearer ${token}` } },
    ok: { type: 'http', url: 'https://api.githubcopilot.com/mcp/', headers: { Authorization: 'Bearer ${GITHUB_TOKEN}' } },
  });
  const verdict = evaluateEntry(entries[0]!, policy);
  assert.equal(verdict.status, 'approved');
  const finding = verdict.findings.find((f) => f.ruleId === 'plaintext-credential')!;
  assert.match(finding.message, /GitHub/);
  assert.ok(!finding.message.includes(token), 'the message never repeats the secret');
  assert.equal(sliceOf(text, finding.range), `Bearer ${token}`);
  assert.deepEqual(finding.fixes?.[0]?.data, { path: 'headers.Authorization', variable: 'GH_TOKEN' });
  assert.deepEqual(evaluateEntry(entries[1]!, policy).findings, []);
});

test('malformed entries: wrong types are findings with the offending value range', () => {
  const { text, entries } = entriesOf({ bad: { command: 'npx', args: '-y pkg@1.0.0' }, empty: {} });
  const bad = evaluateEntry(entries[0]!, policy);
  const malformed = bad.findings.find((f) => f.ruleId === 'malformed-entry')!;
  assert.match(malformed.message, /"args" must be an array of strings, found a string/);
  assert.equal(sliceOf(text, malformed.range), '-y pkg@1.0.0');
  const empty = evaluateEntry(entries[1]!, policy);
  assert.equal(empty.status, 'malformed');
  assert.deepEqual(rules(empty.findings), ['malformed-entry']);
});

test('a missing or invalid policy approves nothing (fail closed)', () => {
  const missing = buildEffectivePolicy([{ path: '/etc/mcp-warden/policy.json', layer: 'managed', missing: true }]);
  assert.equal(missing.usable, false);
  const verdict = evaluateEntry(entryOf('docs', { command: 'npx', args: ['-y', '@upstash/context7-mcp@1.0.14'] }), missing);
  assert.equal(verdict.status, 'no-policy');
  assert.deepEqual(rules(verdict.findings), ['unapproved-server']);
  assert.equal(verdict.findings[0]!.severity, 'error');
  const invalid = policyOf({ version: '1', servers: [{ id: 'Bad Id', match: {} }] });
  assert.equal(invalid.usable, false);
  assert.equal(evaluateEntry(entryOf('docs', { command: 'npx', args: ['-y', '@upstash/context7-mcp@1.0.14'] }), invalid).status, 'no-policy');
});

test('warn mode lowers policy verdicts to warnings but not malformed entries', () => {
  const warn = policyOf({ version: '1', mode: 'warn', servers: [] });
  const verdict = evaluateEntry(entryOf('x', { command: 'node', args: 1 }), warn);
  assert.deepEqual(verdict.findings.map((f) => [f.ruleId, f.severity]).sort(), [['malformed-entry', 'error'], ['unapproved-server', 'warning']]);
});

test('layers: a user or workspace policy can restrict but never approve', () => {
  const layered = policyOf(
    { version: '1', mode: 'warn', servers: [{ id: 'context7', match: { package: '@upstash/context7-mcp', version: '1.0.14' }, tools: { deny: ['a'] } }] },
    [
      { layer: 'user', policy: { version: 'u', mode: 'enforce', servers: [{ id: 'extra', match: { command: 'evil' } }, { id: 'context7', match: { command: 'ignored' }, tools: { deny: ['b'] } }], denied: [{ name: 'blocked', reason: 'no' }] } },
    ],
  );
  assert.equal(layered.usable, true);
  assert.equal(layered.mode, 'enforce');
  assert.deepEqual(layered.servers.map((s) => s.id), ['context7']);
  assert.deepEqual(layered.servers[0]!.tools?.deny, ['a', 'b']);
  assert.equal(evaluateEntry(entryOf('blocked', { command: 'x' }), layered).status, 'denied');
  assert.equal(evaluateEntry(entryOf('e', { command: 'evil' }), layered).status, 'not-approved');
  assert.match(layered.warnings[0]!.message, /can only restrict/);
});

test('runner options the approval does not list make it not approved; a denial holds however it is launched', () => {
  const withRegistry = evaluateEntry(entryOf('docs', { command: 'npx', args: ['--registry', 'https://npm.evil.example', '-y', '@upstash/context7-mcp@1.0.14'] }), policy);
  assert.equal(withRegistry.status, 'not-approved');
  assert.match(withRegistry.reason, /arguments that "context7" does not approve/);
  const deniedAnyway = evaluateEntry(entryOf('r', { command: 'npx', args: ['--registry', 'https://x.example', 'mcp-remote@0.1.29', 'https://y.example'] }), policy);
  assert.equal(deniedAnyway.status, 'denied');
});

test('a command approval never approves a package runner', () => {
  const npxEverything = policyOf({ version: '1', servers: [{ id: 'any-npx', match: { command: 'npx', args: ['**'] } }] });
  assert.equal(evaluateEntry(entryOf('x', { command: 'npx', args: ['-y', 'anything@1.0.0'] }), npxEverything).status, 'not-approved');
});

test('replace-launch keeps the runner and its options, replacing only the package argument', () => {
  const verdict = evaluateEntry(entryOf('ghl', { command: 'podman', args: ['run', '-i', '--rm', '-e', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'ghcr.io/github/github-mcp-server:latest'] }), policy);
  assert.equal(verdict.status, 'unpinned');
  const fix = verdict.findings[0]!.fixes!.find((f) => f.kind === 'replace-launch');
  assert.deepEqual(fix?.data, { command: 'podman', args: ['run', '-i', '--rm', '-e', 'GITHUB_PERSONAL_ACCESS_TOKEN', `ghcr.io/github/github-mcp-server@${DIGEST}`] });
});

test('a broken workspace layer is reported and skipped; the base policy still decides', () => {
  const layered = buildEffectivePolicy([
    { path: '/etc/mcp-warden/policy.json', layer: 'managed', text: JSON.stringify({ version: '1', servers: [{ id: 'ok', match: { command: 'ok' } }] }), missing: false },
    { path: '/repo/.mcp-warden/policy.json', layer: 'workspace', text: '{ "mode": "enforce", "servers": [ { "id": 3 } ] }', missing: false },
  ]);
  assert.equal(layered.usable, true);
  assert.equal(layered.errors[0]!.file, '/repo/.mcp-warden/policy.json');
  assert.equal(evaluateEntry(entryOf('ok', { command: 'ok' }), layered).status, 'approved');
});

test('a lower layer that tries to loosen is told so', () => {
  const layered = policyOf({ version: '1', argumentRules: { secrets: 'deny' }, servers: [] }, [{ layer: 'workspace', policy: { mode: 'warn', argumentRules: { secrets: 'allow' }, audit: { retentionDays: 1 } } }]);
  assert.equal(layered.mode, 'enforce');
  assert.equal(layered.argumentRules.secrets, 'deny');
  assert.deepEqual(layered.warnings.map((w) => w.message.split(';')[0]), ['"mode": "warn" would loosen an enforcing policy', 'argumentRules.secrets "allow" is looser than the base\'s "deny"', '"audit" settings belong to the base policy']);
});

test('a command approval of a runner approves nothing, even launches the runner parser does not recognise', () => {
  const npxEverything = policyOf({ version: '1', servers: [{ id: 'any-npx', match: { command: 'npx', args: ['**'] } }] });
  for (const args of [['-yq', 'x@latest'], ['--foo', 'x'], ['-y', 'x@1.0.0']]) {
    assert.equal(evaluateEntry(entryOf('x', { command: 'npx', args }), npxEverything).status, 'not-approved', args.join(' '));
  }
});

test('replace-launch keeps an inline --package= option name', () => {
  const verdict = evaluateEntry(entryOf('context7', { command: 'npx', args: ['--package=@upstash/context7-mcp@latest', 'context7-mcp'] }), policy);
  const fix = verdict.findings[0]!.fixes!.find((f) => f.kind === 'replace-launch');
  assert.deepEqual(fix?.data, { command: 'npx', args: ['--package=@upstash/context7-mcp@1.0.14', 'context7-mcp'] });
});

test('denials that name arguments still hold under any runner options; command denials hold for any arguments', () => {
  const p = policyOf({ version: '1', servers: [], denied: [{ match: { package: 'p', ecosystem: 'npm', args: ['**'] }, reason: 'no' }, { match: { command: '/bin/x' }, reason: 'no x' }] });
  assert.equal(evaluateEntry(entryOf('a', { command: 'npx', args: ['--registry', 'https://r.example', 'p@1.0.0', 'arg'] }), p).status, 'denied');
  assert.equal(evaluateEntry(entryOf('b', { command: '/bin/x', args: ['--any'] }), p).status, 'denied');
});

test('the approval request drafts runner options and image arguments, and the draft approves the launch', () => {
  const { entries } = entriesOf({ x: { command: 'docker', args: ['run', '-i', '--rm', '-v', '/data:/data', `mcp/x@${DIGEST}`, '--flag'] } });
  const verdict = evaluateEntry(entries[0]!, policy);
  const draft = JSON.parse(String(verdict.findings[0]!.fixes!.find((f) => f.kind === 'request-approval')!.data!.snippet));
  assert.deepEqual(draft.match, { image: 'mcp/x', digest: DIGEST, args: ['--flag'], runnerArgs: ['-v', '/data:/data'] });
  assert.equal(evaluateEntry(entries[0]!, policyOf({ version: '1', servers: [draft] })).status, 'approved');
});

test('a workspace layer cannot loosen the default secrets rule; an unreadable managed policy is not replaced by a weaker one', () => {
  const layered = policyOf({ version: '1', servers: [] }, [{ layer: 'workspace', policy: { argumentRules: { secrets: 'allow' } } }]);
  assert.equal(layered.argumentRules.secrets, 'deny');
  assert.match(layered.warnings[0]!.message, /looser than the base's "deny"/);
  const managedUnreadable = buildEffectivePolicy([
    { path: '/etc/mcp-warden/policy.json', layer: 'managed', missing: false, readError: 'cannot read the policy file /etc/mcp-warden/policy.json (EACCES)' },
    { path: '/home/u/.config/mcp-warden/policy.json', layer: 'user', text: JSON.stringify({ version: 'u', servers: [{ id: 'all', match: { url: 'https://*' } }] }), missing: false },
  ]);
  assert.equal(managedUnreadable.usable, false);
  const workspaceUnreadable = buildEffectivePolicy([
    { path: '/etc/mcp-warden/policy.json', layer: 'managed', text: JSON.stringify({ version: '1', servers: [] }), missing: false },
    { path: '/repo/.mcp-warden/policy.json', layer: 'workspace', missing: false, readError: 'cannot read the policy file /repo/.mcp-warden/policy.json (EISDIR)' },
  ]);
  assert.equal(workspaceUnreadable.usable, true);
  assert.equal(workspaceUnreadable.errors[0]!.file, '/repo/.mcp-warden/policy.json');
});

test('verdictFor (the hook) and evaluateEntry (editor, CLI) give the same verdict for every case above', () => {
  const launches: Array<Record<string, unknown>> = [
    { type: 'http', url: 'https://api.githubcopilot.com/mcp/' },
    { command: 'npx', args: ['-y', '@upstash/context7-mcp@latest'] },
    { command: 'npx', args: ['-y', '@upstash/context7-mcp@1.0.13'] },
    { command: 'npx', args: ['-y', 'mcp-remote@0.1.29'] },
    { command: 'npx', args: ['-y', 'github-mcp-helper@1.0.0'] },
    { command: 'node', args: ['tool.js'] },
    {},
  ];
  for (const launch of launches) {
    for (const name of ['github', 'context7', 'other']) {
      const entry = entryOf(name, launch);
      const { findings, ...full } = evaluateEntry(entry, policy);
      assert.deepEqual(verdictFor(entry, policy), full, `${name} ${JSON.stringify(launch)}`);
      assert.ok(Array.isArray(findings));
    }
  }
});

test('an unreadable only policy file is one policy-invalid error, not also "no policy found"', () => {
  const policy = buildEffectivePolicy([
    { path: '/etc/mcp-warden/policy.json', layer: 'managed', missing: true },
    { path: '/home/u/.config/mcp-warden/policy.json', layer: 'user', missing: false, readError: 'cannot read the policy file /home/u/.config/mcp-warden/policy.json (EACCES)' },
  ]);
  assert.equal(policy.usable, false);
  assert.deepEqual(policy.errors.map((e) => e.ruleId), ['policy-invalid']);
});
