import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inputId, moveCredentialEdits, referenceFor } from '../../../core/edits/index';
import { applied, entryIn, lines } from './helpers';

const TOKEN = 'tok_live_0123456789abcdefghijklmnop';

test('Claude Code: ${VAR}', () => {
  const text = lines('{', '  "mcpServers": {', '    "gh": { "command": "x", "env": { "GITHUB_TOKEN": "' + TOKEN + '" } }', '  }', '}');
  const { entry, format } = entryIn('.mcp.json', text, 'gh');
  const move = moveCredentialEdits(text, entry, format, 'env.GITHUB_TOKEN', 'GITHUB_TOKEN')!;
  assert.equal(applied(text, move.edits), lines('{', '  "mcpServers": {', '    "gh": { "command": "x", "env": { "GITHUB_TOKEN": "${GITHUB_TOKEN}" } }', '  }', '}'));
  assert.equal(move.reference, '${GITHUB_TOKEN}');
  assert.match(move.followUp, /Set GITHUB_TOKEN/);
});

test('Cursor: ${env:VAR}, keeping the Bearer scheme of a header', () => {
  const text = lines('{', '  "mcpServers": {', '    "linear": { "url": "https://mcp.linear.app/sse", "headers": { "Authorization": "Bearer ' + TOKEN + '" } }', '  }', '}');
  const { entry, format } = entryIn('.cursor/mcp.json', text, 'linear');
  const move = moveCredentialEdits(text, entry, format, 'headers.Authorization', 'LINEAR_TOKEN')!;
  assert.equal(applied(text, move.edits), lines('{', '  "mcpServers": {', '    "linear": { "url": "https://mcp.linear.app/sse", "headers": { "Authorization": "Bearer ${env:LINEAR_TOKEN}" } }', '  }', '}'));
});

test('VS Code: ${input:id} plus a password input, created when there is no inputs array', () => {
  const text = lines('{', '  "servers": {', '    "sentry": { "command": "npx", "env": { "SENTRY_TOKEN": "' + TOKEN + '" } }', '  }', '}');
  const { entry, format } = entryIn('.vscode/mcp.json', text, 'sentry');
  const result = applied(text, moveCredentialEdits(text, entry, format, 'env.SENTRY_TOKEN', 'SENTRY_TOKEN')!.edits);
  assert.deepEqual(JSON.parse(result), {
    servers: { sentry: { command: 'npx', env: { SENTRY_TOKEN: '${input:sentry-token}' } } },
    inputs: [{ type: 'promptString', id: 'sentry-token', description: 'SENTRY_TOKEN for the "sentry" MCP server', password: true }],
  });
});

test('VS Code: appends to an existing inputs array and keeps its comments', () => {
  const text = lines('{', '  // prompts', '  "inputs": [', '    { "type": "promptString", "id": "other", "password": true }', '  ],', '  "servers": {', '    "s": { "command": "x", "args": ["--api-key=' + TOKEN + '"] }', '  }', '}');
  const { entry, format } = entryIn('.vscode/mcp.json', text, 's');
  const result = applied(text, moveCredentialEdits(text, entry, format, 'args.0', 'S_API_KEY')!.edits);
  assert.match(result, /\/\/ prompts/);
  assert.match(result, /"--api-key=\$\{input:s-api-key\}"/);
  assert.match(result, /"id": "other"[\s\S]*"id": "s-api-key"/);
});

test('VS Code: does not add an input twice', () => {
  const text = lines('{', '  "inputs": [{ "type": "promptString", "id": "k", "password": true }],', '  "servers": { "s": { "command": "x", "env": { "K": "' + TOKEN + '" } } }', '}');
  const { entry, format } = entryIn('.vscode/mcp.json', text, 's');
  const result = applied(text, moveCredentialEdits(text, entry, format, 'env.K', 'K')!.edits);
  assert.equal(result.match(/"id": "k"/g)?.length, 1);
});

test('no automatic fix where the client has no reference syntax, or for a URL', () => {
  assert.equal(referenceFor('plain', 'X'), undefined);
  assert.equal(referenceFor('codex', 'X'), undefined);
  const text = lines('{ "mcpServers": { "r": { "type": "http", "url": "https://x.example/?key=' + TOKEN + '" } } }');
  const { entry, format } = entryIn('.mcp.json', text, 'r');
  assert.equal(moveCredentialEdits(text, entry, format, 'url', 'R_KEY'), undefined);
});

test('input ids are kebab case', () => {
  assert.equal(inputId('GITHUB_PERSONAL_ACCESS_TOKEN'), 'github-personal-access-token');
  assert.equal(inputId('__'), 'secret');
});
