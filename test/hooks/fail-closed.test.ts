// Black-box: every way the hook can fail ends in a deliberate block with a one-line reason.
import assert from 'node:assert/strict';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { spawn, spawnSync } from 'node:child_process';
import { auditEvents, fixture, HOOK, makeSandbox, runHook, type HookRun, type Sandbox } from './harness';

/** `writer` runs in sh and its output is piped (a FIFO) into the hook; `ms` is when the hook answered. */
function runThroughPipe(box: Sandbox, writer: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', `(${writer}) | "$NODE" "$HOOK" --mcp-warden-client=claude-code`], { env: { ...box.env, ...env, NODE: process.execPath, HOOK }, stdio: ['ignore', 'pipe', 'ignore'] });
    const out: Buffer[] = [];
    let answeredAt = 0;
    child.stdout.on('data', (d: Buffer) => {
      answeredAt ||= Date.now();
      out.push(d);
    });
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), ms: (answeredAt || Date.now()) - started }));
  });
}

function assertBlocked(run: HookRun, pattern: RegExp) {
  assert.equal(run.code, 2, `exit code (stdout: ${run.stdout})`);
  assert.equal(run.json?.hookSpecificOutput?.permissionDecision, 'deny');
  assert.match(run.json?.hookSpecificOutput?.permissionDecisionReason, pattern);
  assert.match(run.stderr, pattern);
  assert.equal(run.stderr.trim().split('\n').length, 1);
}

describe('unusable input', () => {
  test('malformed JSON', async () => {
    const box = makeSandbox();
    try {
      assertBlocked(await runHook(box, '{"hook_event_name": "PreToolUse", "tool_name": mcp__x__y}'), /not valid JSON/);
      assert.equal(auditEvents(box).at(-1)?.['mcp_warden.decision.rule'], 'invalid-input');
    } finally {
      box.cleanup();
    }
  });

  test('empty stdin', async () => {
    const box = makeSandbox();
    try {
      assertBlocked(await runHook(box, ''), /no input on stdin/);
    } finally {
      box.cleanup();
    }
  });

  test('truncated payload', async () => {
    const box = makeSandbox();
    try {
      const text = fixture('claude-pre-allowed.json', box);
      assertBlocked(await runHook(box, text.slice(0, text.length / 2)), /not valid JSON/);
    } finally {
      box.cleanup();
    }
  });

  test('valid JSON that is not a hook payload', async () => {
    const box = makeSandbox();
    try {
      assertBlocked(await runHook(box, '[1,2,3]'), /not a JSON object/);
      assertBlocked(await runHook(box, '{"tool_name":"mcp__github__x"}'), /no hook_event_name/);
      assertBlocked(await runHook(box, JSON.stringify({ hook_event_name: 'PreToolUse', tool_name: 'mcp__github__x', tool_input: 'oops' })), /tool_input that is not an object/);
    } finally {
      box.cleanup();
    }
  });

  test('a 10 MB payload is read whole and decided (here: a 10 MB argument of an approved tool)', async () => {
    const box = makeSandbox();
    try {
      const payload = JSON.parse(fixture('claude-pre-allowed.json', box));
      payload.tool_input.body = 'x'.repeat(10 * 1024 * 1024);
      const run = await runHook(box, JSON.stringify(payload));
      assert.equal(run.code, 0, run.stderr);
      const event = auditEvents(box).at(-1)!;
      assert.equal(event['mcp_warden.decision'], 'allow');
      assert.equal(event['mcp_warden.truncated'], true, 'the event is capped, the arguments replaced by a marker');
      assert.ok(JSON.stringify(event).length < 40 * 1024);
    } finally {
      box.cleanup();
    }
  });

  test('input over the 32 MB cap is refused', async () => {
    const box = makeSandbox();
    try {
      assertBlocked(await runHook(box, Buffer.alloc(33 * 1024 * 1024, 0x20)), /larger than 32 MB/);
    } finally {
      box.cleanup();
    }
  });

  test('slow stdin (the payload in pieces over 1.2 s) is still decided', async () => {
    const box = makeSandbox();
    try {
      const text = fixture('claude-pre-denied-tool.json', box);
      const pieces = [text.slice(0, 40), text.slice(40, 200), text.slice(200, 400), text.slice(400)];
      const run = await runHook(box, { chunks: pieces, delayMs: 400 });
      assert.equal(run.code, 2);
      assert.match(run.json?.hookSpecificOutput?.permissionDecisionReason, /delete_repository/);
    } finally {
      box.cleanup();
    }
  });

  test('stdin that never closes is refused at the input deadline, well before the client timeout', async () => {
    const box = makeSandbox();
    try {
      const run = await runHook(box, { chunks: ['{"hook_event_name":'], delayMs: 10, keepOpen: true }, undefined, { MCP_WARDEN_STDIN_TIMEOUT_MS: '800' });
      assertBlocked(run, /did not arrive within 1 s/);
      assert.ok(run.ms < 5000);
    } finally {
      box.cleanup();
    }
  });

  test('through a real pipe (not a socket pair): slow input is decided, input that never ends is refused', async () => {
    const box = makeSandbox();
    try {
      const text = fixture('claude-pre-denied-tool.json', box);
      const slow = await runThroughPipe(box, `printf '%s' "$A"; sleep 0.5; printf '%s' "$B"`, { A: text.slice(0, 100), B: text.slice(100) });
      assert.equal(slow.code, 2);
      assert.match(slow.stdout, /delete_repository/);
      const stuck = await runThroughPipe(box, `printf '{"hook_event_name":'; sleep 4`, { MCP_WARDEN_STDIN_TIMEOUT_MS: '700' });
      assert.equal(stuck.code, 2);
      assert.match(stuck.stdout, /did not arrive within 1 s/);
      assert.ok(stuck.ms < 3500, `answered after ${stuck.ms} ms, before the writer gave up`);
    } finally {
      box.cleanup();
    }
  });

  test('unreadable input for Cursor is a deny in Cursor form too', async () => {
    const box = makeSandbox();
    try {
      const run = await runHook(box, 'not json', ['--mcp-warden-client=cursor']);
      assert.equal(run.code, 2);
      assert.equal(run.json?.permission, 'deny');
      assert.match(run.json?.agent_message, /not valid JSON/);
    } finally {
      box.cleanup();
    }
  });
});

