// Black-box: tool pins on the pre-call path. The lockfile and the observations are written by the
// real CLI (`node dist/cli.js lock` and `lock --check`) against the fixture MCP servers; the rug-pull
// server publishes a changed tool list from its second listing on, so `lock` pins the first and
// `lock --check` records the second as the last observation.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { auditEvents, FIXTURES, makeSandbox, ROOT, runHook, type HookRun, type Sandbox } from './harness';

const CLI = join(ROOT, 'dist', 'cli.js');
const SERVER = join(ROOT, 'test', 'fixtures', 'mcp-servers', 'server.mjs');
const NODE = process.execPath;
const CURSOR = ['--mcp-warden-client=cursor'];

const launch = (kind: string, ...extra: string[]) => ({ command: NODE, args: [SERVER, '--kind', kind, ...extra] });
const approve = (id: string, launchOf: { args: string[] }, more: Record<string, unknown> = {}) => ({ id, match: { command: NODE, args: launchOf.args }, owner: 'sec@acme.example', ...more });

const SERVERS = {
  fxclean: launch('clean'),
  rug: launch('rugpull'),
  rugwarn: launch('rugpull', '--page-size', '5'),
  rugoff: launch('rugpull', '--page-size', '7'),
  fresh: launch('clean', '--page-size', '2'),
  strict: launch('clean', '--page-size', '3'),
};

let box: Sandbox;
let seq = 0;

