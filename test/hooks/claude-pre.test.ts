// Black-box: the built hook (dist/hook.js) on documented Claude Code PreToolUse payloads.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { auditEvents, fixture, generatedGithubToken, makeSandbox, rawAuditText, runHook, type HookRun, type Sandbox } from './harness';

let box: Sandbox;
before(() => {
  box = makeSandbox();
});
after(() => box.cleanup());

function decisionOf(run: HookRun): string | undefined {
  return run.json?.hookSpecificOutput?.permissionDecision;
}

function lastEvent(toolUseId: string) {
  return auditEvents(box).filter((e) => e['gen_ai.tool.call.id'] === toolUseId).at(-1);
}

function assertDenied(run: HookRun, reasonPattern: RegExp) {
  assert.equal(run.code, 2, run.stderr);
  assert.equal(decisionOf(run), 'deny');
  assert.equal(run.json?.hookSpecificOutput?.hookEventName, 'PreToolUse');
  assert.match(run.json?.hookSpecificOutput?.permissionDecisionReason, reasonPattern);
  assert.match(run.stderr, reasonPattern, 'the reason is also on stderr, for clients that ignore JSON on exit 2');
  assert.equal(run.stderr.trim().split('\n').length, 1, 'one line');
}

describe('Claude Code PreToolUse', () => {
  test('an approved server and tool: the hook steps aside (exit 0, no decision) and logs an allow', async () => {
    const run = await runHook(box, fixture('claude-pre-allowed.json', box));
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '');
    const event = lastEvent('toolu_01ABC123allowed')!;
    assert.equal(event['mcp_warden.decision'], 'allow');
    assert.equal(event['mcp_warden.approval.id'], 'github-remote');
    assert.equal(event['mcp_warden.approval.owner'], 'platform-security@acme.example');
    assert.equal(event['mcp.server.name'], 'github');
    assert.equal(event['gen_ai.tool.name'], 'list_issues');
    assert.equal(event['mcp_warden.tool.qualified_name'], 'mcp__github__list_issues');
    assert.equal(event['session.id'], 'abc123');
    assert.equal(event['mcp_warden.server.identity'], 'url:https://api.githubcopilot.com/mcp');
    assert.deepEqual(event['gen_ai.tool.call.arguments'], { owner: 'acme', repo: 'app', state: 'open' });
    assert.match(event['mcp_warden.policy.hash'], /^sha256:[0-9a-f]{64}$/);
    assert.equal(event['mcp_warden.policy.version'], '2026.11.1-test');
    assert.equal(event['mcp_warden.client'], 'claude-code');
    assert.equal(event['process.working_directory'], box.project);
  });

  test('an unapproved server is refused with a reason the agent can act on', async () => {
    const run = await runHook(box, fixture('claude-pre-unapproved.json', box));
    assertDenied(run, /"evil" .*is not on the approved list.*Do not retry/);
    assert.equal(lastEvent('toolu_01unapproved')?.['mcp_warden.decision.rule'], 'server-not-approved');
  });

  test('a server using an approved name but another launch is an impersonation (project .mcp.json wins over user)', async () => {
    const run = await runHook(box, fixture('claude-pre-impersonation.json', box));
    assertDenied(run, /uses the name of approved server "github-remote"/);
    const event = lastEvent('toolu_01impersonation')!;
    assert.equal(event['mcp_warden.verdict'], 'impersonation');
    assert.equal(event['mcp_warden.server.scope'], 'project');
  });

  test('an explicitly denied server is refused with the policy reason', async () => {
    const run = await runHook(box, fixture('claude-pre-denied-server.json', box));
    assertDenied(run, /denied by policy: runs arbitrary shell commands/);
  });

  test('a denied tool of an approved server is refused', async () => {
    const run = await runHook(box, fixture('claude-pre-denied-tool.json', box));
    assertDenied(run, /tool "delete_repository" is denied by the policy entry "github-remote"/);
    assert.equal(lastEvent('toolu_01deniedtool')?.['mcp_warden.decision.rule'], 'tool-denied');
  });

  test('a tool on the ask list asks the user (exit 0, JSON ask)', async () => {
    const run = await runHook(box, fixture('claude-pre-ask.json', box));
    assert.equal(run.code, 0);
    assert.equal(decisionOf(run), 'ask');
    assert.match(run.json?.hookSpecificOutput?.permissionDecisionReason, /requires confirmation/);
    assert.equal(lastEvent('toolu_01ask')?.['mcp_warden.decision'], 'ask');
  });

  test('a credential in the arguments is refused and never written anywhere', async () => {
    const token = generatedGithubToken();
    const run = await runHook(box, fixture('claude-pre-secret.json', box, { GENERATED_TOKEN: token }));
    assertDenied(run, /argument "body" contains a GitHub classic personal access token.*Remove the credential/);
    assert.ok(!run.stdout.includes(token) && !run.stderr.includes(token));
    assert.ok(!rawAuditText(box).includes(token));
    const body = (lastEvent('toolu_01secret')!['gen_ai.tool.call.arguments'] as { body: string }).body;
    assert.match(body, /\[REDACTED/);
  });

  test('a sensitive path, even reached through ../, is refused', async () => {
    const run = await runHook(box, fixture('claude-pre-sensitive-path.json', box));
    assertDenied(run, /argument "path" refers to \.\.\/\.\.\/home\/\.ssh\/id_rsa \(~\/\.ssh\/id_rsa\), a sensitive path \(~\/\.ssh\/\*\*\)/);
  });

  test("a policy pattern with action ask asks", async () => {
    const run = await runHook(box, fixture('claude-pre-pattern-ask.json', box));
    assert.equal(decisionOf(run), 'ask');
    assert.match(run.json?.hookSpecificOutput?.permissionDecisionReason, /production database/);
  });

  test('a plugin server (mcp__plugin_<plugin>_<server>__<tool>) resolves to the plugin cache entry', async () => {
    const run = await runHook(box, fixture('claude-pre-plugin.json', box));
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const event = lastEvent('toolu_01plugin')!;
    assert.equal(event['mcp_warden.approval.id'], 'acme-docs');
    assert.equal(event['mcp.server.name'], 'docs');
    assert.equal(event['gen_ai.tool.name'], 'search');
    assert.equal(event['mcp_warden.server.scope'], 'plugin');
  });

  test('a claude.ai connector has no identity on the machine and is refused', async () => {
    const run = await runHook(box, fixture('claude-pre-connector.json', box));
    assertDenied(run, /claude_ai_Slack.*claude\.ai connectors are configured in claude\.ai/);
  });

  test('server and tool names containing "__" split against the configured names', async () => {
    const allowed = await runHook(box, fixture('claude-pre-double-underscore.json', box));
    assert.equal(allowed.code, 0, allowed.stdout);
    const event = lastEvent('toolu_01double')!;
    assert.equal(event['mcp.server.name'], 'odd__server');
    assert.equal(event['gen_ai.tool.name'], 'do__thing');
    assert.equal(event['mcp_warden.server.scope'], 'local');
    const refused = await runHook(box, fixture('claude-pre-double-underscore-denied.json', box));
    assertDenied(refused, /"write__thing" is not on the allowed tool list of the policy entry "odd-names"/);
  });

  test('a non-MCP tool passes untouched: no output, no log line', async () => {
    const before = auditEvents(box).length;
    const run = await runHook(box, fixture('claude-pre-non-mcp.json', box));
    assert.equal(run.code, 0);
    assert.equal(run.stdout, '');
    assert.equal(auditEvents(box).length, before);
  });
});