describe('a broken installation', () => {
  function installCopy(dir: string, core: string | undefined, cache?: Buffer): string {
    copyFileSync(HOOK, join(dir, 'hook.js'));
    if (core !== undefined) writeFileSync(join(dir, 'hook-core.js'), core);
    if (cache) writeFileSync(join(dir, 'hook-core.cache'), cache);
    return join(dir, 'hook.js');
  }

  function runCopy(hook: string, input: string) {
    return spawnSync(process.execPath, [hook, '--mcp-warden-client=claude-code'], { input, encoding: 'utf8' });
  }

  test('a missing or crashing hook-core.js still blocks (exit 2, deny), never exit 1', () => {
    const box = makeSandbox();
    try {
      const payload = fixture('claude-pre-allowed.json', box);
      const missing = runCopy(installCopy(box.root, undefined), payload);
      assert.equal(missing.status, 2);
      assert.equal(JSON.parse(missing.stdout).hookSpecificOutput.permissionDecision, 'deny');
      assert.equal(JSON.parse(missing.stdout).permission, 'deny');
      assert.match(missing.stderr, /could not start/);
      const crashing = runCopy(installCopy(box.root, 'throw new Error("boom at load")'), payload);
      assert.equal(crashing.status, 2);
      assert.match(crashing.stderr, /boom at load/);
    } finally {
      box.cleanup();
    }
  });

  test('a corrupt code cache is ignored', async () => {
    const box = makeSandbox();
    try {
      const dist = dirname(HOOK);
      const hook = installCopy(box.root, readFileSync(join(dist, 'hook-core.js'), 'utf8'), Buffer.from('not a V8 code cache'));
      for (const part of ['hook-slow.js', 'hook-scan.js']) copyFileSync(join(dist, part), join(box.root, part));
      const run = spawnSync(process.execPath, [hook, '--mcp-warden-client=claude-code'], { input: fixture('claude-pre-denied-tool.json', box), env: box.env, encoding: 'utf8' });
      assert.equal(run.status, 2);
      assert.match(run.stdout, /delete_repository/);
    } finally {
      box.cleanup();
    }
  });
});

