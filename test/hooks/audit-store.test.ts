// The audit store: one whole line per event, size cap with a marker, retention by day file,
// per-OS locations, and `audit query` (library and built CLI).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { createEvent, newEventId, type AuditEvent } from '../../core/audit/event';
import { auditDir, stateDir, unsuitableAuditDir } from '../../core/audit/paths';
import { dayFilesInRange, queryAudit } from '../../core/audit/query';
import { pruneExpiredFiles } from '../../core/audit/retention';
import { MAX_EVENT_BYTES, serializeEvent } from '../../core/audit/serialize';
import { appendEvent } from '../../core/audit/writer';
import { ROOT } from './harness';

const PRINCIPAL = { userName: 'alice', hostName: 'laptop-1' };

function event(overrides: Partial<AuditEvent> = {}, at = new Date('2026-11-20T10:00:00.000Z')): AuditEvent {
  return { ...createEvent('decision', PRINCIPAL, { 'mcp_warden.client': 'claude-code', 'mcp.server.name': 'github', 'gen_ai.tool.name': 'create_issue', 'mcp_warden.decision': 'allow', 'mcp_warden.policy.hash': 'sha256:x' }, at), ...overrides };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'mcp-warden-audit-'));
}

describe('events and lines', () => {
  test('an event has the required fields, OTel names, an RFC 3339 UTC millisecond timestamp', () => {
    const e = event();
    assert.match(e['event.id'], /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(e.timestamp, '2026-11-20T10:00:00.000Z');
    assert.equal(e['event.name'], 'mcp_warden.tool.decision');
    assert.equal(e['gen_ai.operation.name'], 'execute_tool');
    assert.equal(e['mcp.method.name'], 'tools/call');
    assert.equal(e['user.name'], 'alice');
    assert.equal(e['host.name'], 'laptop-1');
    assert.equal(new Set(Array.from({ length: 10_000 }, newEventId)).size, 10_000);
  });

  test('an oversized event keeps its fields and replaces the arguments by a marker with a preview', () => {
    const big = event({ 'gen_ai.tool.call.arguments': { body: 'x'.repeat(200_000) } });
    const line = serializeEvent(big);
    assert.ok(Buffer.byteLength(line) <= MAX_EVENT_BYTES);
    assert.ok(line.endsWith('\n') && !line.slice(0, -1).includes('\n'));
    const parsed = JSON.parse(line);
    assert.equal(parsed['mcp_warden.truncated'], true);
    assert.equal(parsed['gen_ai.tool.call.arguments']['mcp_warden.truncated'], true);
    assert.ok(parsed['gen_ai.tool.call.arguments'].original_bytes > 200_000);
    assert.equal(parsed['mcp.server.name'], 'github');
  });

  test('even huge string fields cannot push a line over the cap', () => {
    const line = serializeEvent(event({ 'mcp_warden.decision.reason': 'r'.repeat(100_000), 'gen_ai.tool.call.arguments': { a: 'y'.repeat(100_000) } }));
    assert.ok(Buffer.byteLength(line) <= MAX_EVENT_BYTES);
    assert.match(JSON.parse(line)['mcp_warden.decision.reason'], /…\[truncated \d+ chars\]$/);
  });

  test('appends go to the UTC day file, one line each, created 0600', () => {
    const dir = tempDir();
    try {
      appendEvent({ dir }, event());
      appendEvent({ dir }, event({}, new Date('2026-11-21T00:00:00.001Z')));
      assert.deepEqual(readdirSync(dir).sort(), ['2026-11-20.jsonl', '2026-11-21.jsonl']);
      assert.equal(readFileSync(join(dir, '2026-11-20.jsonl'), 'utf8').split('\n').length, 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('retention', () => {
  test('the first writer of a day deletes day files older than the retention period, nothing else', () => {
    const dir = tempDir();
    try {
      for (const name of ['2026-08-01.jsonl', '2026-08-22.jsonl', '2026-08-23.jsonl', 'notes.txt', '2026-08-01.jsonl.seal']) writeFileSync(join(dir, name), '');
      appendEvent({ dir, retentionDays: 90 }, event());
      assert.deepEqual(readdirSync(dir).sort(), ['2026-08-01.jsonl.seal', '2026-08-22.jsonl', '2026-08-23.jsonl', '2026-11-20.jsonl', 'notes.txt']);
      assert.deepEqual(pruneExpiredFiles(dir, 89, '2026-11-20T00:00:00Z'), ['2026-08-22.jsonl']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('locations', () => {
  test('per-OS state directories, overridable, never inside node_modules or a project', () => {
    assert.equal(stateDir({ home: '/home/a', platform: 'linux', env: {} }), '/home/a/.local/state/mcp-warden');
    assert.equal(stateDir({ home: '/home/a', platform: 'linux', env: { XDG_STATE_HOME: '/xdg' } }), '/xdg/mcp-warden');
    assert.equal(stateDir({ home: '/Users/a', platform: 'darwin', env: {} }), '/Users/a/Library/Application Support/MCP Warden');
    assert.equal(stateDir({ home: 'C:\\Users\\a', platform: 'win32', env: { LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' } }), 'C:\\Users\\a\\AppData\\Local\\MCP Warden');
    assert.equal(auditDir({ home: '/home/a', platform: 'linux', env: {} }), '/home/a/.local/state/mcp-warden/audit');
    assert.equal(auditDir({ home: '/home/a', platform: 'linux', env: {} }, '~/audit'), '/home/a/audit');
    assert.equal(auditDir({ home: '/home/a', platform: 'linux', env: { MCP_WARDEN_AUDIT_DIR: '/var/log/mcp' } }, '~/audit'), '/var/log/mcp');
    assert.match(unsuitableAuditDir('/w/app/node_modules/x/audit', [], '/home/a')!, /node_modules/);
    assert.match(unsuitableAuditDir('/w/app/logs', ['/w/app'], '/home/a')!, /inside the project/);
    assert.equal(unsuitableAuditDir('/home/a/.local/state/mcp-warden/audit', ['/home/a'], '/home/a'), undefined, 'a session started in the home directory is not a project');
  });
});

describe('query', () => {
  function seed(dir: string): void {
    const lines: string[] = [];
    const days = ['2026-11-01', '2026-11-10', '2026-11-20'];
    days.forEach((day, d) => {
      const file: string[] = [];
      for (let i = 0; i < 30; i++) {
        const e = event({ 'user.name': i % 3 ? 'bob' : 'alice', 'gen_ai.tool.name': i % 2 ? 'create_issue' : 'list_issues', 'mcp_warden.decision': i % 5 ? 'allow' : 'deny', 'mcp.server.name': d === 2 ? 'sentry' : 'github' }, new Date(`${day}T${String(i % 24).padStart(2, '0')}:00:00.000Z`));
        file.push(JSON.stringify(e));
      }
      file.splice(5, 0, '{"torn": ');
      writeFileSync(join(dir, `${day}.jsonl`), `${file.join('\n')}\n`);
      lines.push(...file);
    });
  }

  test('filters by user, tool, server, decision and time; skips files by name and torn lines', () => {
    const dir = tempDir();
    try {
      seed(dir);
      const found: AuditEvent[] = [];
      const stats = queryAudit(dir, { user: 'alice', tool: 'create_issue' }, (e) => void found.push(e));
      assert.ok(found.length > 0 && found.every((e) => e['user.name'] === 'alice' && e['gen_ai.tool.name'] === 'create_issue'));
      assert.equal(stats.files, 3);
      const late = queryAudit(dir, { from: new Date('2026-11-15T00:00:00Z') }, () => undefined);
      assert.equal(late.files, 1);
      assert.equal(late.matched, 30);
      assert.equal(late.unreadableLines, 1);
      assert.deepEqual(dayFilesInRange(dir, new Date('2026-11-02T00:00:00Z'), new Date('2026-11-10T23:00:00Z')), ['2026-11-10.jsonl']);
      let denies = 0;
      queryAudit(dir, { decision: 'deny', server: 'sentry' }, () => void denies++);
      assert.equal(denies, 6);
      let stopped = 0;
      queryAudit(dir, {}, () => ++stopped < 5);
      assert.equal(stopped, 5, 'the sink can stop the query');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the built CLI prints a table or JSON Lines and rejects bad filters', () => {
    const dir = tempDir();
    try {
      seed(dir);
      const cli = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'audit', 'query', '--dir', dir, ...args], { encoding: 'utf8' });
      const table = cli('--user', 'alice', '--decision', 'deny');
      assert.equal(table.status, 0, table.stderr);
      assert.match(table.stdout, /^TIME\s+USER\s+CLIENT\s+SERVER\s+TOOL/);
      assert.match(table.stdout, /matching events in 3 day files/);
      const json = cli('--json', '--tool', 'list_issues', '--from', '2026-11-20');
      const events = json.stdout.trim().split('\n').map((l) => JSON.parse(l));
      assert.equal(events.length, 15);
      assert.ok(events.every((e) => e.timestamp >= '2026-11-20'));
      const bad = cli('--since', 'yesterday');
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /--since yesterday: use a number and m, h, d or w/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
