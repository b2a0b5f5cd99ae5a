// Managed-settings exporters: the documented shapes, nothing looser than the policy, and a round
// trip through each client's documented matching (implemented in client-formats.ts).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { getStaticTOMLValue, parseTOML } from 'toml-eslint-parser';
import { exportClaudeCode } from '../../core/export/claude-code';
import { exportCodex, withoutMcpServerTables } from '../../core/export/codex';
import { exportCursor } from '../../core/export/cursor';
import { exportVsCode } from '../../core/export/vscode';
import type { ServerEntry } from '../../core/model';
import { evaluateEntry } from '../../core/policy/evaluate';
import { buildEffectivePolicy, type EffectivePolicy } from '../../core/policy/load';
import { claudeAllows, claudeManagedSettingsSchema, codexAllows, codexRequirementsSchema, cursorHooksSchema, vscodeSettingsSchema, type ClaudeRule } from './client-formats';

const DIGEST = `sha256:${'a1'.repeat(32)}`;
const POLICY = {
  version: '7',
  servers: [
    { id: 'github', match: { url: 'https://api.githubcopilot.com/mcp/*' }, aliases: ['gh'], tools: { deny: ['delete_repository'] } },
    { id: 'internal', match: { url: 'https://*.internal.acme.example/mcp' } },
    { id: 'sentry', match: { url: 'https://mcp.sentry.dev' } },
    { id: 'context7', match: { package: '@upstash/context7-mcp', version: '1.0.14' } },
    { id: 'fs', match: { package: '@modelcontextprotocol/server-filesystem', version: '2025.8.21', args: ['/work'], integrity: 'sha512-AAAA' } },
    { id: 'floating', match: { package: 'floating-mcp' } },
    { id: 'git', match: { package: 'mcp-server-git', ecosystem: 'pypi', version: '0.6.2' } },
    { id: 'gh-image', match: { image: 'ghcr.io/github/github-mcp-server', digest: DIGEST } },
    { id: 'tagged-image', match: { image: 'ghcr.io/acme/tagged' } },
    { id: 'docs', match: { command: '/opt/acme/docs-mcp', args: ['--stdio'] } },
    { id: 'wild', match: { command: '/opt/acme/wild', args: ['*'] } },
  ],
  denied: [
    { match: { url: 'https://*.untrusted.example/*' }, reason: 'untrusted host' },
    { name: 'dangerous', reason: 'known bad' },
    { match: { package: 'mcp-remote-shell' }, reason: 'runs shell commands' },
  ],
};

function policyOf(value: unknown): EffectivePolicy {
  const policy = buildEffectivePolicy([{ path: '/policy.json', layer: 'explicit', text: JSON.stringify(value), missing: false }], '/policy.json');
  assert.ok(policy.usable, JSON.stringify(policy.errors));
  return policy;
}

interface Candidate {
  name: string;
  url?: string;
  launch?: string[];
}

function entryOf(c: Candidate): ServerEntry {
  const zero = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 }, offset: 0, length: 0 };
  const [command, ...args] = c.launch ?? [];
  return { client: 'claude-code', scope: 'user', file: '/h/.claude.json', name: c.name, nameRange: zero, range: zero, valueRanges: {}, problems: [], variableSyntax: 'claude', transport: c.url ? 'http' : 'stdio', ...(c.url ? { url: c.url } : { command, args }) };
}

const APPROVED: Candidate[] = [
  { name: 'github', url: 'https://api.githubcopilot.com/mcp/x' },
  { name: 'github', url: 'https://API.githubcopilot.com/mcp/readonly' },
  { name: 'internal', url: 'https://team.internal.acme.example/mcp' },
  { name: 'sentry', url: 'https://mcp.sentry.dev/mcp' },
  { name: 'context7', launch: ['npx', '-y', '@upstash/context7-mcp@1.0.14'] },
  { name: 'context7', launch: ['npx', '--yes', '@upstash/context7-mcp@1.0.14'] },
  { name: 'fs', launch: ['npx', '-y', '@modelcontextprotocol/server-filesystem@2025.8.21', '/work'] },
  { name: 'git', launch: ['uvx', 'mcp-server-git==0.6.2'] },
  { name: 'gh-image', launch: ['docker', 'run', '-i', '--rm', `ghcr.io/github/github-mcp-server@${DIGEST}`] },
  { name: 'docs', launch: ['/opt/acme/docs-mcp', '--stdio'] },
];

