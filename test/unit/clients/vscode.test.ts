import assert from 'node:assert/strict';
import { test } from 'node:test';
import { vscode, vscodeInputs } from '../../../core/clients/vscode';
import { assertCrlfKeepsPositions, assertRangesValid, candidateFile, candidateList, envFor, fixture, memoryFs, messages, slice, summary } from './helpers';

const workspaceFile = candidateFile('vscode', 'mcp-json', 'project', 'jsonc', '/home/dev/src/app/.vscode/mcp.json');
const settingsFile = candidateFile('vscode', 'settings', 'legacy-settings', 'jsonc', '/home/dev/.config/Code/User/settings.json');
const devcontainerFile = candidateFile('vscode', 'devcontainer', 'devcontainer', 'jsonc', '/home/dev/src/app/.devcontainer/devcontainer.json');

test('vscode: workspace mcp.json with inputs, JSONC, and every transport', () => {
  const text = fixture('vscode', 'mcp.json');
  const parsed = vscode.parse(text, workspaceFile);
  assert.deepEqual(parsed.errors, []);
  assert.deepEqual(summary(parsed.servers), [
    { name: 'perplexity', scope: 'project', transport: 'stdio', command: 'npx', args: ['-y', 'server-perplexity-ask@0.1.3'] },
    { name: 'github-mcp', scope: 'project', transport: 'http', url: 'https://api.githubcopilot.com/mcp' },
    { name: 'jira', scope: 'project', transport: 'http', url: 'https://mcp.atlassian.com/v1/sse' },
    { name: 'memory', scope: 'project', transport: 'stdio', command: 'docker', args: ['run', '-i', '--rm', '-v', '${workspaceFolder}/.memory:/data', 'mcp/memory@sha256:5f1a3b2c'] },
  ]);
  const [perplexity, , jira, memory] = parsed.servers;
  assert.equal(slice(text, perplexity!.valueRanges['env.PERPLEXITY_API_KEY']), '${input:perplexity-key}');
  assert.equal(slice(text, memory!.valueRanges.envFile), '${workspaceFolder}/.env.mcp');
  assert.equal(slice(text, memory!.nameRange), 'memory');
  assertRangesValid(text, parsed);
  // A typo in an input id stops VS Code from starting the server; it is pointed at the value.
  assert.deepEqual(jira!.problems.map((p) => [p.message, slice(text, p.range)]), [
    ['"${input:jira-tokn}" refers to an input that "inputs" does not declare; VS Code cannot start "jira"', 'Bearer ${input:jira-tokn}'],
  ]);
  assert.deepEqual(parsed.warnings, jira!.problems);
});

test('vscode: vscodeInputs gives the declared ids and the inputs array range', () => {
  const text = fixture('vscode', 'mcp.json');
  const inputs = vscodeInputs(text);
  assert.deepEqual(inputs.ids, ['perplexity-key', 'jira-token']);
  assert.ok(slice(text, inputs.range)!.startsWith('[\n    {\n      "type": "promptString"'));
  assert.ok(slice(text, inputs.range)!.endsWith('},\n  ]'));
  assert.deepEqual(vscodeInputs('{"servers": {}}'), { ids: [] });
  assert.deepEqual(vscodeInputs('{"inputs": {"id": "x"}}'), { ids: [] });
  assert.deepEqual(vscodeInputs('not json'), { ids: [] });
  assert.deepEqual(vscodeInputs(fixture('vscode', 'settings.json'), ['mcp', 'inputs']).ids, []);
});

test('vscode: legacy mcp.servers in settings.json; settings without mcp are not errors', () => {
  const text = fixture('vscode', 'settings.json');
  const parsed = vscode.parse(text, settingsFile);
  assert.deepEqual(parsed.errors, []);
  assert.deepEqual(summary(parsed.servers), [{ name: 'time', scope: 'legacy-settings', transport: 'stdio', command: 'uvx', args: ['mcp-server-time', '--local-timezone=Europe/Berlin'] }]);
  assert.equal(slice(text, parsed.servers[0]!.valueRanges['args.1']), '--local-timezone=Europe/Berlin');
  assert.deepEqual(vscode.parse(fixture('vscode', 'settings-no-mcp.json'), settingsFile), { servers: [], errors: [], warnings: [] });
  assert.deepEqual(vscode.parse('', settingsFile), { servers: [], errors: [], warnings: [] });
  assert.deepEqual(vscode.parse('{"editor.fontSize": 14,, }', settingsFile), { servers: [], errors: [], warnings: [] });
  const dotted = '{ "mcp.servers": { "x": { "command": "uvx" } } }';
  assert.deepEqual(vscode.parse(dotted, settingsFile).servers.map((s) => s.name), ['x']);
});

test('vscode: dev container customizations.vscode.mcp.servers', () => {
  const text = fixture('vscode', 'devcontainer.json');
  const parsed = vscode.parse(text, devcontainerFile);
  assert.deepEqual(parsed.errors, []);
  assert.deepEqual(summary(parsed.servers), [
    { name: 'playwright', scope: 'devcontainer', transport: 'stdio', command: 'npx', args: ['-y', '@playwright/mcp@0.0.41'] },
    { name: 'context7', scope: 'devcontainer', transport: 'http', url: 'https://mcp.context7.com/mcp' },
  ]);
  assert.equal(slice(text, parsed.servers[1]!.valueRanges.url), 'https://mcp.context7.com/mcp');
  assert.deepEqual(vscode.parse('{"name": "x", "image": "node:20"}', devcontainerFile), { servers: [], errors: [], warnings: [] });
});

