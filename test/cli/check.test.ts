// Black-box: the built CLI on a fixture home + project, asserting the JSON contract and exit codes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import Ajv from 'ajv';
import { fixtureMachine, type FixtureMachine } from '../helpers/machine';

const CLI = path.resolve(__dirname, '../../dist/cli.js');

/** The OASIS SARIF 2.1.0 schema (draft-04), as shipped by Microsoft's @microsoft/jest-sarif. */
function validateSarif(log: unknown): string[] {
  const ajv = new Ajv({ schemaId: 'id', meta: false, allErrors: true });
  ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
  const validate = ajv.compile(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));
  validate(log);
  return (validate.errors ?? []).map((e) => `${e.dataPath} ${e.message}`);
}
let m: FixtureMachine;

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: m.home, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

before(() => {
  m = fixtureMachine();
  m.write('home/.claude.json', JSON.stringify({
    numStartups: 4,
    mcpServers: { github: { type: 'http', url: 'https://api.githubcopilot.com/mcp/' } },
    projects: { [m.project]: { mcpServers: { 'random-db': { command: 'npx', args: ['-y', 'some-db-mcp'] } } } },
  }, null, 2));
  m.write('work/app/.mcp.json', '{\n  "mcpServers": {\n    "context7": { "command": "npx", "args": ["-y", "@upstash/context7-mcp@1.0.14"] },\n    "figma": { "type": "http", "url": "http://figma.example.com/mcp" }\n  }\n}\n');
  m.write('work/app/.cursor/mcp.json', '{\n  // team servers\n  "mcpServers": {\n    "linear": { "url": "https://mcp.linear.app/mcp" },\n  }\n}\n');
  m.write('home/.codex/config.toml', '[mcp_servers.context7]\ncommand = "npx"\nargs = ["-y", "@upstash/context7-mcp@latest"]\n');
});
after(() => m.cleanup());