const OTHERS: Candidate[] = [
  { name: 'evil', url: 'https://evil.example/mcp' },
  { name: 'github', url: 'https://api.githubcopilot.com.evil.example/mcp/x' },
  { name: 'github', url: 'http://api.githubcopilot.com/mcp/x' },
  { name: 'internal', url: 'https://team.internal.acme.example/other' },
  { name: 'bad', url: 'https://a.untrusted.example/mcp' },
  { name: 'context7', launch: ['npx', '-y', '@upstash/context7-mcp@1.0.13'] },
  { name: 'context7', launch: ['npx', '-y', '@upstash/context7-mcp'] },
  { name: 'context7', launch: ['npx', '-y', '@upstash/context7-mcp@latest'] },
  { name: 'floating', launch: ['npx', '-y', 'floating-mcp@2.0.0'] },
  { name: 'fs', launch: ['npx', '-y', '@modelcontextprotocol/server-filesystem@2025.8.21', '/'] },
  { name: 'docs', launch: ['/opt/acme/docs-mcp', '--http'] },
  { name: 'gh-image', launch: ['docker', 'run', '-i', '--rm', 'ghcr.io/github/github-mcp-server:latest'] },
  { name: 'tagged-image', launch: ['docker', 'run', '-i', '--rm', 'ghcr.io/acme/tagged:1'] },
  { name: 'shell', launch: ['npx', '-y', 'mcp-remote-shell@1.0.0'] },
  { name: 'dangerous', launch: ['/opt/acme/docs-mcp', '--stdio'] },
  { name: 'wild', launch: ['/opt/acme/wild', 'anything'] },
];

const HOOK = { node: '/usr/bin/node', script: '/opt/mcp-warden/dist/hook.js' };

describe('export claude-code', () => {
  const policy = policyOf(POLICY);
  const result = exportClaudeCode(policy, HOOK, '', '/etc/claude-code/managed-settings.json');
  const settings = claudeManagedSettingsSchema.parse(JSON.parse(result.content));

  test('has the documented managed-settings shape, with exclusive managed servers and hooks', () => {
    assert.equal(settings.allowManagedMcpServersOnly, true);
    assert.equal(settings.allowManagedHooksOnly, true);
    assert.deepEqual(settings.hooks.PreToolUse?.[0]?.hooks[0], { type: 'command', command: '/usr/bin/node', args: ['/opt/mcp-warden/dist/hook.js', '--mcp-warden-client=claude-code'], timeout: 30 });
    assert.equal(settings.hooks.PreToolUse?.[0]?.matcher, 'mcp__.*');
  });

  test('every server Claude Code would allow is approved by the policy (never looser)', () => {
    for (const candidate of [...APPROVED, ...OTHERS]) {
      if (!claudeAllows(candidate, settings.allowedMcpServers as ClaudeRule[], settings.deniedMcpServers as ClaudeRule[])) continue;
      assert.equal(evaluateEntry(entryOf(candidate), policy).status, 'approved', `Claude Code allows ${JSON.stringify(candidate)}`);
    }
  });

  test('the approved launches are on the allowlist; unapproved ones are not', () => {
    for (const candidate of APPROVED) {
      assert.equal(evaluateEntry(entryOf(candidate), policy).status, 'approved', JSON.stringify(candidate));
      assert.ok(claudeAllows(candidate, settings.allowedMcpServers as ClaudeRule[], settings.deniedMcpServers as ClaudeRule[]), `blocked: ${JSON.stringify(candidate)}`);
    }
    for (const candidate of OTHERS) assert.ok(!claudeAllows(candidate, settings.allowedMcpServers as ClaudeRule[], settings.deniedMcpServers as ClaudeRule[]), `allowed: ${JSON.stringify(candidate)}`);
  });

  test('what cannot be expressed is said, not widened', () => {
    const about = (id: string) => result.notes.filter((n) => n.serverId === id).map((n) => n.message).join(' | ');
    assert.match(about('floating'), /not on the Claude Code allowlist: it approves any version/);
    assert.match(about('tagged-image'), /under any tag/);
    assert.match(about('wild'), /wildcards/);
    assert.match(about('fs'), /integrity pin .* cannot be checked/);
    assert.match(about('github'), /tool allow\/deny\/ask lists are not in managed settings/);
    assert.ok(result.notes.some((n) => /runs shell commands/.test(n.message)));
  });

  test('merges into the installed file: other keys and hooks stay, re-export changes nothing', () => {
    const installed = JSON.stringify({ env: { FOO: '1' }, permissions: { deny: ['Bash(rm:*)'] }, hooks: { Stop: [{ hooks: [{ type: 'command', command: '/bin/true' }] }] } }, null, 2);
    const merged = exportClaudeCode(policy, HOOK, installed, 'managed-settings.json').content;
    const value = JSON.parse(merged);
    assert.deepEqual(value.env, { FOO: '1' });
    assert.deepEqual(value.permissions, { deny: ['Bash(rm:*)'] });
    assert.equal(value.hooks.Stop[0].hooks[0].command, '/bin/true');
    assert.deepEqual(Object.keys(value).slice(0, 3), ['env', 'permissions', 'hooks']);
    assert.equal(exportClaudeCode(policy, HOOK, merged, 'managed-settings.json').content, merged);
  });
});

