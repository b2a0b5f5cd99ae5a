// The editor's way of running the bundled scanner (dist/cli.js, built by `npm run build`): the
// launcher, the JSON it hands back, and cancellation. Uses the poisoned fixture server.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { parseScanJson, scanCliArgs } from '../../../extension/scan/model';
import { runCli } from '../../../extension/scan/runner';

const CLI = path.resolve(__dirname, '../../../dist/cli.js');
const SERVER = path.resolve(__dirname, '../../fixtures/mcp-servers/server.mjs');
const NODE = process.execPath;
let root = '';

function setUp(kind: string): { home: string; project: string; policy: string } {
  const home = path.join(root, kind, 'home');
  const project = path.join(root, kind, 'work');
  fs.mkdirSync(path.join(home, '.codeium', 'windsurf'), { recursive: true });
  fs.mkdirSync(project, { recursive: true });
  const args = [SERVER, '--kind', kind];
  fs.writeFileSync(path.join(home, '.codeium', 'windsurf', 'mcp_config.json'), JSON.stringify({ mcpServers: { fixture: { command: NODE, args } } }));
  const policy = path.join(root, kind, 'policy.json');
  fs.writeFileSync(policy, JSON.stringify({ version: '1', mode: 'enforce', servers: [{ id: 'fixture', match: { command: NODE, args }, scope: { credential: 'none' }, owner: 'sec@example.com', reviewed: '2026-10-01' }] }));
  return { home, project, policy };
}

before(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'mcpw-scan-runner-'));
});
after(() => fs.rmSync(root, { recursive: true, force: true }));

test('runs the bundled scan through the launcher and returns its JSON', { skip: !fs.existsSync(CLI) && 'dist/cli.js is not built' }, async () => {
  const { home, project, policy } = setUp('poisoned');
  const run = await runCli({ cli: CLI, args: scanCliArgs({ project, home, policy, trusted: false, includeUnapproved: false }), cwd: project, env: { PATH: process.env.PATH ?? '', HOME: home } });
  assert.equal(run.code, 1, run.stderr);
  const [server] = parseScanJson(run.stdout).servers;
  assert.equal(server!.name, 'fixture');
  assert.equal(server!.state, 'scanned');
  assert.equal(server!.verdict, 'malicious');
  const add = server!.tools.find((tool) => tool.id === 'add')!;
  assert.ok(add.findings.some((f) => f.ruleId === 'tp-exfiltration' && f.evidence.includes('~/.ssh/id_rsa')));
});

test('a missing CLI is an error, not a crash', async () => {
  const run = await runCli({ cli: path.join(root, 'nope.js'), args: [], cwd: root });
  assert.equal(run.code, null);
  assert.match(run.stderr, /bundled scanner is missing/);
});

test('cancelling ends the run and the server it started', { skip: (!fs.existsSync(CLI) && 'dist/cli.js is not built') || (process.platform === 'win32' && 'process groups') }, async () => {
  const { home, project, policy } = setUp('hang');
  let cancel!: () => void;
  const cancelled = new Promise<void>((resolve) => (cancel = resolve));
  const started = Date.now();
  const pending = runCli({ cli: CLI, args: scanCliArgs({ project, home, policy, trusted: false, includeUnapproved: false }), cwd: project, env: { PATH: process.env.PATH ?? '', HOME: home }, cancelled });
  setTimeout(cancel, 1500);
  const run = await pending;
  assert.equal(run.cancelled, true);
  assert.ok(Date.now() - started < 10_000);
});
