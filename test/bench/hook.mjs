// Hook start-to-answer time against a bare `node -e 0`, measured interleaved in one run so
// machine load affects both alike. One PreToolUse call on an approved server, a 200-server
// policy, a ~/.claude.json with 200 servers across projects, audit append included.
// Usage: node test/bench/hook.mjs [runs]   (needs `npm run build`)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const hook = join(root, 'dist', 'hook.js');
const runs = Number(process.argv[2] ?? 40);
const dir = mkdtempSync(join(tmpdir(), 'mcp-warden-bench-'));

function policy() {
  const servers = Array.from({ length: 200 }, (_, i) => {
    const kind = i % 3;
    const match = kind === 0 ? { url: `https://mcp${i}.example.com/mcp` } : kind === 1 ? { package: `@acme/server-${i}`, version: '1.2.3' } : { command: `/opt/mcp/server-${i}`, args: ['--stdio'] };
    return { id: `server-${i}`, match, aliases: [`s${i}`], owner: 'security@acme.example', reviewed: '2026-10-01', tools: { deny: ['delete_*'], ask: ['merge_*'] } };
  });
  return { version: '2026.11.1', organization: 'Acme', mode: 'enforce', servers, argumentRules: { secrets: 'deny', sensitivePaths: ['~/.config/acme/**'] } };
}

function claudeJson(project) {
  const mcpServers = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`s${i * 3 + 1}`, { command: 'npx', args: ['-y', `@acme/server-${i * 3 + 1}@1.2.3`] }]));
  const projects = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`/work/project-${i}`, { mcpServers: { [`p${i}`]: { type: 'http', url: `https://mcp${i * 3}.example.com/mcp` } }, history: Array.from({ length: 20 }, (_, j) => ({ display: `prompt ${j}` })) }]));
  projects[project] = { mcpServers: { github: { type: 'http', url: 'https://mcp0.example.com/mcp' } } };
  return { numStartups: 12, mcpServers, projects };
}

const home = join(dir, 'home');
const project = join(dir, 'project');
mkdirSync(home, { recursive: true });
mkdirSync(project, { recursive: true });
writeFileSync(join(dir, 'policy.json'), JSON.stringify(policy(), null, 2));
writeFileSync(join(home, '.claude.json'), JSON.stringify(claudeJson(project), null, 2));
const env = { ...process.env, HOME: home, MCP_WARDEN_POLICY: join(dir, 'policy.json'), MCP_WARDEN_AUDIT_DIR: join(dir, 'audit'), XDG_STATE_HOME: join(dir, 'state') };
const payload = JSON.stringify({ session_id: 'bench', transcript_path: join(dir, 't.jsonl'), cwd: project, permission_mode: 'default', hook_event_name: 'PreToolUse', tool_name: 'mcp__github__list_issues', tool_input: { owner: 'acme', repo: 'app', state: 'open' }, tool_use_id: 'toolu_bench' });

function timed(args, input) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { input, env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

try {
  for (let i = 0; i < 3; i++) timed([hook, '--mcp-warden-client=claude-code'], payload);
  const base = [];
  const hookTimes = [];
  for (let i = 0; i < runs; i++) {
    base.push(timed(['-e', '0'], ''));
    hookTimes.push(timed([hook, '--mcp-warden-client=claude-code'], payload));
  }
  const h = median(hookTimes);
  const b = median(base);
  console.log(`hook: median ${h.toFixed(1)} ms vs node -e 0 ${b.toFixed(1)} ms = ${(h / b).toFixed(2)}× (bar ≤ 1.3×)`);
  if (h / b > 1.3) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
