import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cursor } from '../../../core/clients/cursor';
import { assertCrlfKeepsPositions, assertRangesValid, candidateFile, candidateList, envFor, fixture, messages, slice, summary } from './helpers';

const userFile = candidateFile('cursor', 'mcp-json', 'user', 'jsonc', '/home/dev/.cursor/mcp.json');

test('cursor: a real ~/.cursor/mcp.json with comments and trailing commas parses clean', () => {
  const text = fixture('cursor', 'mcp.json');
  const parsed = cursor.parse(text, userFile);
  assert.deepEqual(parsed.errors, []);
  assert.deepEqual(parsed.warnings, []);
  assert.deepEqual(summary(parsed.servers), [
    { name: 'github', scope: 'user', transport: 'http', url: 'https://api.githubcopilot.com/mcp/' },
    { name: 'filesystem', scope: 'user', transport: 'stdio', command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem@2025.8.21', '${userHome}/notes', '${workspaceFolder}'] },
    { name: 'postgres', scope: 'user', transport: 'stdio', command: 'uvx', args: ['postgres-mcp==0.3.0', '--access-mode=restricted'] },
    { name: 'linear', scope: 'user', transport: 'sse', url: 'https://mcp.linear.app/sse' },
    { name: 'sentry', scope: 'user', transport: 'stdio', command: 'npx', args: ['-y', '@sentry/mcp-server@0.17.1'] },
  ]);
  assert.ok(parsed.servers.every((s) => s.variableSyntax === 'cursor'));
  assertRangesValid(text, parsed);
});

test('cursor: ranges sit exactly on names and values', () => {
  const text = fixture('cursor', 'mcp.json');
  const [github, filesystem, postgres, , sentry] = cursor.parse(text, userFile).servers;
  assert.equal(slice(text, github!.nameRange), 'github');
  assert.equal(github!.nameRange.start.line, 3);
  assert.equal(github!.nameRange.start.character, 5);
  assert.equal(slice(text, github!.valueRanges['headers.Authorization']), 'Bearer ${env:GITHUB_PERSONAL_ACCESS_TOKEN}');
  assert.equal(slice(text, filesystem!.valueRanges['args.3']), '${workspaceFolder}');
  assert.equal(slice(text, postgres!.valueRanges.envFile), '${workspaceFolder}/.env');
  assert.equal(slice(text, postgres!.valueRanges.type), 'stdio');
  assert.equal(slice(text, sentry!.valueRanges['env.SENTRY_ACCESS_TOKEN']), sentry!.env!.SENTRY_ACCESS_TOKEN);
  assert.ok(slice(text, sentry!.range)!.startsWith('{') && slice(text, sentry!.range)!.endsWith('}'));
});

test('cursor: candidates are ~/.cursor/mcp.json and .cursor/mcp.json up the project tree, per OS', () => {
  assert.deepEqual(candidateList(cursor, envFor('linux')), [
    'user mcp-json /home/dev/.cursor/mcp.json',
    'project mcp-json /home/dev/src/app/.cursor/mcp.json',
    'project mcp-json /home/dev/src/.cursor/mcp.json',
    'project mcp-json /home/.cursor/mcp.json',
    'project mcp-json /.cursor/mcp.json',
  ]);
  assert.deepEqual(candidateList(cursor, envFor('darwin', { project: '/Volumes/work/app' })), [
    'user mcp-json /Users/dev/.cursor/mcp.json',
    'project mcp-json /Volumes/work/app/.cursor/mcp.json',
    'project mcp-json /Volumes/work/.cursor/mcp.json',
    'project mcp-json /Volumes/.cursor/mcp.json',
    'project mcp-json /.cursor/mcp.json',
  ]);
  assert.deepEqual(candidateList(cursor, envFor('win32')), [
    'user mcp-json C:\\Users\\dev\\.cursor\\mcp.json',
    'project mcp-json C:\\Users\\dev\\src\\app\\.cursor\\mcp.json',
    'project mcp-json C:\\Users\\dev\\src\\.cursor\\mcp.json',
    'project mcp-json C:\\Users\\.cursor\\mcp.json',
    'project mcp-json C:\\.cursor\\mcp.json',
  ]);
  assert.deepEqual(candidateList(cursor, envFor('linux', { project: undefined })), ['user mcp-json /home/dev/.cursor/mcp.json']);
});

test('cursor: a syntax error is located, servers before it still read', () => {
  const text = '{\n  "mcpServers": {\n    "a": { "command": "npx" }\n    "b": { "command": "uvx" }\n  }\n}';
  const parsed = cursor.parse(text, userFile);
  assert.equal(parsed.errors.length, 1);
  assert.match(parsed.errors[0]!.message, /CommaExpected/);
  assert.deepEqual(parsed.errors[0]!.range!.start, { line: 3, character: 4 });
  assert.deepEqual(parsed.servers.map((s) => s.name), ['a', 'b']);
});

test('cursor: wrong types become entry problems with locations, never throws', () => {
  const text = '{"mcpServers": {"s": {"command": ["npx"], "args": "-y pkg", "env": {"K": {"v": 1}}, "envFile": 3, "type": "studio"}, "arr": [1], "n": null}}';
  const parsed = cursor.parse(text, userFile);
  assert.deepEqual(parsed.errors, []);
  const [s, arr, n] = parsed.servers;
  assert.deepEqual(s!.problems.map((p) => [p.message, slice(text, p.range)]), [
    ['"command" must be a string, found an array', '["npx"]'],
    ['"args" must be an array of strings, found a string', '-y pkg'],
    ['"env.K" must be a string, found an object', '{"v": 1}'],
    ['"envFile" must be a string, found a number', '3'],
    ['unknown "type" "studio": Cursor accepts "stdio", "http", "sse", "streamable-http", "streamableHttp"', 'studio'],
  ]);
  assert.equal(arr!.problems[0]!.message, 'server "arr" must be an object, found an array');
  assert.equal(slice(text, arr!.problems[0]!.range), '[1]');
  assert.equal(n!.problems[0]!.message, 'server "n" must be an object, found null');
  assertRangesValid(text, parsed);
});

test('cursor: CRLF keeps lines and characters; empty and non-object files are errors', () => {
  assertCrlfKeepsPositions(cursor, fixture('cursor', 'mcp.json'), userFile);
  assert.deepEqual(messages(cursor.parse('', userFile)), ['the file is empty, which is not valid JSON']);
  assert.deepEqual(messages(cursor.parse('[]', userFile)), ['the file must hold a JSON object, found an array']);
  assert.deepEqual(cursor.parse('{}', userFile), { servers: [], errors: [], warnings: [] });
  assert.deepEqual(messages(cursor.parse('{"mcpServers": []}', userFile)), ['"mcpServers" must be an object of named servers, found an array']);
});