test('check --json: findings with exact positions, summary, exit 1', () => {
  const { code, stdout, stderr } = run(['check', '--json', '--home', m.home, '--project', m.project, '--policy', m.policy]);
  assert.equal(stderr, '');
  assert.equal(code, 1);
  const out = JSON.parse(stdout);
  const brief = out.findings.map((f: Record<string, unknown>) => [f.ruleId, f.server, path.relative(m.root, String(f.file)), f.line, f.column, f.client]);
  assert.deepEqual(brief, [
    ['unapproved-server', 'random-db', 'home/.claude.json', 12, 10, 'claude-code'],
    ['unpinned-launch', 'random-db', 'home/.claude.json', 16, 14, 'claude-code'],
    ['impersonation', 'figma', 'work/app/.mcp.json', 4, 6, 'claude-code'],
    ['insecure-transport', 'figma', 'work/app/.mcp.json', 4, 40, 'claude-code'],
    ['unpinned-launch', 'context7', 'home/.codex/config.toml', 1, 14, 'codex'],
  ]);
  const first = out.findings[0];
  assert.deepEqual(Object.keys(first).slice(0, 10), ['ruleId', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn', 'server', 'client']);
  assert.equal(first.endColumn, first.column + 'random-db'.length);
  assert.deepEqual({ ...out.summary, policy: undefined }, { files: 4, servers: 6, approved: 3, unapproved: 3, errors: 5, warnings: 0, byStatus: { approved: 3, 'not-approved': 1, unpinned: 1, impersonation: 1 }, policy: undefined });
  assert.equal(out.summary.policy.version, '2026.11.1');
});

test('check text report: grouped by file, one summary line, no colour when piped', () => {
  const { code, stdout } = run(['check', '--home', m.home, '--project', m.project, '--policy', m.policy]);
  assert.equal(code, 1);
  assert.ok(!stdout.includes('\u001b['), 'no ANSI escapes when stdout is not a TTY');
  assert.match(stdout, /\.mcp\.json\n {2}4:6 {6}error {3}figma: "figma" uses the name of approved server "figma"/);
  assert.match(stdout.trimEnd().split('\n').at(-1)!, /^✗ 6 servers in 4 files: 3 approved, 3 not approved; 5 errors, 0 warnings · policy 2026\.11\.1 \(enforce\)$/);
});

test('check --format sarif: valid SARIF 2.1.0 shape with 1-based regions', () => {
  const { code, stdout } = run(['check', '--format', 'sarif', '--home', m.home, '--project', m.project, '--policy', m.policy]);
  assert.equal(code, 1);
  const sarif = JSON.parse(stdout);
  assert.deepEqual(validateSarif(sarif), [], 'valid against the official SARIF 2.1.0 schema');
  assert.equal(sarif.version, '2.1.0');
  const run0 = sarif.runs[0];
  assert.equal(run0.tool.driver.name, 'mcp-warden');
  assert.deepEqual(run0.tool.driver.rules.map((r: { id: string }) => r.id).sort(), ['impersonation', 'insecure-transport', 'unapproved-server', 'unpinned-launch']);
  const projectResult = run0.results.find((r: { ruleId: string }) => r.ruleId === 'impersonation');
  assert.deepEqual(projectResult.locations[0].physicalLocation, { artifactLocation: { uri: '.mcp.json', uriBaseId: 'PROJECTROOT' }, region: { startLine: 4, startColumn: 6, endLine: 4, endColumn: 11 } });
  assert.equal(run0.results.length, 5);
});

test('inventory --json: every file and server with identity', () => {
  const { code, stdout } = run(['inventory', '--json', '--home', m.home, '--project', m.project, '--policy', m.policy]);
  assert.equal(code, 0);
  const out = JSON.parse(stdout);
  assert.deepEqual(out.files.map((f: { path: string; client: string; scope: string; status: string }) => [path.relative(m.root, f.path), f.client, f.scope, f.status]), [
    ['home/.claude.json', 'claude-code', 'user', 'ok'],
    ['work/app/.mcp.json', 'claude-code', 'project', 'ok'],
    ['work/app/.cursor/mcp.json', 'cursor', 'project', 'ok'],
    ['home/.codex/config.toml', 'codex', 'user', 'ok'],
  ]);
  const linear = out.servers.find((s: { name: string }) => s.name === 'linear');
  assert.deepEqual(linear, { client: 'cursor', scope: 'project', file: path.join(m.project, '.cursor/mcp.json'), line: 4, column: 6, name: 'linear', transport: 'http', url: 'https://mcp.linear.app/mcp', identity: 'url:https://mcp.linear.app/mcp', status: 'approved', policyId: 'linear' });
  const local = out.servers.find((s: { name: string }) => s.name === 'random-db');
  assert.equal(local.scope, 'local');
  assert.equal(local.projectDir, m.project);
});

test('exit 2 with one line on stderr for usage errors', () => {
  for (const args of [['check', '--home', '/nonexistent/dir'], ['check', '--format', 'xml'], ['check', '--bogus'], ['nosuchcommand']]) {
    const { code, stdout, stderr } = run(args);
    assert.equal(code, 2, args.join(' '));
    assert.equal(stdout, '');
    assert.equal(stderr.trim().split('\n').length, 1, stderr);
  }
});

test('a missing policy never approves: exit 1, policy-missing and every server unapproved', () => {
  const { code, stdout } = run(['check', '--json', '--home', m.home, '--project', m.project, '--policy', path.join(m.root, 'nope.json')]);
  assert.equal(code, 1);
  const out = JSON.parse(stdout);
  assert.equal(out.findings[0].ruleId, 'policy-missing');
  assert.equal(out.summary.approved, 0);
  assert.equal(out.summary.policy.usable, false);
});

test('MCP_WARDEN_POLICY is used when --policy is absent', () => {
  const { stdout } = run(['check', '--json', '--home', m.home, '--project', m.project], { MCP_WARDEN_POLICY: m.policy });
  assert.equal(JSON.parse(stdout).summary.approved, 3);
});

test('--help on every command, exit 0', () => {
  for (const command of [['check'], ['inventory'], ['policy', 'lint'], []]) {
    const { code, stdout } = run([...command, '--help']);
    assert.equal(code, 0);
    assert.match(stdout, /Usage: mcp-warden/);
  }
});