describe('export cursor', () => {
  const policy = policyOf(POLICY);
  const result = exportCursor(policy, HOOK, '', '/etc/cursor/hooks.json', 'linux');

  test('is the documented enterprise hooks.json with failClosed', () => {
    const hooks = cursorHooksSchema.parse(JSON.parse(result.content));
    assert.deepEqual(hooks.hooks.beforeMCPExecution, [{ command: '/usr/bin/node /opt/mcp-warden/dist/hook.js --mcp-warden-client=cursor', timeout: 30, failClosed: true }]);
    assert.equal(hooks.hooks.afterMCPExecution?.[0]?.failClosed, true);
  });

  test('lists the dashboard allowlist entries in Cursor syntax', () => {
    const list = result.notes[0]!.message;
    assert.match(list, /\*npx -y @upstash\/context7-mcp@1\.0\.14/);
    assert.match(list, /https:\/\/api\.githubcopilot\.com\/mcp\/\*/);
    assert.doesNotMatch(list, /floating-mcp/);
  });
});

describe('export codex', () => {
  const policy = policyOf(POLICY);
  const installed = 'allowed_approval_policies = ["untrusted", "on-request"]\n\n[mcp_servers.old.identity]\ncommand = "old-mcp"\n\n[features]\nweb_search = false\n';
  const result = exportCodex(policy, installed);
  const value = getStaticTOMLValue(parseTOML(result.content)) as Record<string, unknown>;
  const requirements = codexRequirementsSchema.parse(value);

  test('is valid TOML with the documented [mcp_servers.<name>.identity] shape; other requirements stay', () => {
    assert.deepEqual(value.allowed_approval_policies, ['untrusted', 'on-request']);
    assert.deepEqual(value.features, { web_search: false });
    assert.equal(requirements.mcp_servers.old, undefined, 'old mcp_servers tables are replaced');
    assert.ok(requirements.mcp_servers.gh, 'aliases are names too');
  });

  test('round trip: Codex allows exactly approved servers under their approved names', () => {
    for (const candidate of [...APPROVED, ...OTHERS]) {
      if (codexAllows(candidate, requirements as never)) assert.equal(evaluateEntry(entryOf(candidate), policy).status, 'approved', JSON.stringify(candidate));
    }
    const canonical = APPROVED.filter((c) => !(c.launch?.[1] === '--yes'));
    for (const candidate of canonical) assert.ok(codexAllows(candidate, requirements as never), `blocked: ${JSON.stringify(candidate)}`);
    assert.ok(!codexAllows({ name: 'renamed', url: 'https://mcp.sentry.dev/mcp' }, requirements as never), 'a name Codex does not know is disabled');
  });

  test('removing the tables keeps everything else', () => {
    assert.equal(withoutMcpServerTables(installed).includes('old-mcp'), false);
    assert.equal(withoutMcpServerTables(installed).includes('[features]'), true);
  });
});

describe('export vscode', () => {
  const policy = policyOf(POLICY);

  test('without a registry: access none, and a note that servers cannot be named', () => {
    const result = exportVsCode(policy, {});
    assert.deepEqual(vscodeSettingsSchema.parse(JSON.parse(result.content)), { 'chat.mcp.access': 'none' });
    assert.match(result.notes[0]!.message, /cannot allow individual servers: the 11 approved servers/);
  });

  test('with a private registry: access registry and the gallery URL', () => {
    const result = exportVsCode(policy, { registryUrl: 'https://mcp-registry.acme.example/' });
    assert.deepEqual(vscodeSettingsSchema.parse(JSON.parse(result.content)), { 'chat.mcp.access': 'registry', 'chat.mcp.gallery.serviceUrl': 'https://mcp-registry.acme.example/' });
  });
});

describe('mcp-warden export (built CLI)', () => {
  const root = join(__dirname, '..', '..');

  test('--out writes the merged file and previews the change; notes go to stderr; no policy is exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcp-warden-export-'));
    try {
      writeFileSync(join(dir, 'policy.json'), JSON.stringify(POLICY));
      mkdirSync(join(dir, 'sys', 'etc', 'claude-code'), { recursive: true });
      writeFileSync(join(dir, 'sys', 'etc', 'claude-code', 'managed-settings.json'), JSON.stringify({ env: { A: '1' } }, null, 2));
      const cli = (...args: string[]) => spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'export', ...args, '--home', dir, '--project', dir, '--system-root', join(dir, 'sys')], { encoding: 'utf8' });
      const preview = cli('claude-code', '--policy', join(dir, 'policy.json'), '--diff');
      assert.equal(preview.status, 0, preview.stderr);
      assert.match(preview.stdout, /^--- .*managed-settings\.json \(installed\)/m);
      assert.match(preview.stdout, /^\+\s+"allowManagedMcpServersOnly": true/m);
      assert.match(preview.stderr, /^note \(floating\): not on the Claude Code allowlist/m);
      const out = join(dir, 'out', 'managed-settings.json');
      const written = cli('claude-code', '--policy', join(dir, 'policy.json'), '--out', out);
      assert.equal(written.status, 0, written.stderr);
      claudeManagedSettingsSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
      const json = JSON.parse(cli('vscode', '--policy', join(dir, 'policy.json'), '--json').stdout);
      assert.deepEqual(JSON.parse(json.content), { 'chat.mcp.access': 'none' });
      const none = cli('codex');
      assert.equal(none.status, 2);
      assert.match(none.stderr, /no usable policy/);
      assert.equal(cli('windsurf', '--policy', join(dir, 'policy.json')).status, 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
