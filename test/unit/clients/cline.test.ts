import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cline } from '../../../core/clients/cline';
import { assertCrlfKeepsPositions, assertRangesValid, candidateFile, candidateList, envFor, fixture, messages, slice, summary } from './helpers';

const settingsFile = candidateFile('cline', 'mcp-settings', 'user', 'json', '/home/dev/.config/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json');

test('cline: marketplace-named servers, streamableHttp, SSE by default for a bare url, disabled', () => {
  const text = fixture('cline', 'cline_mcp_settings.json');
  const parsed = cline.parse(text, settingsFile);
  assert.deepEqual(parsed.errors, []);
  assert.deepEqual(parsed.warnings, []);
  assert.deepEqual(summary(parsed.servers), [
    { name: 'github.com/modelcontextprotocol/servers/tree/main/src/github', scope: 'user', transport: 'stdio', command: 'npx', args: ['-y', '@modelcontextprotocol/server-github'] },
    { name: 'remote-docs', scope: 'user', transport: 'http', url: 'https://docs.example.com/mcp', disabled: true },
    { name: 'old-sse', scope: 'user', transport: 'sse', url: 'http://localhost:8931/sse' },
    { name: 'legacy-sse', scope: 'user', transport: 'sse', url: 'http://localhost:9000/sse' },
  ]);
  const [github, docs] = parsed.servers;
  assert.equal(slice(text, github!.nameRange), 'github.com/modelcontextprotocol/servers/tree/main/src/github');
  assert.equal(slice(text, github!.valueRanges['env.GITHUB_PERSONAL_ACCESS_TOKEN']), github!.env!.GITHUB_PERSONAL_ACCESS_TOKEN);
  assert.equal(slice(text, docs!.valueRanges.type), 'streamableHttp');
  assertRangesValid(text, parsed);
});

test('cline: candidates: each VS Code-family editor and the CLI, per OS', () => {
  const storage = (base: string, editor: string, sep: string) => [base, editor, 'User', 'globalStorage', 'saoudrizwan.claude-dev', 'settings', 'cline_mcp_settings.json'].join(sep);
  assert.deepEqual(candidateList(cline, envFor('linux')), [
    ...['Code', 'Code - Insiders', 'Cursor', 'Windsurf', 'VSCodium'].map((editor) => `user mcp-settings ${storage('/home/dev/.config', editor, '/')}`),
    'user mcp-settings /home/dev/.cline/data/settings/cline_mcp_settings.json',
  ]);
  assert.equal(candidateList(cline, envFor('darwin'))[0], `user mcp-settings ${storage('/Users/dev/Library/Application Support', 'Code', '/')}`);
  const windows = candidateList(cline, envFor('win32'));
  assert.equal(windows[0], `user mcp-settings ${storage('C:\\Users\\dev\\AppData\\Roaming', 'Code', '\\')}`);
  assert.equal(windows[5], 'user mcp-settings C:\\Users\\dev\\.cline\\data\\settings\\cline_mcp_settings.json');
  assert.equal(candidateList(cline, envFor('linux', { env: { CLINE_MCP_SETTINGS_PATH: '/srv/cline/mcp.json' } }))[5], 'user mcp-settings /srv/cline/mcp.json');
});

test('cline: strict JSON, unknown types, wrong types, empty file, CRLF', () => {
  const withComment = '{\n  "mcpServers": {\n    /* off */\n  }\n}';
  assert.deepEqual(cline.parse(withComment, settingsFile).errors.map((e) => e.range!.start), [{ line: 2, character: 4 }]);
  const text = '{"mcpServers": {"x": {"type": "http", "url": "https://a", "autoApprove": "all", "disabled": "true"}}}';
  const entry = cline.parse(text, settingsFile).servers[0]!;
  assert.equal(entry.disabled, undefined);
  assert.equal(entry.transport, 'unknown');
  assert.deepEqual(entry.problems.map((p) => [p.message, slice(text, p.range)]), [['unknown "type" "http": Cline accepts "stdio", "sse", "streamableHttp"', 'http']]);
  assert.deepEqual(messages(cline.parse('', settingsFile)), ['the file is empty, which is not valid JSON']);
  assertCrlfKeepsPositions(cline, fixture('cline', 'cline_mcp_settings.json'), settingsFile);
});
