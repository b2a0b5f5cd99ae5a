// Every client parser, fed mutated copies of real configs, must return (never throw) and keep
// every range inside the text with line/character agreeing with the offsets.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ALL_CLIENTS } from '../../core/clients/registry';
import type { ClientModule } from '../../core/clients/types';
import type { CandidateFile, ConfigFormat } from '../../core/model';
import { allRanges, assertRangesValid, envFor, fixture, memoryFs } from './clients/helpers';

interface Seed {
  client: string;
  kind: string;
  format: ConfigFormat;
  text: string;
}

const CLAUDE_JSON = JSON.stringify({ numStartups: 3, mcpServers: { github: { type: 'http', url: 'https://api.githubcopilot.com/mcp/' } }, projects: { '/work/app': { history: [{ display: 'x"}{' }], mcpServers: { fs: { command: 'npx', args: ['-y', 'pkg@1'], env: { K: 'v' } } } } } }, null, 2);
const PLUGIN_JSON = JSON.stringify({ name: 'plug', version: '1.0.0', mcpServers: { api: { type: 'http', url: 'https://api.plug.example/mcp', headers: { 'X-Key': 'abc' } } } }, null, 2);

const SEEDS: Seed[] = [
  { client: 'claude-code', kind: 'claude-json', format: 'json', text: CLAUDE_JSON },
  { client: 'claude-code', kind: 'mcp-json', format: 'json', text: fixture('claude-code', 'mcp.json') },
  { client: 'claude-code', kind: 'plugin-manifest', format: 'json', text: PLUGIN_JSON },
  { client: 'claude-code', kind: 'agent', format: 'markdown', text: fixture('claude-code', 'agent.md') },
  { client: 'cursor', kind: 'mcp-json', format: 'jsonc', text: fixture('cursor', 'mcp.json') },
  { client: 'vscode', kind: 'mcp-json', format: 'jsonc', text: fixture('vscode', 'mcp.json') },
  { client: 'vscode', kind: 'settings', format: 'jsonc', text: fixture('vscode', 'settings.json') },
  { client: 'vscode', kind: 'devcontainer', format: 'jsonc', text: fixture('vscode', 'devcontainer.json') },
  { client: 'codex', kind: 'config-toml', format: 'toml', text: fixture('codex', 'config.toml') },
  { client: 'claude-desktop', kind: 'desktop-config', format: 'json', text: fixture('claude-desktop', 'claude_desktop_config.json') },
  { client: 'windsurf', kind: 'mcp-config', format: 'jsonc', text: fixture('windsurf', 'mcp_config.json') },
  { client: 'gemini-cli', kind: 'settings', format: 'jsonc', text: fixture('gemini-cli', 'settings.json') },
  { client: 'gemini-cli', kind: 'extension', format: 'jsonc', text: fixture('gemini-cli', 'gemini-extension.json') },
  { client: 'zed', kind: 'settings', format: 'jsonc', text: fixture('zed', 'settings.json') },
  { client: 'cline', kind: 'mcp-settings', format: 'json', text: fixture('cline', 'cline_mcp_settings.json') },
  { client: 'continue', kind: 'config-yaml', format: 'yaml', text: fixture('continue', 'config.yaml') },
  { client: 'continue', kind: 'block-yaml', format: 'yaml', text: fixture('continue', 'postgres.yaml') },
  { client: 'continue', kind: 'mcp-json', format: 'json', text: fixture('continue', 'cursor-copy.json') },
  { client: 'amazon-q', kind: 'mcp-json', format: 'json', text: fixture('amazon-q', 'default.json') },
  { client: 'amazon-q', kind: 'agent', format: 'json', text: fixture('amazon-q', 'agent.json') },
];

const FIELD_KEYS = ['command', 'args', 'env', 'url', 'serverUrl', 'httpUrl', 'headers', 'http_headers', 'type', 'name', 'path', 'mcpServers', 'servers', 'context_servers', 'mcp_servers', 'disabled', 'enabled', 'inputs'];
const STRUCTURAL = '{}[]",:=\'#\n\r\t\\ -/*.$';

const character = fc.oneof(
  fc.constantFrom(...STRUCTURAL.split('')),
  fc.string({ minLength: 1, maxLength: 1 }),
  fc.constantFrom('\u00e9', '\ud83d\ude80', '\ufeff', '\u2028', '\u0000', '\ud800'),
);
const snippet = fc.array(character, { maxLength: 12 }).map((chars) => chars.join(''));

type Mutation = (text: string) => string;

const at = (fraction: number, text: string) => Math.floor(fraction * (text.length + 1));
const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

