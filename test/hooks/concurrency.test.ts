// 500 hook processes started at once, all appending to the same day file: every event must be
// there exactly once, whole and parseable.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fixture, makeSandbox, runHook } from './harness';

const PROCESSES = 500;

test(`${PROCESSES} concurrent hook processes leave ${PROCESSES} intact events`, { timeout: 300_000 }, async () => {
  const box = makeSandbox();
  try {
    const allowed = JSON.parse(fixture('claude-pre-allowed.json', box));
    const denied = JSON.parse(fixture('claude-pre-unapproved.json', box));
    // Fill the caches first, so the run measures appends rather than 500 cold starts.
    await runHook(box, JSON.stringify({ ...allowed, tool_use_id: 'warm-up' }));
    const runs = Array.from({ length: PROCESSES }, (_, i) => {
      const base = i % 2 ? denied : allowed;
      // Arguments of varying size: lines from 300 bytes to ~20 KB interleave if appends are not atomic.
      const payload = { ...base, tool_use_id: `toolu_concurrent_${i}`, tool_input: { ...base.tool_input, note: 'n'.repeat((i * 37) % 20_000) } };
      // The test process spawns all 500 before it can close their stdin: allow for that wait.
      return runHook(box, JSON.stringify(payload), undefined, { MCP_WARDEN_STDIN_TIMEOUT_MS: '240000', MCP_WARDEN_HOOK_DEADLINE_MS: '280000' });
    });
    const results = await Promise.all(runs);
    results.forEach((r, i) => assert.equal(r.code, i % 2 ? 2 : 0, `process ${i}: ${r.stderr}`));
    const files = readdirSync(box.auditDir).filter((f) => f.endsWith('.jsonl'));
    const lines = files.flatMap((f) => readFileSync(join(box.auditDir, f), 'utf8').split('\n')).filter(Boolean);
    const events = lines.map((line, n) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        assert.fail(`line ${n + 1} is torn or interleaved: ${line.slice(0, 120)}…`);
      }
    });
    const ids = events.map((e) => e['gen_ai.tool.call.id']).filter((id) => typeof id === 'string' && id.startsWith('toolu_concurrent_'));
    assert.equal(ids.length, PROCESSES);
    assert.equal(new Set(ids).size, PROCESSES);
    assert.equal(new Set(events.map((e) => e['event.id'])).size, events.length, 'event ids are unique');
  } finally {
    box.cleanup();
  }
});
