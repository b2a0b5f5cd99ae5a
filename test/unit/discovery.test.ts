import assert from 'node:assert/strict';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import type { DiscoveryEnv } from '../../core/clients/types';
import { discover, readConfigFile } from '../../core/discovery';
import type { CandidateFile } from '../../core/model';
import { fixturePath, slice } from './clients/helpers';

const root = mkdtempSync(path.join(tmpdir(), 'warden-discovery-'));
after(() => rmSync(root, { recursive: true, force: true }));

const home = path.join(root, 'home');
const project = path.join(home, 'src', 'app');

/** Where each client fixture goes in the fake home (Linux layout). */
const LAYOUT: [client: string, fixture: string, target: string][] = [
  ['claude-code', 'mcp.json', 'src/app/.mcp.json'],
  ['claude-code', 'agent.md', '.claude/agents/db-reviewer.md'],
  ['cursor', 'mcp.json', '.cursor/mcp.json'],
  ['vscode', 'mcp.json', 'src/app/.vscode/mcp.json'],
  ['vscode', 'settings.json', '.config/Code/User/settings.json'],
  ['vscode', 'devcontainer.json', 'src/app/.devcontainer/devcontainer.json'],
  ['codex', 'config.toml', '.codex/config.toml'],
  ['claude-desktop', 'claude_desktop_config.json', '.config/Claude/claude_desktop_config.json'],
  ['windsurf', 'mcp_config.json', '.codeium/windsurf/mcp_config.json'],
  ['gemini-cli', 'settings.json', '.gemini/settings.json'],
  ['gemini-cli', 'gemini-extension.json', '.gemini/extensions/cloud-run/gemini-extension.json'],
  ['zed', 'settings.json', '.config/zed/settings.json'],
  ['cline', 'cline_mcp_settings.json', '.config/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json'],
  ['continue', 'config.yaml', '.continue/config.yaml'],
  ['continue', 'postgres.yaml', 'src/app/.continue/mcpServers/postgres.yaml'],
  ['amazon-q', 'default.json', '.aws/amazonq/default.json'],
  ['amazon-q', 'agent.json', '.aws/amazonq/cli-agents/backend-dev.json'],
];

for (const [client, name, target] of LAYOUT) {
  mkdirSync(path.dirname(path.join(home, target)), { recursive: true });
  copyFileSync(fixturePath(client, name), path.join(home, target));
}
writeFileSync(path.join(home, '.claude.json'), JSON.stringify({ mcpServers: { github: { type: 'http', url: 'https://api.githubcopilot.com/mcp/' } } }));

const env: DiscoveryEnv = { home, project, platform: 'linux', env: {}, systemRoot: path.join(root, 'machine') };

test('discovery: a home with every client finds every file and every server', () => {
  const found = discover(env)
    .filter((file) => file.status !== 'missing')
    .map((file) => `${file.client} ${file.scope} ${path.relative(home, file.path)} ${file.status} ${file.servers.length}`);
  assert.deepEqual(found, [
    'claude-code user .claude.json ok 1',
    'claude-code project src/app/.mcp.json ok 4',
    'claude-code agent .claude/agents/db-reviewer.md ok 2',
    'cursor user .cursor/mcp.json ok 5',
    'vscode legacy-settings .config/Code/User/settings.json ok 1',
    'vscode project src/app/.vscode/mcp.json ok 4',
    'vscode devcontainer src/app/.devcontainer/devcontainer.json ok 2',
    'codex user .codex/config.toml ok 4',
    'claude-desktop user .config/Claude/claude_desktop_config.json ok 3',
    'windsurf user .codeium/windsurf/mcp_config.json ok 4',
    'gemini-cli user .gemini/settings.json ok 3',
    'gemini-cli extension .gemini/extensions/cloud-run/gemini-extension.json ok 1',
    'zed user .config/zed/settings.json ok 4',
    'cline user .config/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json ok 4',
    'continue user .continue/config.yaml ok 4',
    'continue project src/app/.continue/mcpServers/postgres.yaml ok 1',
    'amazon-q user .aws/amazonq/default.json ok 3',
    'amazon-q agent .aws/amazonq/cli-agents/backend-dev.json ok 1',
  ]);
});

const probe = (file: string): CandidateFile => ({ path: file, client: 'cursor', scope: 'user', kind: 'mcp-json', format: 'jsonc' });

test('discovery: a missing file is "missing", with no error', () => {
  const result = readConfigFile(probe(path.join(root, 'nowhere', 'mcp.json')));
  assert.equal(result.status, 'missing');
  assert.equal(result.error, undefined);
});

test('discovery: a symbolic link loop is "unreadable", said plainly', () => {
  const loop = path.join(root, 'loop.json');
  symlinkSync(loop, loop);
  const result = readConfigFile(probe(loop));
  assert.equal(result.status, 'unreadable');
  assert.match(result.error!.message, /symbolic link loop/);
});

test('discovery: an unreadable file is "unreadable" (permissions do not bind root)', (t) => {
  const locked = path.join(root, 'locked.json');
  writeFileSync(locked, '{"mcpServers": {}}');
  chmodSync(locked, 0o000);
  const result = readConfigFile(probe(locked));
  if (process.getuid?.() === 0) {
    t.diagnostic('running as root: chmod 000 does not stop reads, so only "never throws" is checked');
    assert.equal(result.status, 'ok');
    return;
  }
  assert.equal(result.status, 'unreadable');
  assert.match(result.error!.message, /permission denied/);
});

test('discovery: a directory where the file should be is "unreadable"', () => {
  const dir = path.join(root, 'is-a-dir.json');
  mkdirSync(dir);
  const result = readConfigFile(probe(dir));
  assert.equal(result.status, 'unreadable');
  assert.match(result.error!.message, /is not a regular file/);
});

test('discovery: a file over maxBytes is "too-large" and not read', () => {
  const big = path.join(root, 'big.json');
  writeFileSync(big, JSON.stringify({ mcpServers: { a: { command: 'x', args: ['y'.repeat(4096)] } } }));
  const result = readConfigFile(probe(big), { maxBytes: 1024 });
  assert.equal(result.status, 'too-large');
  assert.match(result.error!.message, /over the 1 KB limit/);
  assert.deepEqual(result.servers, []);
  assert.equal(readConfigFile(probe(big)).status, 'ok');
});

test('discovery: a UTF-8 BOM is dropped before parsing, ranges count from the text after it', () => {
  const withBom = path.join(root, 'bom.json');
  const text = '{\n  "mcpServers": { "github": { "url": "https://api.githubcopilot.com/mcp/" } }\n}\n';
  writeFileSync(withBom, `\uFEFF${text}`);
  const result = readConfigFile(probe(withBom));
  assert.equal(result.status, 'ok');
  const github = result.servers[0]!;
  assert.equal(slice(text, github.nameRange), 'github');
  assert.deepEqual(github.nameRange.start, { line: 1, character: 19 });
});

test('discovery: a syntax error makes the status "error", located where the value is missing', () => {
  const broken = path.join(root, 'broken.toml');
  writeFileSync(broken, '[mcp_servers.a]\ncommand = \n');
  const result = readConfigFile({ path: broken, client: 'codex', scope: 'user', kind: 'config-toml', format: 'toml' });
  assert.equal(result.status, 'error');
  assert.match(result.error!.message, /^TOML syntax error/);
  assert.deepEqual(result.error!.range!.start, { line: 1, character: 9 });
});
