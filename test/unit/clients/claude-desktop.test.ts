import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claudeDesktop } from '../../../core/clients/claude-desktop';
import { assertCrlfKeepsPositions, assertRangesValid, candidateFile, candidateList, envFor, fixture, messages, slice, summary } from './helpers';

const configFile = candidateFile('claude-desktop', 'desktop-config', 'user', 'json', '/Users/dev/Library/Application Support/Claude/claude_desktop_config.json');

test('claude-desktop: names with spaces, Windows paths in args, env values located', () => {
  const text = fixture('claude-desktop', 'claude_desktop_config.json');
  const parsed = claudeDesktop.parse(text, configFile);
  assert.deepEqual(parsed.errors, []);
  assert.deepEqual(summary(parsed.servers), [
    { name: 'Filesystem (Documents)', scope: 'user', transport: 'stdio', command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem@2025.8.21', 'C:\\Users\\dev\\Documents', '/Users/dev/Desktop'] },
    { name: 'brave-search', scope: 'user', transport: 'stdio', command: 'npx', args: ['-y', '@modelcontextprotocol/server-brave-search'] },
    { name: 'sqlite', scope: 'user', transport: 'stdio', command: 'uvx', args: ['mcp-server-sqlite', '--db-path', '/Users/dev/test.db'] },
  ]);
  const [filesystem, brave] = parsed.servers;
  assert.equal(slice(text, filesystem!.nameRange), 'Filesystem (Documents)');
  // The range covers the escaped source text; the value is the unescaped string.
  assert.equal(slice(text, filesystem!.valueRanges['args.2']), 'C:\\\\Users\\\\dev\\\\Documents');
  assert.equal(slice(text, brave!.valueRanges['env.BRAVE_API_KEY']), 'BSA9f8e7d6c5b4a3928172635445362718');
  assert.equal(brave!.variableSyntax, 'plain');
  assertRangesValid(text, parsed);
});

test('claude-desktop: candidates per OS, including the Microsoft Store install', () => {
  assert.deepEqual(candidateList(claudeDesktop, envFor('darwin')), ['user desktop-config /Users/dev/Library/Application Support/Claude/claude_desktop_config.json']);
  assert.deepEqual(candidateList(claudeDesktop, envFor('linux')), ['user desktop-config /home/dev/.config/Claude/claude_desktop_config.json']);
  assert.deepEqual(candidateList(claudeDesktop, envFor('win32', { env: { APPDATA: 'C:\\Users\\dev\\AppData\\Roaming', LOCALAPPDATA: 'C:\\Users\\dev\\AppData\\Local' } })), [
    'user desktop-config C:\\Users\\dev\\AppData\\Roaming\\Claude\\claude_desktop_config.json',
    'user desktop-config C:\\Users\\dev\\AppData\\Local\\Packages\\Claude_pzs8sxrjxfjjc\\LocalCache\\Roaming\\Claude\\claude_desktop_config.json',
  ]);
});

test('claude-desktop: strict JSON: comments and trailing commas are located errors', () => {
  const withComment = '{\n  // my servers\n  "mcpServers": {}\n}';
  const parsed = claudeDesktop.parse(withComment, configFile);
  assert.deepEqual(parsed.errors.map((e) => [e.message, e.range!.start]), [
    ['comments are not allowed: this client reads the file as strict JSON and will fail to load it', { line: 1, character: 2 }],
  ]);
  const trailing = '{"mcpServers": {"a": {"command": "npx", "args": ["x",]},}}';
  const errors = claudeDesktop.parse(trailing, configFile).errors;
  assert.ok(errors.length >= 1);
  assert.match(errors[0]!.message, /trailing comma or a missing value; this client reads strict JSON/);
  assert.equal(trailing[errors[0]!.range!.offset], ']');
});

test('claude-desktop: wrong types, empty file, CRLF', () => {
  const text = '{"mcpServers": {"x": {"command": "npx", "args": [["nested"]], "env": "API_KEY=1"}}}';
  const entry = claudeDesktop.parse(text, configFile).servers[0]!;
  assert.deepEqual(entry.args, []);
  assert.deepEqual(entry.problems.map((p) => [p.message, slice(text, p.range)]), [
    ['"args[0]" must be a string, found an array', '["nested"]'],
    ['"env" must be an object of strings, found a string', 'API_KEY=1'],
  ]);
  assert.deepEqual(messages(claudeDesktop.parse('', configFile)), ['the file is empty, which is not valid JSON']);
  assert.deepEqual(messages(claudeDesktop.parse('   \n', configFile)), ['the file is empty, which is not valid JSON']);
  assertCrlfKeepsPositions(claudeDesktop, fixture('claude-desktop', 'claude_desktop_config.json'), configFile);
});
