// Prepares the hook's V8 code cache (dist/hook-core.cache) for the Node.js that will run it: one
// representative call in a throwaway home, with the loader told to write the cache on exit.
// Run at build time and by `hooks install`; a cache for another Node.js is simply not used.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface CodeCacheResult {
  written: boolean;
  /** Why not, in words for a note. */
  reason?: string;
}

export function prepareCodeCache(node: string, hook: string): CodeCacheResult {
  const cache = join(dirname(hook), 'hook-core.cache');
  const root = mkdtempSync(join(tmpdir(), 'mcp-warden-warm-up-'));
  try {
    const project = join(root, 'project');
    mkdirSync(project);
    writeFileSync(join(root, 'policy.json'), JSON.stringify({ version: 'warm-up', servers: [{ id: 'warm-up', match: { url: 'https://warm-up.invalid/mcp' }, tools: { deny: ['never'] } }] }));
    writeFileSync(join(root, '.claude.json'), JSON.stringify({ mcpServers: { warm: { type: 'http', url: 'https://warm-up.invalid/mcp' } } }));
    const payload = { session_id: 'warm-up', cwd: project, hook_event_name: 'PreToolUse', tool_name: 'mcp__warm__list', tool_input: { path: 'README.md', query: 'warm up' }, tool_use_id: 'warm-up' };
    const env = { PATH: process.env.PATH ?? '', HOME: root, XDG_STATE_HOME: join(root, 'state'), MCP_WARDEN_POLICY: join(root, 'policy.json'), MCP_WARDEN_AUDIT_DIR: join(root, 'audit'), MCP_WARDEN_WRITE_CODE_CACHE: '1' };
    const run = spawnSync(node, [hook, '--mcp-warden-client=claude-code'], { input: JSON.stringify(payload), env, encoding: 'utf8', timeout: 60_000 });
    if (run.error) return { written: false, reason: `${node} could not run the hook (${run.error.message})` };
    return existsSync(cache) ? { written: true } : { written: false, reason: `${dirname(hook)} is not writable` };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
