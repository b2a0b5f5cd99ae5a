import assert from 'node:assert/strict';
import { test } from 'node:test';
import { geminiCli } from '../../../core/clients/gemini-cli';
import { assertCrlfKeepsPositions, assertRangesValid, candidateFile, candidateList, envFor, fixture, memoryFs, messages, slice, summary } from './helpers';

const settingsFile = candidateFile('gemini-cli', 'settings', 'user', 'jsonc', '/home/dev/.gemini/settings.json');
const extensionFile = candidateFile('gemini-cli', 'extension', 'extension', 'jsonc', '/home/dev/.gemini/extensions/cloud-run/gemini-extension.json');

test('gemini-cli: httpUrl is streamable HTTP, url is SSE, command is stdio; $VAR references kept', () => {
  const text = fixture('gemini-cli', 'settings.json');
  const parsed = geminiCli.parse(text, settingsFile);
  assert.deepEqual(parsed.errors, []);
  assert.deepEqual(summary(parsed.servers), [
    { name: 'github', scope: 'user', transport: 'http', url: 'https://api.githubcopilot.com/mcp/' },
    { name: 'atlassian', scope: 'user', transport: 'sse', url: 'https://mcp.atlassian.com/v1/sse' },
    { name: 'pythonTools', scope: 'user', transport: 'stdio', command: 'python', args: ['-m', 'my_mcp_server', '--port', '8080'] },
  ]);
  const [github, , python] = parsed.servers;
  assert.equal(slice(text, github!.valueRanges.url), 'https://api.githubcopilot.com/mcp/');
  assert.equal(slice(text, github!.valueRanges['headers.Authorization']), 'Bearer $GITHUB_PAT');
  assert.deepEqual(python!.env, { DATABASE_URL: '${DB_CONNECTION_STRING}', API_KEY: '$EXTERNAL_API_KEY' });
  assert.equal(slice(text, python!.nameRange), 'pythonTools');
  assert.equal(python!.variableSyntax, 'gemini');
  assertRangesValid(text, parsed);
});

test('gemini-cli: extension manifests declare servers too', () => {
  const text = fixture('gemini-cli', 'gemini-extension.json');
  const parsed = geminiCli.parse(text, extensionFile);
  assert.deepEqual(summary(parsed.servers), [{ name: 'cloud-run', scope: 'extension', transport: 'stdio', command: 'npx', args: ['-y', '@google-cloud/cloud-run-mcp@1.2.0'] }]);
  assert.equal(slice(text, parsed.servers[0]!.valueRanges['args.1']), '@google-cloud/cloud-run-mcp@1.2.0');
});

test('gemini-cli: candidates: system settings and defaults per OS, user, project, extensions', () => {
  const fs = memoryFs(['/home/dev/.gemini/extensions/cloud-run/gemini-extension.json', '/home/dev/.gemini/extensions/broken/README.md', '/home/dev/src/app/.gemini/extensions/local/gemini-extension.json']);
  assert.deepEqual(candidateList(geminiCli, envFor('linux'), fs), [
    'managed settings /etc/gemini-cli/settings.json',
    'managed settings /etc/gemini-cli/system-defaults.json',
    'user settings /home/dev/.gemini/settings.json',
    'extension extension /home/dev/.gemini/extensions/cloud-run/gemini-extension.json',
    'project settings /home/dev/src/app/.gemini/settings.json',
    'extension extension /home/dev/src/app/.gemini/extensions/local/gemini-extension.json',
  ]);
  assert.deepEqual(candidateList(geminiCli, envFor('darwin', { project: '/Users/dev' })), [
    'managed settings /Library/Application Support/GeminiCli/settings.json',
    'managed settings /Library/Application Support/GeminiCli/system-defaults.json',
    'user settings /Users/dev/.gemini/settings.json',
  ]);
  assert.deepEqual(candidateList(geminiCli, envFor('win32')), [
    'managed settings C:\\ProgramData\\gemini-cli\\settings.json',
    'managed settings C:\\ProgramData\\gemini-cli\\system-defaults.json',
    'user settings C:\\Users\\dev\\.gemini\\settings.json',
    'project settings C:\\Users\\dev\\src\\app\\.gemini\\settings.json',
  ]);
  const overridden = envFor('linux', { project: undefined, env: { GEMINI_CLI_SYSTEM_SETTINGS_PATH: '/opt/policy/gemini.json' } });
  assert.deepEqual(candidateList(geminiCli, overridden).slice(0, 2), ['managed settings /opt/policy/gemini.json', 'managed settings /opt/policy/system-defaults.json']);
  assert.deepEqual(candidateList(geminiCli, envFor('linux', { project: undefined, systemRoot: '/audit/laptop1' }))[0], 'managed settings /audit/laptop1/etc/gemini-cli/settings.json');
});

test('gemini-cli: comments pass, trailing commas are errors, wrong types are problems', () => {
  assert.deepEqual(geminiCli.parse('{\n  // none\n  "mcpServers": {}\n}', settingsFile), { servers: [], errors: [], warnings: [] });
  const trailing = '{\n  "mcpServers": {\n    "a": { "command": "npx" },\n  }\n}';
  const parsed = geminiCli.parse(trailing, settingsFile);
  assert.deepEqual(parsed.errors.map((e) => e.range!.start), [{ line: 3, character: 2 }]);
  assert.deepEqual(parsed.servers.map((s) => s.name), ['a']);
  const wrong = '{"mcpServers": {"x": {"httpUrl": ["https://a"], "args": [1, null]}}}';
  const entry = geminiCli.parse(wrong, settingsFile).servers[0]!;
  assert.deepEqual(entry.problems.map((p) => [p.message, slice(wrong, p.range)]), [
    ['"args[0]" should be a string, found a number', '1'],
    ['"args[1]" must be a string, found null', 'null'],
    ['"httpUrl" must be a string, found an array', '["https://a"]'],
  ]);
  assert.deepEqual(messages(geminiCli.parse('', settingsFile)), ['the file is empty, which is not valid JSON']);
  assertCrlfKeepsPositions(geminiCli, fixture('gemini-cli', 'settings.json'), settingsFile);
});
