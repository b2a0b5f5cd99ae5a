import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codex } from '../../../core/clients/codex';
import { assertCrlfKeepsPositions, assertRangesValid, candidateFile, candidateList, envFor, fixture, messages, slice, summary } from './helpers';

const userFile = candidateFile('codex', 'config-toml', 'user', 'toml', '/home/dev/.codex/config.toml');

function parse(text: string) {
  return codex.parse(text, userFile);
}

test('codex: a real config.toml: tables, dotted keys, quoted names, sub-tables, disabled servers', () => {
  const text = fixture('codex', 'config.toml');
  const parsed = parse(text);
  assert.deepEqual(parsed.errors, []);
  assert.deepEqual(parsed.warnings, []);
  assert.deepEqual(summary(parsed.servers), [
    { name: 'time', scope: 'user', transport: 'stdio', command: 'uvx', args: ['mcp-server-time', '--local-timezone=Europe/Paris'] },
    { name: 'context7', scope: 'user', transport: 'stdio', command: 'npx', args: ['-y', '@upstash/context7-mcp@1.0.14'] },
    { name: 'figma', scope: 'user', transport: 'http', url: 'https://mcp.figma.com/mcp' },
    { name: 'docs search', scope: 'user', transport: 'stdio', command: 'C:\\Tools\\docs-mcp.exe', args: ['--index', 'C:\\Users\\dev\\docs'], disabled: true },
  ]);
  const [time, context7, , docs] = parsed.servers;
  assert.deepEqual(context7!.env, { CONTEXT7_API_KEY: 'ctx7sk-8f2c0e1d-4b7a-4c55-9d1e-0a6b3c2f9e71' });
  assert.deepEqual(docs!.env, { DOCS_LICENSE: 'trial' });
  assert.ok(parsed.servers.every((s) => s.variableSyntax === 'codex'));
  assertRangesValid(text, parsed);

  assert.equal(slice(text, time!.nameRange), 'time');
  assert.equal(slice(text, time!.range), 'mcp_servers.time.command = "uvx"\nmcp_servers.time.args = ["mcp-server-time", "--local-timezone=Europe/Paris"]');
  assert.equal(slice(text, context7!.nameRange), 'context7');
  assert.equal(context7!.nameRange.start.line, text.split('\n').indexOf('[mcp_servers.context7]'));
  assert.equal(context7!.nameRange.start.character, '[mcp_servers.'.length);
  assert.ok(slice(text, context7!.range)!.startsWith('[mcp_servers.context7]\ncommand = "npx"'));
  assert.equal(slice(text, context7!.valueRanges['env.CONTEXT7_API_KEY']), 'ctx7sk-8f2c0e1d-4b7a-4c55-9d1e-0a6b3c2f9e71');
  assert.equal(slice(text, docs!.nameRange), 'docs search');
  assert.equal(slice(text, docs!.valueRanges.command), 'C:\\Tools\\docs-mcp.exe');
  assert.equal(slice(text, docs!.valueRanges['args.1']), 'C:\\Users\\dev\\docs');
  assert.equal(slice(text, docs!.valueRanges['env.DOCS_LICENSE']), 'trial');
});

test('codex: HTTP headers vs header env-var names vs bearer token variable', () => {
  const text = fixture('codex', 'config.toml');
  const figma = parse(text).servers[2]!;
  assert.deepEqual(figma.headers, { 'X-Figma-Region': 'us-east-1' });
  assert.equal(slice(text, figma.valueRanges['headers.X-Figma-Region']), 'us-east-1');
  // env_http_headers values name variables: located for review, never mixed into literal headers.
  assert.equal(slice(text, figma.valueRanges['env_http_headers.X-Api-Key']), 'FIGMA_API_KEY');
  assert.equal(slice(text, figma.valueRanges.bearer_token_env_var), 'FIGMA_OAUTH_TOKEN');
  assert.equal(slice(text, figma.valueRanges.url), 'https://mcp.figma.com/mcp');
});

test('codex: inline tables, the [mcp_servers] table and multi-line strings', () => {
  const text = [
    'mcp_servers = { a = { command = "npx", args = ["-y", "pkg@1"] } }',
    '',
  ].join('\n');
  const inline = parse(text).servers[0]!;
  assert.deepEqual([inline.name, inline.command, inline.args], ['a', 'npx', ['-y', 'pkg@1']]);
  assert.equal(slice(text, inline.range), '{ command = "npx", args = ["-y", "pkg@1"] }');
  const table = '[mcp_servers]\nb.command = "uvx"\nb.env.TOKEN = """\nmulti-line"""\n';
  const b = parse(table).servers[0]!;
  assert.deepEqual([b.name, b.command, b.env], ['b', 'uvx', { TOKEN: 'multi-line' }]);
  assert.equal(slice(table, b.nameRange), 'b');
  assert.equal(slice(table, b.valueRanges['env.TOKEN']), 'multi-line');
});

