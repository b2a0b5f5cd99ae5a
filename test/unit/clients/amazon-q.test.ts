import assert from 'node:assert/strict';
import { test } from 'node:test';
import { amazonQ } from '../../../core/clients/amazon-q';
import { assertCrlfKeepsPositions, assertRangesValid, candidateFile, candidateList, envFor, fixture, memoryFs, messages, slice, summary } from './helpers';

const globalFile = candidateFile('amazon-q', 'mcp-json', 'user', 'json', '/home/dev/.aws/amazonq/default.json');
const agentFile = candidateFile('amazon-q', 'agent', 'agent', 'json', '/home/dev/.aws/amazonq/cli-agents/backend-dev.json');

test('amazon-q: global default.json with disabled and remote servers', () => {
  const text = fixture('amazon-q', 'default.json');
  const parsed = amazonQ.parse(text, globalFile);
  assert.deepEqual(parsed.errors, []);
  assert.deepEqual(summary(parsed.servers), [
    { name: 'aws-docs', scope: 'user', transport: 'stdio', command: 'uvx', args: ['awslabs.aws-documentation-mcp-server@1.1.2'] },
    { name: 'terraform', scope: 'user', transport: 'stdio', command: 'uvx', args: ['awslabs.terraform-mcp-server@latest'], disabled: true },
    { name: 'knowledge-base', scope: 'user', transport: 'http', url: 'https://kb.internal.example.com/mcp' },
  ]);
  const kb = parsed.servers[2]!;
  assert.equal(slice(text, kb.valueRanges['headers.Authorization']), 'Bearer kb_live_7d9f0a1b2c3d4e5f6a7b8c9d');
  assert.equal(slice(text, kb.nameRange), 'knowledge-base');
  assertRangesValid(text, parsed);
});

test('amazon-q: CLI agent files carry their own mcpServers', () => {
  const text = fixture('amazon-q', 'agent.json');
  const parsed = amazonQ.parse(text, agentFile);
  assert.deepEqual(parsed.errors, []);
  assert.deepEqual(summary(parsed.servers), [{ name: 'git', scope: 'agent', transport: 'stdio', command: 'uvx', args: ['mcp-server-git'] }]);
  assert.equal(slice(text, parsed.servers[0]!.valueRanges.command), 'uvx');
});

test('amazon-q: candidates: global, legacy, agents and workspace files per OS', () => {
  const fs = memoryFs(['/home/dev/.aws/amazonq/cli-agents/backend-dev.json', '/home/dev/.aws/amazonq/cli-agents/notes.txt', '/home/dev/.aws/amazonq/agents/default.json', '/home/dev/src/app/.amazonq/cli-agents/repo.json']);
  assert.deepEqual(candidateList(amazonQ, envFor('linux'), fs), [
    'user mcp-json /home/dev/.aws/amazonq/default.json',
    'user mcp-json /home/dev/.aws/amazonq/mcp.json',
    'agent agent /home/dev/.aws/amazonq/cli-agents/backend-dev.json',
    'agent agent /home/dev/.aws/amazonq/agents/default.json',
    'project mcp-json /home/dev/src/app/.amazonq/default.json',
    'project mcp-json /home/dev/src/app/.amazonq/mcp.json',
    'agent agent /home/dev/src/app/.amazonq/cli-agents/repo.json',
  ]);
  assert.deepEqual(candidateList(amazonQ, envFor('darwin', { project: undefined })), ['user mcp-json /Users/dev/.aws/amazonq/default.json', 'user mcp-json /Users/dev/.aws/amazonq/mcp.json']);
  assert.deepEqual(candidateList(amazonQ, envFor('win32')), [
    'user mcp-json C:\\Users\\dev\\.aws\\amazonq\\default.json',
    'user mcp-json C:\\Users\\dev\\.aws\\amazonq\\mcp.json',
    'project mcp-json C:\\Users\\dev\\src\\app\\.amazonq\\default.json',
    'project mcp-json C:\\Users\\dev\\src\\app\\.amazonq\\mcp.json',
  ]);
});

test('amazon-q: strict JSON errors located; wrong types; empty; CRLF', () => {
  const trailing = '{"mcpServers": {"a": {"command": "uvx",}}}';
  const errors = amazonQ.parse(trailing, globalFile).errors;
  assert.equal(errors.length, 1);
  assert.equal(errors[0]!.range!.offset, trailing.indexOf('}'));
  const text = '{"mcpServers": {"a": {"command": 1, "timeout": "slow"}}}';
  assert.deepEqual(amazonQ.parse(text, globalFile).servers[0]!.problems.map((p) => [p.message, slice(text, p.range)]), [['"command" must be a string, found a number', '1']]);
  assert.deepEqual(messages(amazonQ.parse('', globalFile)), ['the file is empty, which is not valid JSON']);
  assertCrlfKeepsPositions(amazonQ, fixture('amazon-q', 'default.json'), globalFile);
});
