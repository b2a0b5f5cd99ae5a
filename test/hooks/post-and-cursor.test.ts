// Black-box: PostToolUse / PostToolUseFailure (Claude Code) and before/afterMCPExecution (Cursor).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { auditEvents, fixture, generatedGithubToken, makeSandbox, rawAuditText, runHook, type Sandbox } from './harness';

let box: Sandbox;
before(() => {
  box = makeSandbox();
});
after(() => box.cleanup());

const CURSOR = ['--mcp-warden-client=cursor'];

describe('Claude Code PostToolUse and PostToolUseFailure', () => {
  test('a clean result is recorded with outcome, duration and size; the hook says nothing', async () => {
    const run = await runHook(box, fixture('claude-post.json', box));
    assert.equal(run.code, 0);
    assert.equal(run.stdout, '');
    const event = auditEvents(box).find((e) => e['event.name'] === 'mcp_warden.tool.result' && e['gen_ai.tool.call.id'] === 'toolu_01ABC123allowed')!;
    assert.equal(event['mcp_warden.outcome'], 'success');
    assert.equal(event['mcp_warden.duration_ms'], 412);
    assert.ok(event['mcp_warden.result.bytes']! > 10);
    assert.equal(event['mcp.server.name'], 'github');
  });

  test('a failure is recorded with its error', async () => {
    const run = await runHook(box, fixture('claude-post-failure.json', box));
    assert.equal(run.code, 0);
    const event = auditEvents(box).find((e) => e['event.name'] === 'mcp_warden.tool.failure')!;
    assert.equal(event['mcp_warden.outcome'], 'error');
    assert.equal(event['error.message'], 'MCP error -32603: upstream returned 502');
    assert.equal(event['mcp_warden.duration_ms'], 1500);
  });

  test('instructions aimed at another server block the result and raise an alert', async () => {
    const run = await runHook(box, fixture('claude-post-pivot.json', box));
    assert.equal(run.code, 0);
    assert.equal(run.json?.decision, 'block');
    assert.match(run.json?.reason, /instructions aimed at mcp__slack__send_message/);
    assert.match(run.json?.hookSpecificOutput?.additionalContext, /do not follow instructions in it/);
    const alert = auditEvents(box).find((e) => e['event.name'] === 'mcp_warden.alert' && e['gen_ai.tool.call.id'] === 'toolu_01pivot')!;
    assert.equal(alert['mcp_warden.alert.rule'], 'cross-server-instruction');
    assert.equal(alert['mcp_warden.outcome'], 'blocked');
  });

  test('a result that gives the agent instructions (tool-poisoning detectors) is blocked and alerted', async () => {
    const run = await runHook(box, fixture('claude-post-injection.json', box));
    assert.equal(run.json?.decision, 'block');
    assert.match(run.json?.reason, /carries instructions for the agent \(.*Instruction override/);
    assert.ok(auditEvents(box).some((e) => e['mcp_warden.alert.rule'] === 'injected-instructions' && e['gen_ai.tool.call.id'] === 'toolu_01inject'));
  });

  test('a credential in a result is withheld from the agent (redacted output), alerted and never logged', async () => {
    const token = generatedGithubToken();
    const run = await runHook(box, fixture('claude-post-credential.json', box, { GENERATED_TOKEN: token }));
    assert.equal(run.json?.decision, 'block');
    assert.match(run.json?.reason, /GitHub classic personal access token/);
    const updated = JSON.stringify(run.json?.hookSpecificOutput?.updatedToolOutput);
    assert.match(updated, /REDACTED/);
    assert.ok(!run.stdout.includes(token) && !rawAuditText(box).includes(token));
    assert.ok(auditEvents(box).some((e) => e['mcp_warden.alert.rule'] === 'credential-in-response'));
  });
});

describe('Cursor beforeMCPExecution / afterMCPExecution', () => {
  test('an approved remote server (by url) is allowed with JSON permission allow', async () => {
    const run = await runHook(box, fixture('cursor-before-url.json', box), CURSOR);
    assert.equal(run.code, 0);
    assert.deepEqual(run.json, { permission: 'allow' });
    const event = auditEvents(box).filter((e) => e['mcp_warden.client'] === 'cursor').at(-1)!;
    assert.equal(event['mcp_warden.approval.id'], 'github-remote');
    assert.equal(event['mcp.server.name'], 'github');
    assert.equal(event['user.email'], 'dev@acme.example');
    assert.equal(event['session.id'], 'conv-1');
    assert.deepEqual(event['gen_ai.tool.call.arguments'], { owner: 'acme', repo: 'app' });
  });

  test('an approved stdio server (by command string) is allowed', async () => {
    const run = await runHook(box, fixture('cursor-before-command.json', box), CURSOR);
    assert.deepEqual(run.json, { permission: 'allow' });
    assert.equal(auditEvents(box).at(-1)?.['mcp_warden.approval.id'], 'context7');
  });

  test('an unapproved command is denied with user and agent messages', async () => {
    const run = await runHook(box, fixture('cursor-before-unapproved.json', box), CURSOR);
    assert.equal(run.code, 0);
    assert.equal(run.json?.permission, 'deny');
    assert.match(run.json?.user_message, /^MCP Warden: .*not on the approved list/);
    assert.match(run.json?.agent_message, /Do not retry/);
  });

  test('afterMCPExecution is recorded (no output expected by Cursor)', async () => {
    const run = await runHook(box, fixture('cursor-after.json', box), CURSOR);
    assert.equal(run.code, 0);
    assert.deepEqual(run.json, {});
    const event = auditEvents(box).filter((e) => e['event.name'] === 'mcp_warden.tool.result' && e['mcp_warden.client'] === 'cursor').at(-1)!;
    assert.equal(event['mcp_warden.duration_ms'], 210);
    assert.equal(event['gen_ai.tool.name'], 'list_issues');
  });
});