test('codex: candidates honour CODEX_HOME and walk the project ancestors, per OS', () => {
  assert.deepEqual(candidateList(codex, envFor('linux')), [
    'user config-toml /home/dev/.codex/config.toml',
    'project config-toml /home/dev/src/app/.codex/config.toml',
    'project config-toml /home/dev/src/.codex/config.toml',
    'project config-toml /home/.codex/config.toml',
    'project config-toml /.codex/config.toml',
  ]);
  assert.deepEqual(candidateList(codex, envFor('darwin', { env: { CODEX_HOME: '/Users/dev/.config/codex' }, project: '/Users/dev' })), [
    'user config-toml /Users/dev/.config/codex/config.toml',
    'project config-toml /Users/.codex/config.toml',
    'project config-toml /.codex/config.toml',
  ]);
  assert.deepEqual(candidateList(codex, envFor('win32', { project: 'D:\\repo' })), [
    'user config-toml C:\\Users\\dev\\.codex\\config.toml',
    'project config-toml D:\\repo\\.codex\\config.toml',
    'project config-toml D:\\.codex\\config.toml',
  ]);
});

test('codex: TOML syntax errors carry a location', () => {
  const text = '[mcp_servers.a]\ncommand = "npx\nargs = []\n';
  const parsed = parse(text);
  assert.deepEqual(parsed.servers, []);
  assert.equal(parsed.errors.length, 1);
  assert.match(parsed.errors[0]!.message, /^TOML syntax error: /);
  assert.deepEqual(parsed.errors[0]!.range!.start, { line: 1, character: 14 });
  const duplicate = parse('[mcp_servers.a]\ncommand = "x"\n[mcp_servers.a]\n');
  assert.match(duplicate.errors[0]!.message, /Defining a key multiple times/);
  assert.equal(duplicate.errors[0]!.range!.start.line, 2);
});

test('codex: command plus url is an invalid transport; wrong types are entry problems', () => {
  const text = [
    '[mcp_servers.both]',
    'command = "npx"',
    'url = "https://x.example/mcp"',
    '[mcp_servers.wrong]',
    'command = ["npx"]',
    'args = "-y pkg"',
    'env = "TOKEN=1"',
    'enabled = "no"',
    '[mcp_servers.nums]',
    'command = "srv"',
    'args = [8080, true, { a = 1 }]',
    'env = { PORT = 1, NESTED = { x = "y" } }',
    '[[mcp_servers.listed]]',
    'command = "a"',
  ].join('\n');
  const parsed = parse(text);
  assert.deepEqual(parsed.errors, []);
  const [both, wrong, nums, listed] = parsed.servers;
  assert.equal(both!.transport, 'unknown');
  assert.deepEqual(both!.problems.map((p) => [p.message, slice(text, p.range)]), [
    ['invalid transport: Codex rejects server "both" because it sets both "command" (stdio) and "url" (streamable HTTP)', 'https://x.example/mcp'],
  ]);
  assert.deepEqual(wrong!.problems.map((p) => [p.message, slice(text, p.range)]), [
    ['"command" must be a string, found an array', '["npx"]'],
    ['"args" must be an array of strings, found a string', '"-y pkg"'],
    ['"env" must be a table of strings, found a string', '"TOKEN=1"'],
    ['"enabled" must be true or false, found a string', '"no"'],
    ['server "wrong" has neither "command" nor "url", so Codex cannot start it', 'wrong'],
  ]);
  assert.deepEqual(nums!.args, ['8080', 'true']);
  assert.deepEqual(nums!.env, { PORT: '1' });
  assert.deepEqual(nums!.problems.map((p) => p.message), [
    '"args[0]" should be a string, found a number',
    '"args[1]" should be a string, found a boolean',
    '"args[2]" must be a string, found a table',
    '"env.NESTED" must be a string, found a table',
  ]);
  assert.equal(listed!.problems[0]!.message, 'server "listed" must be a table, found an array of tables');
  assert.deepEqual(messages(parse('mcp_servers = "none"\n')), ['"mcp_servers" must be a table of named servers, found a string']);
  assertRangesValid(text, parsed);
});

test('codex: empty files, CRLF and non-server tables', () => {
  assert.deepEqual(parse(''), { servers: [], errors: [], warnings: [] });
  assert.deepEqual(parse('# nothing yet\n'), { servers: [], errors: [], warnings: [] });
  assert.deepEqual(parse('[profiles.mcp_servers]\ncommand = "x"\n').servers, []);
  assertCrlfKeepsPositions(codex, fixture('codex', 'config.toml'), userFile);
});

test('codex: tables where values belong, and keys named like Object members', () => {
  const text = '[mcp_servers.t]\ncommand = { path = "npx" }\n[mcp_servers.t.constructor]\nx = "y"\n[mcp_servers.t.args]\na = 1\n';
  const entry = parse(text).servers[0]!;
  assert.deepEqual(entry.problems.map((p) => [p.message, slice(text, p.range)]), [
    ['"command" must be a string, found a table', '{ path = "npx" }'],
    ['"args" must be an array of strings, found a table', '[mcp_servers.t.args]\na = 1'],
    ['server "t" has neither "command" nor "url", so Codex cannot start it', 't'],
  ]);
  assert.deepEqual(Object.keys(entry.valueRanges), []);
});
