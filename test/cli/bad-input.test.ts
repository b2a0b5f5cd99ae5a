// Bad input gets a clear answer: a location and a reason, never a crash, never a silent skip.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { fixtureMachine, type FixtureMachine } from '../helpers/machine';

const CLI = path.resolve(__dirname, '../../dist/cli.js');
let m: FixtureMachine;

function check() {
  const result = spawnSync(process.execPath, [CLI, 'check', '--json', '--home', m.home, '--project', m.project, '--policy', m.policy], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: m.home } });
  assert.equal(result.stderr, '');
  return { code: result.status, out: JSON.parse(result.stdout) as { findings: Array<Record<string, unknown>>; summary: Record<string, unknown> } };
}
const rel = (file: unknown) => path.relative(m.root, String(file));

before(() => {
  m = fixtureMachine();
  m.write('work/app/.mcp.json', '\uFEFF{\r\n  "mcpServers": {\r\n    "context7": { "command": "npx", "args": ["-y", "@upstash/context7-mcp@1.0.14"] },\r\n    "broken": { "command": "npx", "args": "-y some-pkg" }\r\n  }\r\n}\r\n');
  m.write('home/.cursor/mcp.json', '{\n  "mcpServers": {\n    "linear": { "url": "https://mcp.linear.app/mcp" }\n    "oops": {}\n  }\n}\n');
  m.write('home/.claude.json', '{\n  // Claude Code reads strict JSON\n  "mcpServers": { "x": { "command": "node", "args": ["x.js"] } }\n}\n');
  fs.mkdirSync(path.join(m.home, '.codeium/windsurf'), { recursive: true });
  fs.symlinkSync(path.join(m.home, '.codeium/windsurf/mcp_config.json'), path.join(m.home, '.codeium/windsurf/mcp_config.json'));
});
after(() => m.cleanup());

test('BOM and CRLF: positions are right; args as a string is a located malformed-entry finding', () => {
  const { out } = check();
  const broken = out.findings.filter((f) => f.server === 'broken').map((f) => [f.ruleId, f.line, f.column]);
  assert.deepEqual(broken, [['unapproved-server', 4, 6], ['malformed-entry', 4, 44]]);
  assert.ok(!out.findings.some((f) => f.server === 'context7'), 'the valid entry in the same file is still approved');
});

test('a syntax error is a located config-syntax-error finding and the rest of the file is still read', () => {
  const { out } = check();
  const cursor = out.findings.filter((f) => rel(f.file) === 'home/.cursor/mcp.json').map((f) => [f.ruleId, f.line, f.column, f.server]);
  assert.deepEqual(cursor[0], ['config-syntax-error', 4, 5, null]);
  assert.ok(cursor.some(([rule, , , server]) => rule === 'malformed-entry' && server === 'oops'));
});

test('a comment in a strict-JSON client file is an error that says the client will fail to load it', () => {
  const { out } = check();
  const claude = out.findings.find((f) => rel(f.file) === 'home/.claude.json' && f.ruleId === 'config-syntax-error')!;
  assert.deepEqual([claude.line, claude.column], [2, 3]);
  assert.match(String(claude.message), /strict JSON and will fail to load it/);
});

test('a symlink loop is a config-unreadable finding, not a crash or a skip', () => {
  const { code, out } = check();
  assert.equal(code, 1);
  const loop = out.findings.find((f) => rel(f.file) === 'home/.codeium/windsurf/mcp_config.json')!;
  assert.equal(loop.ruleId, 'config-unreadable');
  assert.match(String(loop.message), /symbolic link loop/);
});

test('a 50 MB ~/.claude.json is read and checked', () => {
  const big = { mcpServers: { big: { command: 'node', args: ['big.js'] } }, projects: {} as Record<string, unknown> };
  const history = Array.from({ length: 200 }, (_, i) => ({ display: `message ${i} ${'x'.repeat(200)}` }));
  for (let i = 0; i < 1300; i++) big.projects[`/p/${i}`] = { history };
  const file = m.write('home/.claude.json', JSON.stringify(big));
  assert.ok(fs.statSync(file).size > 50_000_000);
  const { out } = check();
  const finding = out.findings.find((f) => f.server === 'big')!;
  assert.deepEqual([finding.ruleId, finding.line, finding.column], ['unapproved-server', 1, 17]);
});

test('a project server the developer rejected in Claude Code settings is reported as info and fails nothing', () => {
  m.write('home/.claude.json', '{}');
  fs.rmSync(path.join(m.home, '.codeium'), { recursive: true, force: true });
  m.write('home/.cursor/mcp.json', '{}');
  m.write('work/app/.mcp.json', JSON.stringify({ mcpServers: { 'random-tool': { command: 'node', args: ['tool.js'] } } }));
  assert.equal(check().code, 1);
  m.write('work/app/.claude/settings.local.json', JSON.stringify({ disabledMcpjsonServers: ['random-tool'] }));
  const { code, out } = check();
  assert.equal(code, 0);
  const finding = out.findings.find((f) => f.server === 'random-tool')!;
  assert.deepEqual([finding.ruleId, finding.severity], ['unapproved-server', 'info']);
  assert.match(String(finding.message), /disabled, so it does not run/);
});
