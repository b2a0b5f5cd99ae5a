import assert from 'node:assert/strict';
import { test } from 'node:test';
import { continueDev } from '../../../core/clients/continue';
import { assertCrlfKeepsPositions, assertRangesValid, candidateFile, candidateList, envFor, fixture, memoryFs, messages, slice, summary } from './helpers';

const configFile = candidateFile('continue', 'config-yaml', 'user', 'yaml', '/home/dev/.continue/config.yaml');
const blockFile = candidateFile('continue', 'block-yaml', 'project', 'yaml', '/home/dev/src/app/.continue/mcpServers/postgres.yaml');
const jsonBlock = candidateFile('continue', 'mcp-json', 'project', 'json', '/home/dev/src/app/.continue/mcpServers/cursor-copy.json');

test('continue: config.yaml mcpServers list: stdio, streamable HTTP with request headers, Hub blocks', () => {
  const text = fixture('continue', 'config.yaml');
  const parsed = continueDev.parse(text, configFile);
  assert.deepEqual(parsed.errors, []);
  assert.deepEqual(parsed.warnings, []);
  assert.deepEqual(summary(parsed.servers), [
    { name: 'SQLite', scope: 'user', transport: 'stdio', command: 'npx', args: ['-y', 'mcp-sqlite', '/Users/dev/data/app.db'] },
    { name: 'Browser tools', scope: 'user', transport: 'http', url: 'https://browser.example.com/mcp' },
    // A Hub block: Continue fetches its definition, the file only names it.
    { name: 'anthropic/memory-mcp', scope: 'user', transport: 'unknown' },
    { name: 'Git', scope: 'user', transport: 'stdio', command: 'uvx', args: ['mcp-server-git', '--repository', '.'] },
  ]);
  const [sqlite, browser, hub, git] = parsed.servers;
  assert.equal(slice(text, sqlite!.nameRange), 'SQLite');
  assert.equal(sqlite!.nameRange.start.line, text.split('\n').indexOf('  - name: SQLite'));
  assert.equal(slice(text, sqlite!.valueRanges['args.2']), '/Users/dev/data/app.db');
  assert.equal(slice(text, browser!.nameRange), 'Browser tools');
  assert.equal(slice(text, browser!.valueRanges['headers.Authorization']), 'Bearer ${{ secrets.BROWSER_TOKEN }}');
  assert.equal(slice(text, hub!.nameRange), 'anthropic/memory-mcp');
  assert.deepEqual(hub!.problems, []);
  assert.equal(slice(text, git!.valueRanges['args.2']), '.');
  assert.deepEqual(git!.env, { GIT_AUTHOR_NAME: 'Dev' });
  assertRangesValid(text, parsed);
});

test('continue: workspace block files in YAML and copied JSON configs', () => {
  const yamlText = fixture('continue', 'postgres.yaml');
  assert.deepEqual(summary(continueDev.parse(yamlText, blockFile).servers), [
    { name: 'Postgres', scope: 'project', transport: 'stdio', command: 'npx', args: ['-y', '@modelcontextprotocol/server-postgres', 'postgresql://localhost/mydb'] },
  ]);
  const jsonText = fixture('continue', 'cursor-copy.json');
  const parsed = continueDev.parse(jsonText, jsonBlock);
  assert.deepEqual(summary(parsed.servers), [{ name: 'linear', scope: 'project', transport: 'http', url: 'https://mcp.linear.app/mcp' }]);
  assert.equal(slice(jsonText, parsed.servers[0]!.nameRange), 'linear');
  const commented = '{\n  // copied from Cursor\n  "mcpServers": {}\n}';
  assert.deepEqual(continueDev.parse(commented, jsonBlock).errors.map((e) => e.range!.start), [{ line: 1, character: 2 }]);
});

test('continue: candidates: global config (CONTINUE_GLOBAL_DIR) and workspace blocks, per OS', () => {
  const fs = memoryFs(['/home/dev/src/app/.continue/mcpServers/postgres.yaml', '/home/dev/src/app/.continue/mcpServers/a.yml', '/home/dev/src/app/.continue/mcpServers/cursor-copy.json', '/home/dev/src/app/.continue/mcpServers/README.md']);
  assert.deepEqual(candidateList(continueDev, envFor('linux'), fs), [
    'user config-yaml /home/dev/.continue/config.yaml',
    'project block-yaml /home/dev/src/app/.continue/mcpServers/a.yml',
    'project mcp-json /home/dev/src/app/.continue/mcpServers/cursor-copy.json',
    'project block-yaml /home/dev/src/app/.continue/mcpServers/postgres.yaml',
  ]);
  assert.deepEqual(candidateList(continueDev, envFor('darwin', { env: { CONTINUE_GLOBAL_DIR: '/Users/dev/dotfiles/continue' } })), ['user config-yaml /Users/dev/dotfiles/continue/config.yaml']);
  const winFs = memoryFs(['C:\\Users\\dev\\src\\app\\.continue\\mcpServers\\db.yaml'], 'win32');
  assert.deepEqual(candidateList(continueDev, envFor('win32'), winFs), ['user config-yaml C:\\Users\\dev\\.continue\\config.yaml', 'project block-yaml C:\\Users\\dev\\src\\app\\.continue\\mcpServers\\db.yaml']);
});

test('continue: YAML syntax errors are located; bad items are problems; empty file is fine', () => {
  const broken = 'mcpServers:\n  - name: a\n   command: npx\n';
  const parsed = continueDev.parse(broken, configFile);
  assert.ok(parsed.errors.length >= 1);
  assert.match(parsed.errors[0]!.message, /^YAML syntax error: /);
  assert.deepEqual(parsed.errors[0]!.range!.start, { line: 2, character: 0 });
  assertRangesValid(broken, parsed);
  const unterminated = continueDev.parse('mcpServers:\n  - name: a\n    command: "npx\n', configFile);
  assert.deepEqual(unterminated.errors.map((e) => e.message), ['YAML syntax error: Missing closing "quote']);
  const wrong = 'mcpServers:\n  - just-a-string\n  - command: npx\n  - name: x\n    args: "-y pkg"\n    env: [A]\n';
  const result = continueDev.parse(wrong, configFile);
  assert.deepEqual(result.warnings.map((w) => [w.message, slice(wrong, w.range)]), [
    ['each item of "mcpServers" must be a mapping with a "name"', 'just-a-string'],
    ['this server has no "name" (or "uses"), so Continue cannot load it', 'command: npx\n'],
    ['"args" must be a list of strings', '-y pkg'],
    ['"env" must be a mapping of strings', '[A]'],
    ['server "x" has neither "command" nor "url", so no client can start it', 'x'],
  ]);
  assert.deepEqual(messages(continueDev.parse('mcpServers: {a: 1}\n', configFile)), ['"mcpServers" must be a list of servers']);
  assert.deepEqual(messages(continueDev.parse('- a\n- b\n', configFile)), ['the file must hold a YAML mapping']);
  assert.deepEqual(continueDev.parse('', configFile), { servers: [], errors: [], warnings: [] });
  assert.deepEqual(continueDev.parse('# only a comment\n', configFile), { servers: [], errors: [], warnings: [] });
});

test('continue: CRLF keeps lines and characters', () => {
  assertCrlfKeepsPositions(continueDev, fixture('continue', 'config.yaml'), configFile);
});