test('vscode: candidates per OS: user, profiles, Insiders, legacy settings, workspace, dev containers', () => {
  const linuxFs = memoryFs(['/home/dev/.config/Code/User/profiles/5c1a2b/mcp.json', '/home/dev/.config/Code/User/profiles/empty/settings.json', '/home/dev/src/app/.devcontainer/gpu/devcontainer.json']);
  assert.deepEqual(candidateList(vscode, envFor('linux'), linuxFs), [
    'user mcp-json /home/dev/.config/Code/User/mcp.json',
    'profile mcp-json /home/dev/.config/Code/User/profiles/5c1a2b/mcp.json',
    'legacy-settings settings /home/dev/.config/Code/User/settings.json',
    'user mcp-json /home/dev/.config/Code - Insiders/User/mcp.json',
    'legacy-settings settings /home/dev/.config/Code - Insiders/User/settings.json',
    'user mcp-json /home/dev/.vscode-server/data/User/mcp.json',
    'project mcp-json /home/dev/src/app/.vscode/mcp.json',
    'legacy-settings settings /home/dev/src/app/.vscode/settings.json',
    'devcontainer devcontainer /home/dev/src/app/.devcontainer/devcontainer.json',
    'devcontainer devcontainer /home/dev/src/app/.devcontainer.json',
    'devcontainer devcontainer /home/dev/src/app/.devcontainer/gpu/devcontainer.json',
  ]);
  assert.deepEqual(candidateList(vscode, envFor('linux', { env: { XDG_CONFIG_HOME: '/xdg' }, project: undefined })).slice(0, 1), ['user mcp-json /xdg/Code/User/mcp.json']);
  assert.deepEqual(candidateList(vscode, envFor('darwin', { project: undefined })), [
    'user mcp-json /Users/dev/Library/Application Support/Code/User/mcp.json',
    'legacy-settings settings /Users/dev/Library/Application Support/Code/User/settings.json',
    'user mcp-json /Users/dev/Library/Application Support/Code - Insiders/User/mcp.json',
    'legacy-settings settings /Users/dev/Library/Application Support/Code - Insiders/User/settings.json',
    'user mcp-json /Users/dev/.vscode-server/data/User/mcp.json',
  ]);
  const winFs = memoryFs(['C:\\Users\\dev\\AppData\\Roaming\\Code\\User\\profiles\\-7a1f\\mcp.json'], 'win32');
  assert.deepEqual(candidateList(vscode, envFor('win32'), winFs), [
    'user mcp-json C:\\Users\\dev\\AppData\\Roaming\\Code\\User\\mcp.json',
    'profile mcp-json C:\\Users\\dev\\AppData\\Roaming\\Code\\User\\profiles\\-7a1f\\mcp.json',
    'legacy-settings settings C:\\Users\\dev\\AppData\\Roaming\\Code\\User\\settings.json',
    'user mcp-json C:\\Users\\dev\\AppData\\Roaming\\Code - Insiders\\User\\mcp.json',
    'legacy-settings settings C:\\Users\\dev\\AppData\\Roaming\\Code - Insiders\\User\\settings.json',
    'project mcp-json C:\\Users\\dev\\src\\app\\.vscode\\mcp.json',
    'legacy-settings settings C:\\Users\\dev\\src\\app\\.vscode\\settings.json',
    'devcontainer devcontainer C:\\Users\\dev\\src\\app\\.devcontainer\\devcontainer.json',
    'devcontainer devcontainer C:\\Users\\dev\\src\\app\\.devcontainer.json',
  ]);
});

test('vscode: syntax errors in mcp.json are located; wrong types are entry problems', () => {
  const broken = '{\n  "servers": {\n    "a": { "command": "npx", }\n    "b": {\n';
  const parsed = vscode.parse(broken, workspaceFile);
  assert.ok(parsed.errors.length >= 1);
  assert.deepEqual(parsed.errors[0]!.range!.start, { line: 3, character: 4 });
  assertRangesValid(broken, parsed);
  const wrong = '{"servers": {"s": {"type": "websocket", "url": 42, "headers": ["Authorization"]}}}';
  const entry = vscode.parse(wrong, workspaceFile).servers[0]!;
  assert.deepEqual(entry.problems.map((p) => [p.message, slice(wrong, p.range)]), [
    ['"headers" must be an object of strings, found an array', '["Authorization"]'],
    ['"url" must be a string, found a number', '42'],
    ['unknown "type" "websocket": VS Code accepts "stdio", "http", "sse"', 'websocket'],
  ]);
  assert.deepEqual(messages(vscode.parse('', workspaceFile)), ['the file is empty, which is not valid JSON']);
});

test('vscode: CRLF keeps lines and characters', () => {
  assertCrlfKeepsPositions(vscode, fixture('vscode', 'mcp.json'), workspaceFile);
  assertCrlfKeepsPositions(vscode, fixture('vscode', 'settings.json'), settingsFile);
});