describe('policy problems', () => {
  test('no policy anywhere: every MCP call is refused', async () => {
    const box = makeSandbox({ policy: null });
    try {
      const run = await runHook(box, fixture('claude-pre-allowed.json', box));
      assertBlocked(run, /no usable MCP Warden policy: no MCP Warden policy found/);
      assert.equal(auditEvents(box).at(-1)?.['mcp_warden.decision.rule'], 'no-policy');
    } finally {
      box.cleanup();
    }
  });

  test('a policy path that does not exist', async () => {
    const box = makeSandbox();
    try {
      const run = await runHook(box, fixture('claude-pre-allowed.json', box), undefined, { MCP_WARDEN_POLICY: join(box.root, 'missing.json') });
      assertBlocked(run, /does not exist/);
    } finally {
      box.cleanup();
    }
  });

  test('an invalid policy (schema error) refuses every MCP call', async () => {
    const box = makeSandbox({ policy: '{ "version": "1", "mode": "enforce", "servers": [{ "id": "x", "match": { "url": 42 } }] }' });
    try {
      assertBlocked(await runHook(box, fixture('claude-pre-allowed.json', box)), /policy schema/);
    } finally {
      box.cleanup();
    }
  });

  test('a policy with a syntax error refuses every MCP call', async () => {
    const box = makeSandbox({ policy: '{ "version": "1", "servers": [ ' });
    try {
      assertBlocked(await runHook(box, fixture('claude-pre-allowed.json', box)), /policy syntax/);
    } finally {
      box.cleanup();
    }
  });

  test('a policy edited after it was cached is re-read (the cache never outlives a change)', async () => {
    const box = makeSandbox();
    try {
      assert.equal((await runHook(box, fixture('claude-pre-allowed.json', box))).code, 0);
      const policy = JSON.parse(JSON.stringify({ version: '2', servers: [] }));
      writeFileSync(box.policyFile, JSON.stringify(policy));
      assertBlocked(await runHook(box, fixture('claude-pre-allowed.json', box)), /not on the approved list/);
    } finally {
      box.cleanup();
    }
  });

  test('a forged policy cache entry is not used', async () => {
    const box = makeSandbox({ policy: JSON.stringify({ version: '1', servers: [] }) });
    try {
      assert.equal((await runHook(box, fixture('claude-pre-allowed.json', box))).code, 2);
      const cacheDir = join(box.root, 'state', 'mcp-warden', 'cache');
      const file = join(cacheDir, readdirSync(cacheDir).find((f) => f.startsWith('policy-'))!);
      const cached = JSON.parse(readFileSync(file, 'utf8'));
      const derived = JSON.parse(cached.value.derived);
      derived.servers = [{ id: 'everything', match: { url: '*' } }];
      cached.value.derived = JSON.stringify(derived);
      writeFileSync(file, JSON.stringify(cached));
      assert.equal((await runHook(box, fixture('claude-pre-allowed.json', box))).code, 2);
    } finally {
      box.cleanup();
    }
  });
});

describe('audit log problems', () => {
  test('an unwritable audit directory blocks in enforce mode, with the reason', async () => {
    const box = makeSandbox();
    try {
      mkdirSync(box.auditDir, { recursive: true });
      writeFileSync(join(box.auditDir, `${new Date().toISOString().slice(0, 10)}.jsonl`), '');
      chmodSync(join(box.auditDir, `${new Date().toISOString().slice(0, 10)}.jsonl`), 0o400);
      chmodSync(box.auditDir, 0o500);
      const probe = await runHook(box, fixture('claude-pre-allowed.json', box));
      if (process.getuid?.() === 0) {
        // root ignores file modes: make the directory path unusable instead.
        const blocked = await runHook(box, fixture('claude-pre-allowed.json', box), undefined, { MCP_WARDEN_AUDIT_DIR: join(box.policyFile, 'audit') });
        assertBlocked(blocked, /cannot be recorded \(cannot write the audit log .*: a path component is not a directory\)/);
      } else {
        assertBlocked(probe, /cannot be recorded \(cannot write the audit log .*permission denied\)/);
      }
    } finally {
      chmodSync(box.auditDir, 0o700);
      box.cleanup();
    }
  });

  test('onWriteFailure: allow lets the call run when the log cannot be written', async () => {
    const policy = JSON.parse(JSON.stringify({ version: '1', servers: [{ id: 'gh', match: { url: 'https://api.githubcopilot.com/mcp/*' } }], audit: { onWriteFailure: 'allow' } }));
    const box = makeSandbox({ policy: JSON.stringify(policy) });
    try {
      const run = await runHook(box, fixture('claude-pre-allowed.json', box), undefined, { MCP_WARDEN_AUDIT_DIR: join(box.policyFile, 'audit') });
      assert.equal(run.code, 0, run.stderr);
    } finally {
      box.cleanup();
    }
  });

  test('an audit directory inside the project or node_modules is refused', async () => {
    const box = makeSandbox();
    try {
      const inProject = await runHook(box, fixture('claude-pre-allowed.json', box), undefined, { MCP_WARDEN_AUDIT_DIR: join(box.project, 'logs') });
      assertBlocked(inProject, /inside the project/);
      const inModules = await runHook(box, fixture('claude-pre-allowed.json', box), undefined, { MCP_WARDEN_AUDIT_DIR: join(box.root, 'node_modules', 'x') });
      assertBlocked(inModules, /inside node_modules/);
    } finally {
      box.cleanup();
    }
  });
});
