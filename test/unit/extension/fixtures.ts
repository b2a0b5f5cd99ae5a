// A small policy and config, checked by the real core, for the extension's pure presenters.
import { checkConfigFile } from '../../../core/check';
import { parseConfigText } from '../../../core/discovery';
import { buildEffectivePolicy } from '../../../core/policy/load';
import type { CheckedFile } from '../../../extension/engine/store';

export const POLICY = {
  version: 'p-7',
  organization: 'Acme',
  servers: [
    {
      id: 'github',
      name: 'GitHub',
      match: { package: '@modelcontextprotocol/server-github', version: '2025.4.8' },
      scope: { credential: 'fine-grained-token', scopes: ['repo:read'], maxLifetime: 'P90D', revocation: 'https://github.com/settings/tokens', readOnly: false },
      owner: 'sec@acme.example',
      reviewed: '2026-09-15',
      tools: { deny: ['delete_repository'] },
    },
    { id: 'weather', match: { package: '@acme/weather-mcp', version: '2.1.0' }, owner: 'devex@acme.example', scope: { credential: 'none' } },
    { id: 'context7', match: { package: '@upstash/context7-mcp', version: '1.0.14' } },
  ],
  denied: [{ match: { package: 'mcp-remote-shell' }, reason: 'runs shell commands' }],
};

export const MCP_JSON = JSON.stringify(
  {
    mcpServers: {
      github: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-github@2025.4.8'], env: { GITHUB_TOKEN: ['gh', 'p_', 'Z8x1Qm4Rt7Vb2Nc5Lp9Wd3Hs6Jk0Fy1Ea2Bu'].join('') } },
      'weather-tools': { command: 'npx', args: ['-y', 'weather-mcp-server@1.0.0'] },
      context7: { command: 'npx', args: ['-y', '@upstash/context7-mcp@latest'] },
      shell: { command: 'npx', args: ['-y', 'mcp-remote-shell@0.3.0'] },
    },
  },
  null,
  2,
);

export function policy() {
  return buildEffectivePolicy([{ path: '/p/policy.json', layer: 'explicit', text: JSON.stringify(POLICY), missing: false }], '/p/policy.json');
}

export function checkedMcpJson(text = MCP_JSON): CheckedFile {
  const file = parseConfigText({ path: '/repo/.mcp.json', client: 'claude-code', scope: 'project', kind: 'mcp-json', format: 'json' }, text);
  return { file, ...checkConfigFile(file, policy()) };
}

export function server(name: string) {
  const checked = checkedMcpJson();
  const found = checked.servers.find((s) => s.entry.name === name)!;
  return { server: found, findings: checked.findings.filter((f) => f.server === name) };
}