const insert = fc.tuple(fraction, snippet).map(([f, s]): Mutation => (t) => t.slice(0, at(f, t)) + s + t.slice(at(f, t)));
const remove = fc.tuple(fraction, fc.integer({ min: 1, max: 40 })).map(([f, n]): Mutation => (t) => t.slice(0, at(f, t)) + t.slice(at(f, t) + n));
const replace = fc.tuple(fraction, character).map(([f, c]): Mutation => (t) => t.slice(0, at(f, t)) + c + t.slice(at(f, t) + 1));
const truncate = fraction.map((f): Mutation => (t) => t.slice(0, at(f, t)));
const nest = fc.tuple(fraction, fc.integer({ min: 1, max: 1500 }), fc.constantFrom('[', '{"a":', 'a = [', '- ', '{'), fc.boolean()).map(
  ([f, depth, opener, closed]): Mutation => (t) => {
    const closer = opener.includes('{') ? '}' : opener.includes('[') ? ']' : '';
    const nested = opener.repeat(depth) + (closed ? '1' + closer.repeat(depth) : '');
    return t.slice(0, at(f, t)) + nested + t.slice(at(f, t));
  },
);
/** Puts a random JSON value where a known field's value was, in whatever syntax the file uses. */
const swapValue = fc.tuple(fc.constantFrom(...FIELD_KEYS), fc.nat(), fc.jsonValue({ maxDepth: 4 })).map(
  ([key, nth, value]): Mutation => (t) => {
    const positions = [...t.matchAll(new RegExp(`${key}["']?\\s*[:=]`, 'g'))].map((m) => m.index + m[0].length);
    if (!positions.length) return t;
    const start = positions[nth % positions.length]!;
    const lineEnd = t.indexOf('\n', start);
    const end = lineEnd === -1 ? t.length : lineEnd;
    const trailingComma = t.slice(start, end).trimEnd().endsWith(',') ? ',' : '';
    return `${t.slice(0, start)} ${JSON.stringify(value)}${trailingComma}${t.slice(end)}`;
  },
);

const mutation = fc.oneof(insert, remove, replace, truncate, swapValue, swapValue, nest);
const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });

function moduleFor(client: string): ClientModule {
  return ALL_CLIENTS.find((module) => module.id === client)!;
}

function candidate(seed: Seed): CandidateFile {
  return { path: `/fuzz/${seed.client}/${seed.kind}`, client: seed.client as CandidateFile['client'], scope: 'user', kind: seed.kind, format: seed.format };
}

/** Parses and checks the invariants; `never-throws` firing counts as a parser bug, not a pass. */
function checkParse(module: ClientModule, text: string, file: CandidateFile): void {
  const parsed = module.parse(text, file);
  for (const error of parsed.errors) assert.doesNotMatch(error.message, /^cannot read .*: (the parser failed|it is nested too deeply)/, `parser threw on ${JSON.stringify(text.slice(0, 200))}`);
  assertRangesValid(text, parsed);
  // Bounded work: output grows at most linearly with the input.
  assert.ok(allRanges(parsed).length <= 4 * text.length + 16, 'output proportional to input');
}

for (const seed of SEEDS) {
  test(`property: ${seed.client} ${seed.kind} survives random mutations with valid ranges`, () => {
    const module = moduleFor(seed.client);
    const file = candidate(seed);
    checkParse(module, seed.text, file);
    fc.assert(
      fc.property(mutations, (steps) => {
        const text = steps.reduce((current, step) => step(current), seed.text);
        checkParse(module, text, file);
        checkParse(module, text.replace(/\n/g, '\r\n'), file);
      }),
      { numRuns: 120 },
    );
  });
}

test('property: pathological nesting is refused with a located error by every parser', () => {
  const deep = ['['.repeat(20000), '{"a":'.repeat(20000), `a = ${'['.repeat(20000)}${']'.repeat(20000)}`, `mcpServers: ${'['.repeat(100000)}`, `---\nmcpServers: ${'{'.repeat(20000)}\n---\n`];
  for (const seed of SEEDS) {
    for (const text of deep) {
      const parsed = moduleFor(seed.client).parse(text, candidate(seed));
      checkParse(moduleFor(seed.client), text, candidate(seed));
      assert.ok(parsed.servers.length === 0);
    }
  }
});

test('property: the seeds cover every file kind each client lists', () => {
  const home = '/home/dev';
  const everything = memoryFs([
    `${home}/.claude/agents/a.md`, `${home}/.claude/plugins/cache/m/p/1/.mcp.json`, `${home}/.claude/plugins/cache/m/p/1/.claude-plugin/plugin.json`,
    `${home}/.config/Code/User/profiles/x/mcp.json`, `${home}/src/app/.devcontainer/devcontainer.json`, `${home}/.gemini/extensions/e/gemini-extension.json`,
    `${home}/src/app/.continue/mcpServers/a.yaml`, `${home}/src/app/.continue/mcpServers/b.json`, `${home}/.aws/amazonq/cli-agents/a.json`,
  ]);
  const listed = new Set(ALL_CLIENTS.flatMap((module) => module.candidates(envFor('linux'), everything).map((c) => `${c.client} ${c.kind}`)));
  assert.deepEqual([...listed].sort(), SEEDS.map((s) => `${s.client} ${s.kind}`).sort());
});
