import assert from 'node:assert/strict';
import { test } from 'node:test';
import { windsurf } from '../../../core/clients/windsurf';
import { assertCrlfKeepsPositions, assertRangesValid, candidateFile, candidateList, envFor, fixture, messages, slice, summary } from './helpers';

const configFile = candidateFile('windsurf', 'mcp-config', 'user', 'jsonc', '/home/dev/.codeium/windsurf/mcp_config.json');

test('windsurf: serverUrl and url, disabled entries, ${env:VAR} references', () => {
  const text = fixture('windsurf', 'mcp_config.json');
  const parsed = windsurf.parse(text, configFile);
  assert.deepEqual(parsed.errors, []);
  assert.deepEqual(parsed.warnings, []);
  assert.deepEqual(summary(parsed.servers), [
    { name: 'github', scope: 'user', transport: 'stdio', command: 'docker', args: ['run', '-i', '--rm', '-e', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'ghcr.io/github/github-mcp-server:v0.13.0'] },
    { name: 'figma', scope: 'user', transport: 'http', url: 'http://127.0.0.1:3845/mcp' },
    { name: 'stripe', scope: 'user', transport: 'http', url: 'https://mcp.stripe.com', disabled: true },
    { name: 'puppeteer', scope: 'user', transport: 'stdio', command: 'npx', args: ['-y', '@modelcontextprotocol/server-puppeteer'] },
  ]);
  const [github, figma, stripe] = parsed.servers;
  assert.equal(slice(text, figma!.valueRanges.url), 'http://127.0.0.1:3845/mcp');
  assert.equal(slice(text, github!.valueRanges['args.5']), 'ghcr.io/github/github-mcp-server:v0.13.0');
  assert.equal(slice(text, stripe!.valueRanges['headers.Authorization']), 'Bearer ${env:STRIPE_SECRET_KEY}');
  assert.equal(stripe!.variableSyntax, 'cursor');
  assertRangesValid(text, parsed);
});

test('windsurf: candidates are the editor, preview and JetBrains plugin files', () => {
  assert.deepEqual(candidateList(windsurf, envFor('linux')), [
    'user mcp-config /home/dev/.codeium/windsurf/mcp_config.json',
    'user mcp-config /home/dev/.codeium/windsurf-next/mcp_config.json',
    'user mcp-config /home/dev/.codeium/mcp_config.json',
  ]);
  assert.deepEqual(candidateList(windsurf, envFor('darwin'))[0], 'user mcp-config /Users/dev/.codeium/windsurf/mcp_config.json');
  assert.deepEqual(candidateList(windsurf, envFor('win32')), [
    'user mcp-config C:\\Users\\dev\\.codeium\\windsurf\\mcp_config.json',
    'user mcp-config C:\\Users\\dev\\.codeium\\windsurf-next\\mcp_config.json',
    'user mcp-config C:\\Users\\dev\\.codeium\\mcp_config.json',
  ]);
});

test('windsurf: both URL keys, wrong types, syntax errors, empty file, comments, CRLF', () => {
  const both = '{"mcpServers": {"x": {"serverUrl": "https://a.example/mcp", "url": "https://b.example/mcp", "disabled": "yes"}}}';
  const entry = windsurf.parse(both, configFile).servers[0]!;
  assert.equal(entry.url, 'https://a.example/mcp');
  assert.equal(entry.disabled, undefined);
  assert.deepEqual(entry.problems.map((p) => slice(both, p.range)), ['https://b.example/mcp']);
  const broken = '{"mcpServers": {"x": {"command": "npx" "args": []}}}';
  assert.deepEqual(windsurf.parse(broken, configFile).errors.map((e) => [e.message, e.range!.offset]), [['JSON syntax error: CommaExpected', broken.indexOf('"args"')]]);
  assert.deepEqual(messages(windsurf.parse('', configFile)), ['the file is empty, which is not valid JSON']);
  assert.deepEqual(windsurf.parse('{\n  // none yet\n  "mcpServers": {},\n}', configFile), { servers: [], errors: [], warnings: [] });
  assertCrlfKeepsPositions(windsurf, fixture('windsurf', 'mcp_config.json'), configFile);
});
