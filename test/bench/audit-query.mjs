// `audit query` over a 90-day store of 1,000,000 events (bar: ≤ 2 s), through the built CLI.
// Answers "who invoked this tool" for one tool used in about 1 % of the calls.
// Usage: node test/bench/audit-query.mjs [events]   (needs `npm run build`)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const total = Number(process.argv[2] ?? 1_000_000);
const days = 90;
const dir = mkdtempSync(join(tmpdir(), 'mcp-warden-audit-bench-'));
const users = Array.from({ length: 40 }, (_, i) => `dev${i}`);
const tools = Array.from({ length: 99 }, (_, i) => `tool_${i}`);

function line(day, i) {
  const rare = i % 100 === 0;
  return JSON.stringify({
    'event.id': `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    timestamp: `${day}T${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00.000Z`,
    'event.name': i % 2 ? 'mcp_warden.tool.decision' : 'mcp_warden.tool.result',
    'mcp_warden.schema': 1,
    'user.name': users[i % users.length],
    'host.name': `laptop-${i % 40}`,
    'gen_ai.operation.name': 'execute_tool',
    'mcp.method.name': 'tools/call',
    'mcp_warden.client': 'claude-code',
    'session.id': `session-${i % 997}`,
    'gen_ai.tool.name': rare ? 'delete_repository' : tools[i % tools.length],
    'gen_ai.tool.call.id': `toolu_${i}`,
    'mcp.server.name': 'github',
    'gen_ai.tool.call.arguments': { owner: 'acme', repo: `repo-${i % 50}`, title: 'a short title' },
    'mcp_warden.decision': 'allow',
    'mcp_warden.approval.id': 'github-remote',
    'mcp_warden.policy.hash': 'sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
  });
}

try {
  const perDay = Math.ceil(total / days);
  let written = 0;
  for (let d = 0; d < days && written < total; d++) {
    const day = new Date(Date.UTC(2026, 7, 1) + d * 86_400_000).toISOString().slice(0, 10);
    const lines = [];
    for (let i = 0; i < perDay && written < total; i++, written++) lines.push(line(day, written));
    writeFileSync(join(dir, `${day}.jsonl`), `${lines.join('\n')}\n`);
  }
  const args = [join(root, 'dist', 'cli.js'), 'audit', 'query', '--dir', dir, '--tool', 'delete_repository', '--json'];
  spawnSync(process.execPath, args, { maxBuffer: 1 << 30 });
  const times = [];
  let matched = 0;
  for (let run = 0; run < 3; run++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0) throw new Error(result.stderr);
    matched = result.stdout.split('\n').filter(Boolean).length;
  }
  const median = times.sort((a, b) => a - b)[1];
  console.log(`audit query: ${written} events over ${days} days, ${matched} matches, median ${(median / 1000).toFixed(2)} s (bar ≤ 2 s)`);
  if (median > 2000) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
