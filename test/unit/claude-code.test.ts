import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { claudeCode, parseClaudeJson, parseClaudeJsonSlow } from '../../core/clients/claude-code';
import { nodeDiscoveryFs, readConfigFile } from '../../core/discovery';
import type { CandidateFile } from '../../core/model';
import { assertCrlfKeepsPositions, assertRangesValid, candidateList, envFor, fixture, memoryFs, messages, slice, summary } from './clients/helpers';

const userFile: CandidateFile = { path: '/h/.claude.json', client: 'claude-code', scope: 'user', kind: 'claude-json', format: 'json' };

test('~/.claude.json: user and local scopes with exact key ranges', () => {
  const text = JSON.stringify({ numStartups: 3, mcpServers: { github: { type: 'http', url: 'https://api.githubcopilot.com/mcp/' } }, projects: { '/work/app': { history: [{ display: 'x"}{' }], mcpServers: { fs: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem@2025.8.21', '.'] } } } } }, null, 2);
  const parsed = claudeCode.parse(text, userFile);
  assert.deepEqual(parsed.errors, []);
  assert.deepEqual(parsed.servers.map((s) => [s.name, s.scope, s.projectDir, s.transport]), [
    ['github', 'user', undefined, 'http'],
    ['fs', 'local', '/work/app', 'stdio'],
  ]);
  const fs = parsed.servers[1]!;
  assert.equal(text.slice(fs.nameRange.offset, fs.nameRange.offset + fs.nameRange.length), 'fs');
  const arg = fs.valueRanges['args.1']!;
  assert.equal(text.slice(arg.offset, arg.offset + arg.length), '@modelcontextprotocol/server-filesystem@2025.8.21');
  const line = text.split('\n').findIndex((l) => l.includes('"fs"'));
  assert.equal(fs.nameRange.start.line, line);
});


const projectFile: CandidateFile = { path: '/work/app/.mcp.json', client: 'claude-code', scope: 'project', kind: 'mcp-json', format: 'json' };

test('.mcp.json: project servers, url without type and args as a string are located problems', () => {
  const text = fixture('claude-code', 'mcp.json');
  const parsed = claudeCode.parse(text, projectFile);
  assert.deepEqual(parsed.errors, []);
  assert.deepEqual(summary(parsed.servers), [
    { name: 'shared-server', scope: 'project', transport: 'http', url: 'https://example.com/mcp' },
    { name: 'airtable', scope: 'project', transport: 'stdio', command: 'npx', args: ['-y', 'airtable-mcp-server@1.6.1'] },
    { name: 'no-type', scope: 'project', transport: 'http', url: 'https://mcp.example.org/mcp' },
    { name: 'string-args', scope: 'project', transport: 'stdio', command: 'uvx' },
  ]);
  const [, airtable, noType, stringArgs] = parsed.servers;
  assert.equal(slice(text, airtable!.valueRanges['env.AIRTABLE_API_KEY']), '${AIRTABLE_API_KEY}');
  assert.deepEqual(noType!.problems.map((p) => [p.message, slice(text, p.range)]), [
    ['Claude Code rejects a "url" without "type": add "type": "http" (or "sse" / "ws")', 'https://mcp.example.org/mcp'],
  ]);
  assert.deepEqual(stringArgs!.problems.map((p) => [p.message, slice(text, p.range)]), [
    ['"args" must be an array of strings, found a string', 'mcp-server-git --repository .'],
  ]);
  assert.deepEqual(parsed.warnings, [...noType!.problems, ...stringArgs!.problems]);
  assertRangesValid(text, parsed);
  assertCrlfKeepsPositions(claudeCode, text, projectFile);
  assert.deepEqual(messages(claudeCode.parse('', projectFile)), ['the file is empty, which is not valid JSON']);
  assert.deepEqual(messages(claudeCode.parse('{"mcpServers": {"a": ["npx"]}}', projectFile)), ['server "a" must be an object, found an array']);
});

test('managed-mcp.json: managed scope, same format', () => {
  const text = fixture('claude-code', 'managed-mcp.json');
  const managed: CandidateFile = { ...projectFile, path: '/etc/claude-code/managed-mcp.json', scope: 'managed' };
  const parsed = claudeCode.parse(text, managed);
  assert.deepEqual(summary(parsed.servers), [
    { name: 'company-github', scope: 'managed', transport: 'http', url: 'https://api.githubcopilot.com/mcp/' },
    { name: 'company-docs', scope: 'managed', transport: 'stdio', command: '/opt/company/bin/docs-mcp', args: ['--read-only'] },
  ]);
  assert.equal(slice(text, parsed.servers[0]!.valueRanges['headers.Authorization']), 'Bearer ${GITHUB_TOKEN}');
});

test('subagent frontmatter: inline definitions become entries, bare names do not', () => {
  const text = fixture('claude-code', 'agent.md');
  const agent: CandidateFile = { path: '/home/dev/.claude/agents/db-reviewer.md', client: 'claude-code', scope: 'agent', kind: 'agent', format: 'markdown' };
  const parsed = claudeCode.parse(text, agent);
  assert.deepEqual(parsed.errors, []);
  assert.deepEqual(summary(parsed.servers), [
    { name: 'postgres-ro', scope: 'agent', transport: 'stdio', command: 'npx', args: ['-y', '@modelcontextprotocol/server-postgres', 'postgresql://readonly@localhost/app'] },
    { name: 'sentry', scope: 'agent', transport: 'http', url: 'https://mcp.sentry.dev/mcp' },
  ]);
  assert.equal(slice(text, parsed.servers[0]!.nameRange), 'postgres-ro');
  assert.equal(slice(text, parsed.servers[0]!.valueRanges['args.2']), 'postgresql://readonly@localhost/app');
  assert.equal(slice(text, parsed.servers[1]!.valueRanges.url), 'https://mcp.sentry.dev/mcp');
  assertRangesValid(text, parsed);
  assertCrlfKeepsPositions(claudeCode, text, agent);
  assert.deepEqual(claudeCode.parse('No frontmatter here.\n', agent), { servers: [], errors: [], warnings: [] });
  assert.deepEqual(messages(claudeCode.parse('---\nname: x\n', agent)), ['frontmatter opened with --- is never closed']);
});

test('~/.claude.json with a syntax error: the slow path gives the location', () => {
  const text = '{\n  "numStartups": 12,\n  "mcpServers": {\n    "a": { "command": "npx" },\n  }\n}';
  const parsed = claudeCode.parse(text, userFile);
  assert.ok(parsed.errors.length >= 1);
  assert.deepEqual(parsed.errors[0]!.range!.start, { line: 4, character: 2 });
  assert.deepEqual(parsed.servers.map((s) => s.name), ['a']);
  assertRangesValid(text, parsed);
});

test('a 5 MB ~/.claude.json through the fast path gives the same entries and ranges as the slow path', () => {
  const { text, serverProjects } = largeClaudeJson(5 * 1024 * 1024);
  assert.ok(text.length >= 5 * 1024 * 1024);
  const fast = parseClaudeJson(text, userFile);
  const slow = parseClaudeJsonSlow(text, userFile);
  assert.deepEqual(fast.errors, []);
  assert.deepEqual(fast.servers, slow.servers);
  assert.deepEqual(fast.warnings, slow.warnings);
  assert.deepEqual(summary(fast.servers).map((s) => `${s.scope} ${s.name}`), ['user github', 'user fs', ...serverProjects.map((i) => `local proj-${i}-server`)]);
  const lastProject = serverProjects.at(-1)!;
  const last = fast.servers.at(-1)!;
  assert.equal(last.projectDir, `/work/project-${lastProject}`);
  assert.equal(slice(text, last.valueRanges['args.1']), `pkg-${lastProject}@1.0.0`);
  assertRangesValid(text, fast);
});

/** A ~/.claude.json the size of a long-used one: mostly history full of braces, quotes and escapes. */
function largeClaudeJson(minLength: number): { text: string; serverProjects: number[] } {
  const history = (i: number) => Array.from({ length: 20 }, (_, j) => ({ display: `fix "bug" #${i}.${j} in {config} [x] \\ path C:\\temp\\${j} — ünïcødé 🚀`, pastedContents: { [j]: { content: '{"nested": ["json", {"in": "a string"}]}' } } }));
  const projects: Record<string, unknown> = {};
  const serverProjects: number[] = [];
  for (let i = 0, size = 0; size < minLength; i++) {
    const project: Record<string, unknown> = { allowedTools: [], history: history(i), hasTrustDialogAccepted: i % 2 === 0 };
    if (i % 25 === 0) {
      project.mcpServers = { [`proj-${i}-server`]: { command: 'npx', args: ['-y', `pkg-${i}@1.0.0`], env: { TOKEN: `\${TOKEN_${i}}` } } };
      serverProjects.push(i);
    }
    projects[`/work/project-${i}`] = project;
    size += JSON.stringify(project).length;
  }
  const user = { github: { type: 'http', url: 'https://api.githubcopilot.com/mcp/' }, fs: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem', '/'] } };
  return { text: JSON.stringify({ numStartups: 412, mcpServers: user, projects }, null, 2), serverProjects };
}

test('claude-code candidates per OS: user, managed, project ancestors, agents, CLAUDE_CONFIG_DIR', () => {
  const fs = memoryFs(['/home/dev/.claude/agents/reviewer.md', '/home/dev/src/app/.claude/agents/db.md', '/home/dev/src/app/.claude/agents/notes.txt']);
  assert.deepEqual(candidateList(claudeCode, envFor('linux'), fs), [
    'user claude-json /home/dev/.claude.json',
    'managed mcp-json /etc/claude-code/managed-mcp.json',
    'project mcp-json /home/dev/src/app/.mcp.json',
    'project mcp-json /home/dev/src/.mcp.json',
    'project mcp-json /home/dev/.mcp.json',
    'project mcp-json /home/.mcp.json',
    'project mcp-json /.mcp.json',
    'agent agent /home/dev/.claude/agents/reviewer.md',
    'agent agent /home/dev/src/app/.claude/agents/db.md',
  ]);
  assert.deepEqual(candidateList(claudeCode, envFor('darwin', { project: undefined, env: { CLAUDE_CONFIG_DIR: '/Users/dev/.config/claude' } })), [
    'user claude-json /Users/dev/.config/claude/.claude.json',
    'managed mcp-json /Library/Application Support/ClaudeCode/managed-mcp.json',
  ]);
  assert.deepEqual(candidateList(claudeCode, envFor('win32', { project: 'D:\\app' })), [
    'user claude-json C:\\Users\\dev\\.claude.json',
    'managed mcp-json C:\\Program Files\\ClaudeCode\\managed-mcp.json',
    'project mcp-json D:\\app\\.mcp.json',
    'project mcp-json D:\\.mcp.json',
  ]);
});

test('plugin cache: .mcp.json and inline .claude-plugin/plugin.json servers are found and read', () => {
  const home = mkdtempSync(path.join(tmpdir(), 'warden-claude-'));
  try {
    const version = path.join(home, '.claude', 'plugins', 'cache', 'mkt', 'plug', '1.0.0');
    mkdirSync(path.join(version, '.claude-plugin'), { recursive: true });
    writeFileSync(path.join(version, '.mcp.json'), JSON.stringify({ mcpServers: { 'plug-db': { command: '${CLAUDE_PLUGIN_ROOT}/bin/db-mcp', args: ['--ro'] } } }));
    writeFileSync(path.join(version, '.claude-plugin', 'plugin.json'), JSON.stringify({ name: 'plug', version: '1.0.0', mcpServers: { 'plug-api': { type: 'http', url: 'https://api.plug.example/mcp' } } }, null, 2));
    const other = path.join(home, '.claude', 'plugins', 'cache', 'mkt', 'paths-only', '2.0.0', '.claude-plugin');
    mkdirSync(other, { recursive: true });
    writeFileSync(path.join(other, 'plugin.json'), JSON.stringify({ name: 'paths-only', mcpServers: './servers.json' }));
    const env = { home, platform: 'linux' as const, env: {}, systemRoot: '' };
    const plugins = claudeCode.candidates(env, nodeDiscoveryFs).filter((c) => c.scope === 'plugin');
    assert.deepEqual(plugins.map((c) => [path.relative(home, c.path), c.kind]), [
      ['.claude/plugins/cache/mkt/paths-only/2.0.0/.claude-plugin/plugin.json', 'plugin-manifest'],
      ['.claude/plugins/cache/mkt/plug/1.0.0/.claude-plugin/plugin.json', 'plugin-manifest'],
      ['.claude/plugins/cache/mkt/plug/1.0.0/.mcp.json', 'mcp-json'],
    ]);
    const read = plugins.map((c) => readConfigFile(c));
    assert.deepEqual(read.map((f) => [f.status, f.servers.map((s) => `${s.scope} ${s.name} ${s.transport}`)]), [
      ['ok', []],
      ['ok', ['plugin plug-api http']],
      ['ok', ['plugin plug-db stdio']],
    ]);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});
