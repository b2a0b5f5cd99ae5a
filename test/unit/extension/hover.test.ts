import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hoverMarkdown, type HoverInput } from '../../../extension/present/hover';
import { policy, server } from './fixtures';

function hover(name: string, approvalRequest?: string): string {
  const links: HoverInput['links'] = { rule: (id) => `file:///rules/${id}.md`, ...(approvalRequest ? { approvalRequest } : {}) };
  return hoverMarkdown({ ...server(name), policy: policy(), links });
}

test('approved: policy entry, documented scope, tools; no approval link', () => {
  const text = hover('github', 'command:copy');
  assert.equal(
    text,
    [
      '**MCP Warden** · $(pass-filled) Approved — `github`',
      'Runs: npm package &#64;modelcontextprotocol/server-github&#64;2025.4.8 via npx',
      '- Policy id: `github` (GitHub)\n- Owner: sec@acme.example\n- Reviewed: 2026-09-15',
      '**Scope**\n- Credential: fine-grained token\n- Scopes: `repo:read`\n- Maximum lifetime: 90 days (P90D)\n- Revocation: https://github.com/settings/tokens\n- Read-only: no',
      '**Tools**\n- Allowed: every tool not denied\n- Denied: `delete_repository`',
      '**Also**\n- [plaintext-credential](file:///rules/plaintext-credential.md): GitHub classic personal access token is written in plain text in "github" \\(env.GITHUB\\_TOKEN\\); anyone who can read this file can use it — move it to an environment variable and rotate it',
      '_Acme policy p-7 · enforce mode_',
    ].join('\n\n'),
  );
});

test('not approved: the reason, the nearest alternative and the approval link', () => {
  const text = hover('weather-tools', 'command:copy');
  // The reason is the diagnostic's message, shown by the editor right above this hover.
  assert.ok(text.startsWith('**MCP Warden** · $(error) Not approved — `weather-tools`\n\n**Nearest approved alternative:**'), text);
  assert.ok(text.includes('**Nearest approved alternative:** `weather` — npm package &#64;acme/weather-mcp&#64;2.1.0 · owner: devex@acme.example'));
  assert.ok(text.includes('[$(copy) Copy approval request](command:copy)'));
  assert.equal(text.includes('Runs:'), false);
});

test('denied: says what it runs, since the reason does not', () => {
  const text = hover('shell');
  assert.ok(text.includes('$(circle-slash) Denied by policy'));
  assert.ok(text.includes('Runs: npm package mcp-remote-shell&#64;0.3.0 via npx'));
});

test('without a diagnostic to show it, the hover gives the reason itself', () => {
  const { server: s } = server('weather-tools');
  const text = hoverMarkdown({ server: s, findings: [], policy: policy(), links: { rule: () => '' } });
  assert.ok(text.includes('\n\n"weather-tools" \\(npm package weather-mcp-server&#64;1.0.0 via npx\\) is not on the approved list'), text);
});

test('text from config files cannot inject markdown or commands', () => {
  const { server: s, findings } = server('weather-tools');
  const hostile = { ...s, entry: { ...s.entry, name: 'x`](command:evil)' }, verdict: { ...s.verdict, reason: '[click](command:evil) $(alert) *bold*' } };
  const text = hoverMarkdown({ server: hostile, findings, policy: policy(), links: { rule: () => '' } });
  assert.ok(text.includes("`x'](command:evil)`"));
  assert.ok(text.includes('\\[click\\]\\(command:evil\\) $\\(alert\\) \\*bold\\*'), text);
});
