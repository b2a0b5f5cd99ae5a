import assert from 'node:assert/strict';
import { test } from 'node:test';
import { zed } from '../../../core/clients/zed';
import { assertCrlfKeepsPositions, assertRangesValid, candidateFile, candidateList, envFor, fixture, slice, summary } from './helpers';

const settingsFile = candidateFile('zed', 'settings', 'user', 'jsonc', '/home/dev/.config/zed/settings.json');

test('zed: context_servers in both command shapes, remote, and extension-provided entries', () => {
  const text = fixture('zed', 'settings.json');
  const parsed = zed.parse(text, settingsFile);
  assert.deepEqual(parsed.errors, []);
  assert.deepEqual(parsed.warnings, []);
  assert.deepEqual(summary(parsed.servers), [
    { name: 'postgres', scope: 'user', transport: 'stdio', command: 'npx', args: ['-y', '@modelcontextprotocol/server-postgres', 'postgresql://localhost/dev'] },
    { name: 'git', scope: 'user', transport: 'stdio', command: 'uvx', args: ['mcp-server-git', '--repository', '.'] },
    // An extension launches it: nothing to judge in this file, so no problem either.
    { name: 'mcp-server-github', scope: 'user', transport: 'unknown' },
    { name: 'remote-tools', scope: 'user', transport: 'http', url: 'https://tools.example.com/mcp', disabled: true },
  ]);
  const [, git, github] = parsed.servers;
  assert.deepEqual(github!.problems, []);
  assert.deepEqual(git!.env, { GIT_PAGER: 'cat' });
  // The older shape's "path" is the command; ranges point at the real text.
  assert.equal(slice(text, git!.valueRanges.command), 'uvx');
  assert.equal(slice(text, git!.valueRanges['args.1']), '--repository');
  assert.equal(slice(text, git!.nameRange), 'git');
  assert.ok(slice(text, git!.range)!.startsWith('{\n      "command": {\n        "path": "uvx"'));
  assertRangesValid(text, parsed);
});

test('zed: candidates per OS (XDG and Flatpak on Linux) and the project .zed folder', () => {
  assert.deepEqual(candidateList(zed, envFor('linux')), [
    'user settings /home/dev/.config/zed/settings.json',
    'user settings /home/dev/.var/app/dev.zed.Zed/config/zed/settings.json',
    'project settings /home/dev/src/app/.zed/settings.json',
  ]);
  assert.deepEqual(candidateList(zed, envFor('linux', { env: { XDG_CONFIG_HOME: '/home/dev/.xdg' }, project: undefined }))[0], 'user settings /home/dev/.xdg/zed/settings.json');
  assert.deepEqual(candidateList(zed, envFor('darwin')), ['user settings /Users/dev/.config/zed/settings.json', 'project settings /Users/dev/src/app/.zed/settings.json']);
  assert.deepEqual(candidateList(zed, envFor('win32')), ['user settings C:\\Users\\dev\\AppData\\Roaming\\Zed\\settings.json', 'project settings C:\\Users\\dev\\src\\app\\.zed\\settings.json']);
});

test('zed: settings without context_servers are not MCP configs; broken ones with it are located', () => {
  assert.deepEqual(zed.parse('', settingsFile), { servers: [], errors: [], warnings: [] });
  assert.deepEqual(zed.parse('// Zed settings\n{\n  "theme": "One Dark",,\n}', settingsFile), { servers: [], errors: [], warnings: [] });
  const broken = '{\n  "context_servers": {\n    "a": { "command": "npx" }\n    "b": {}\n  }\n}';
  const parsed = zed.parse(broken, settingsFile);
  assert.deepEqual(parsed.errors.map((e) => e.range!.start), [{ line: 3, character: 4 }]);
  assert.equal(parsed.servers[1]!.problems[0]!.message, 'server "b" has neither "command" nor a URL, so no client can start it');
});

test('zed: wrong types are entry problems; CRLF keeps positions', () => {
  const text = '{"context_servers": {"a": {"command": {"path": 7, "args": "x"}}, "b": "npx", "c": {"command": "npx", "env": []}}}';
  const [a, b, c] = zed.parse(text, settingsFile).servers;
  assert.deepEqual(a!.problems.map((p) => [p.message, slice(text, p.range)]), [
    ['"command" must be a string, found a number', '7'],
    ['"args" must be an array of strings, found a string', 'x'],
  ]);
  assert.deepEqual(b!.problems.map((p) => p.message), ['server "b" must be an object, found a string']);
  assert.deepEqual(c!.problems.map((p) => [p.message, slice(text, p.range)]), [['"env" must be an object of strings, found an array', '[]']]);
  const noPath = '{"context_servers": {"old": {"command": {"args": ["x"]}, "settings": {}}}}';
  assert.deepEqual(zed.parse(noPath, settingsFile).servers[0]!.problems.map((p) => p.message), ['server "old" has neither "command" nor a URL, so no client can start it']);
  assert.deepEqual(zed.parse('{"context_servers": [1]}', settingsFile).warnings.map((w) => w.message), ['"context_servers" must be an object of named servers, found an array']);
  assertCrlfKeepsPositions(zed, fixture('zed', 'settings.json'), settingsFile);
});