function cli(args: string[]) {
  const result = spawnSync(NODE, [CLI, ...args, '--home', box.home, '--project', box.project, '--policy', box.policyFile], { encoding: 'utf8', env: box.env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function call(server: string, extra: Record<string, unknown> = {}): { payload: string; id: string } {
  const id = `toolu_pins_${++seq}`;
  const payload = { session_id: 'pins', cwd: box.project, hook_event_name: 'PreToolUse', tool_name: `mcp__${server}__add`, tool_input: { a: 1, b: 2 }, tool_use_id: id, ...extra };
  return { payload: JSON.stringify(payload), id };
}

function eventFor(id: string) {
  return auditEvents(box).filter((e) => e['gen_ai.tool.call.id'] === id).at(-1);
}

/** Runs the hook for `server`: the call goes through with no message, as an approved server; returns its audit event. */
async function allowedQuietly(server: string) {
  const { payload, id } = call(server);
  const run = await runHook(box, payload);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, '');
  const event = eventFor(id)!;
  assert.equal(event['mcp_warden.decision'], 'allow');
  assert.equal(event['mcp_warden.decision.rule'], 'approved');
  return event;
}

function assertDenied(run: HookRun, pattern: RegExp) {
  assert.equal(run.code, 2, run.stderr);
  assert.equal(run.json?.hookSpecificOutput?.permissionDecision, 'deny');
  assert.match(run.json?.hookSpecificOutput?.permissionDecisionReason, pattern);
  assert.match(run.stderr, pattern);
}

before(() => {
  box = makeSandbox();
  const policy = JSON.parse(readFileSync(join(FIXTURES, 'policy.json'), 'utf8').replace(/^\s*\/\/.*$/gm, ''));
  policy.servers.push(
    approve('fx-clean', SERVERS.fxclean),
    approve('fx-rug', SERVERS.rug),
    approve('fx-rug-warn', SERVERS.rugwarn, { toolPins: 'warn' }),
    approve('fx-rug-off', SERVERS.rugoff, { toolPins: 'off' }),
    approve('fx-fresh', SERVERS.fresh),
    approve('fx-strict', SERVERS.strict, { toolPins: 'enforce' }),
  );
  writeFileSync(box.policyFile, JSON.stringify(policy, null, 2));
  const claudeJson = JSON.parse(readFileSync(join(box.home, '.claude.json'), 'utf8'));
  for (const [name, server] of Object.entries(SERVERS)) {
    claudeJson.mcpServers[name] = name.startsWith('rug') ? { ...server, env: { RUGPULL_STATE: join(box.root, `${name}.state`) } } : server;
  }
  writeFileSync(join(box.home, '.claude.json'), JSON.stringify(claudeJson, null, 2));
  const cursor = JSON.parse(readFileSync(join(box.home, '.cursor', 'mcp.json'), 'utf8'));
  cursor.mcpServers.rug = SERVERS.rug;
  writeFileSync(join(box.home, '.cursor', 'mcp.json'), JSON.stringify(cursor, null, 2));
});
after(() => box.cleanup());

describe('tool pins (mcp-lock.json) in PreToolUse and beforeMCPExecution', () => {
  test('no lockfile: an approved server is allowed and nothing about pins is recorded', async () => {
    const event = await allowedQuietly('rug');
    assert.doesNotMatch(event['mcp_warden.decision.reason']!, /mcp-lock/);
  });

  test('the real CLI pins the first listing and records the rug-pull as the last observation', () => {
    const servers = ['fxclean', 'rug', 'rugwarn', 'rugoff'].flatMap((name) => ['--server', name]);
    const locked = cli(['lock', ...servers]);
    assert.equal(locked.code, 0, locked.stderr);
    const checked = cli(['lock', '--check', ...servers]);
    assert.equal(checked.code, 1, checked.stderr);
    assert.match(checked.stdout, /rug .*structural drift/);
    assert.match(checked.stdout, /fxclean .*matches mcp-lock.json/);
  });

  test('lock matches: allowed, and the audit reason says the tools match the lock', async () => {
    const event = await allowedQuietly('fxclean');
    assert.match(event['mcp_warden.decision.reason']!, /tool definitions match .*mcp-lock\.json/);
  });

  test('structural drift: blocked (exit 2, JSON deny) with what changed and how to re-approve', async () => {
    const { payload, id } = call('rug');
    const run = await runHook(box, payload);
    assertDenied(run, /tool definitions of "rug" changed since they were approved in .*mcp-lock\.json \(structural: tool add schema or annotations changed, tool export_data added, tool read_file removed; observed .*\); run `mcp-warden lock --check` and re-approve with `mcp-warden lock`/);
    assert.match(run.stderr, /Do not retry this call/);
    assert.equal(run.stderr.trim().split('\n').length, 1);
    const event = eventFor(id)!;
    assert.equal(event['mcp_warden.decision'], 'deny');
    assert.equal(event['mcp_warden.decision.rule'], 'pin-drift-structural');
    assert.equal(event['mcp_warden.approval.id'], 'fx-rug');
    assert.match(event['mcp_warden.decision.reason']!, /structural: tool add schema or annotations changed/);
  });

  test('structural drift from a subdirectory: the lockfile is found walking up to the project root', async () => {
    const sub = join(box.project, 'packages', 'web');
    mkdirSync(sub, { recursive: true });
    const { payload, id } = call('rug', { cwd: sub });
    const run = await runHook(box, payload, undefined, { CLAUDE_PROJECT_DIR: box.project });
    assertDenied(run, /tool definitions of "rug" changed/);
    assert.equal(eventFor(id)?.['mcp_warden.decision.rule'], 'pin-drift-structural');
  });

  test('Cursor beforeMCPExecution: drift is denied in Cursor\'s JSON', async () => {
    const payload = JSON.stringify({ conversation_id: 'pins-cursor', workspace_roots: [box.project], hook_event_name: 'beforeMCPExecution', tool_name: 'add', tool_input: '{"a":1,"b":2}', command: [SERVERS.rug.command, ...SERVERS.rug.args].join(' ') });
    const run = await runHook(box, payload, CURSOR);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.json?.permission, 'deny');
    assert.match(run.json?.user_message, /tool definitions of "rug" changed since they were approved/);
    assert.match(run.json?.agent_message, /mcp-warden lock --check/);
    const event = auditEvents(box).filter((e) => e['session.id'] === 'pins-cursor').at(-1)!;
    assert.equal(event['mcp_warden.decision.rule'], 'pin-drift-structural');
  });

  test('toolPins "warn": the drifted server runs, and the user is warned', async () => {
    const { payload, id } = call('rugwarn');
    const run = await runHook(box, payload);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.json?.systemMessage, /^MCP Warden \(tool pins in warn\): tool definitions of "rugwarn" changed .*structural/);
    assert.equal(run.json?.hookSpecificOutput, undefined, 'never auto-approved');
    const event = eventFor(id)!;
    assert.equal(event['mcp_warden.decision'], 'allow');
    assert.equal(event['mcp_warden.decision.rule'], 'pin-drift-structural (toolPins warn: would deny)');
    assert.match(event['mcp_warden.decision.reason']!, /changed since they were approved/);
  });

  test('toolPins "off": drift is not checked', async () => {
    const event = await allowedQuietly('rugoff');
    assert.doesNotMatch(event['mcp_warden.decision.reason']!, /mcp-lock/);
  });

  test('a server missing from the lock: allowed with a warning; refused when toolPins is "enforce"', async () => {
    const fresh = call('fresh');
    const warned = await runHook(box, fresh.payload);
    assert.equal(warned.code, 0, warned.stderr);
    assert.match(warned.json?.systemMessage, /"fresh" \(command:.*\) is not pinned in .*mcp-lock\.json/);
    assert.equal(eventFor(fresh.id)?.['mcp_warden.decision.rule'], 'pin-missing (warning)');
    const strict = call('strict');
    const refused = await runHook(box, strict.payload);
    assertDenied(refused, /"strict" .* is not pinned in .*mcp-lock\.json; review its tools with `mcp-warden lock --check`/);
    assert.equal(eventFor(strict.id)?.['mcp_warden.decision.rule'], 'pin-missing');
  });

  test('a malformed lockfile (the nearest one) blocks with the parse error', async () => {
    const sub = join(box.project, 'broken');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, 'mcp-lock.json'), '{"lockfileVersion": 1, "servers": ');
    const { payload, id } = call('fxclean', { cwd: sub });
    const run = await runHook(box, payload, undefined, { CLAUDE_PROJECT_DIR: box.project });
    assertDenied(run, /mcp-lock\.json is not valid JSON.*the tool pins of "fxclean" cannot be verified/);
    const event = eventFor(id)!;
    assert.equal(event['mcp_warden.decision'], 'deny');
    assert.equal(event['mcp_warden.decision.rule'], 'lockfile-invalid');
  });

  test('servers the policy refuses are refused as before, whatever the lock says', async () => {
    const { payload, id } = call('evil');
    const run = await runHook(box, payload);
    assertDenied(run, /is not on the approved list/);
    assert.equal(eventFor(id)?.['mcp_warden.decision.rule'], 'server-not-approved');
  });
});
