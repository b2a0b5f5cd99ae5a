import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claudeCode } from '../../core/clients/claude-code';
import type { CandidateFile } from '../../core/model';

const userFile: CandidateFile = { path: '/h/.claude.json', client: 'claude-code', scope: 'user', kind: 'claude-json', format: 'json' };

test('~/.claude.json: user and local scopes with exact key ranges', () => {
  const text = JSON.stringify({ numStartups: 3, mcpServers: { github: { type: 'http', url: 'https://api.githubcopilot.com/mcp/' } }, projects: { '/work/app': { history: [{ display: 'x"}{' }], mcpServers: { fs: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem@2025.8.21', '.'] } } } } }, null, 2);
  const parsed = claudeCode.parse(text, userFile);
  assert.deepEqual(parsed.errors, []);
  assert.deepEqual(parsed.servers.map((s) => [s.name, s.scope, s.projectDir, s.transport]), [
    ['github', 'user', undefined, 'http'],
    ['fs', 'local', '/work/app', 'stdio'],
  ]);
  const fs = parsed.servers[1]!;
  assert.equal(text.slice(fs.nameRange.offset, fs.nameRange.offset + fs.nameRange.length), 'fs');
  const arg = fs.valueRanges['args.1']!;
  assert.equal(text.slice(arg.offset, arg.offset + arg.length), '@modelcontextprotocol/server-filesystem@2025.8.21');
  const line = text.split('\n').findIndex((l) => l.includes('"fs"'));
  assert.equal(fs.nameRange.start.line, line);
});
