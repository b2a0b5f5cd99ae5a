import assert from 'node:assert/strict';
import { test } from 'node:test';
import { identityKey, identityOf } from '../../core/identity/index';
import { normaliseUrl, urlMatchesPattern, wildcardMatch } from '../../core/identity/url';

const key = (command: string, args: string[] = []) => identityKey(identityOf({ transport: 'stdio', command, args }));
const urlKey = (url: string) => identityKey(identityOf({ transport: 'http', url }));

test('npx flag spellings a person considers the same server are one identity', () => {
  const expected = 'npm:@upstash/context7-mcp@1.0.14';
  for (const [command, args] of [
    ['npx', ['-y', '@upstash/context7-mcp@1.0.14']],
    ['npx', ['--yes', '@upstash/context7-mcp@1.0.14']],
    ['/usr/local/bin/npx', ['@upstash/context7-mcp@1.0.14']],
    ['npx.cmd', ['-y', '@upstash/context7-mcp@1.0.14']],
    ['cmd', ['/c', 'npx', '-y', '@upstash/context7-mcp@1.0.14']],
    ['npm', ['exec', '--yes', '--', '@upstash/context7-mcp@1.0.14']],
    ['pnpm', ['dlx', '@upstash/context7-mcp@1.0.14']],
    ['bunx', ['@upstash/context7-mcp@1.0.14']],
  ] as const) {
    assert.equal(key(command, [...args]), expected, `${command} ${args.join(' ')}`);
  }
});

test('versions: exact pins are pinned; latest, ranges and missing versions are not', () => {
  const pinned = (spec: string) => {
    const id = identityOf({ transport: 'stdio', command: 'npx', args: ['-y', spec] });
    return id.kind === 'package' ? id.pinned : undefined;
  };
  assert.equal(pinned('@scope/pkg@1.2.3'), true);
  assert.equal(pinned('pkg@1.2.3-beta.1'), true);
  assert.equal(pinned('pkg@latest'), false);
  assert.equal(pinned('pkg@^1.2.0'), false);
  assert.equal(pinned('pkg'), false);
  assert.equal(pinned('@scope/pkg'), false);
});

test('arguments after the package stay part of the identity', () => {
  assert.equal(key('npx', ['-y', '@modelcontextprotocol/server-filesystem@2025.8.21', '/home/dev']), 'npm:@modelcontextprotocol/server-filesystem@2025.8.21 ["/home/dev"]');
  assert.notEqual(key('npx', ['-y', 'pkg@1.0.0', '--read-only']), key('npx', ['-y', 'pkg@1.0.0']));
});

test('PyPI runners: uvx, uv tool run and pipx run, with PEP 503 name folding', () => {
  assert.equal(key('uvx', ['mcp-server-git==2025.1.14']), 'pypi:mcp-server-git@2025.1.14');
  assert.equal(key('uv', ['tool', 'run', 'MCP_Server.Git==2025.1.14']), 'pypi:mcp-server-git@2025.1.14');
  assert.equal(key('uvx', ['--from', 'mcp-server-git==2025.1.14', 'mcp-server-git']), 'pypi:mcp-server-git@2025.1.14 ["mcp-server-git"]');
  const id = identityOf({ transport: 'stdio', command: 'pipx', args: ['run', 'mcp-server-time'] });
  assert.equal(id.kind === 'package' && id.pinned, false);
});

test('docker run: image identity with digest pin; flags with values are skipped', () => {
  const digest = `sha256:${'a'.repeat(64)}`;
  const id = identityOf({ transport: 'stdio', command: 'docker', args: ['run', '-i', '--rm', '-e', 'GITHUB_PERSONAL_ACCESS_TOKEN', `ghcr.io/github/github-mcp-server@${digest}`] });
  assert.deepEqual(id, { kind: 'image', runtime: 'docker', name: 'ghcr.io/github/github-mcp-server', digest, pinned: true, args: [], runnerFlags: [], specIndex: 5 });
  const floating = identityOf({ transport: 'stdio', command: 'docker', args: ['run', '-i', 'mcp/fetch:latest'] });
  assert.equal(floating.kind === 'image' && floating.pinned, false);
  assert.equal(key('docker', ['run', 'docker.io/library/mcp-x:1']), key('podman', ['run', 'mcp-x:1']).replace('podman', 'docker'));
});

test('plain commands keep their exact path and arguments', () => {
  assert.equal(key('/opt/acme/bin/acme-mcp', ['--stdio']), 'command:["/opt/acme/bin/acme-mcp","--stdio"]');
  assert.notEqual(key('python', ['server.py']), key('python3', ['server.py']));
});

test('URL identity: host case, default port and trailing slash fold; path case does not', () => {
  assert.equal(urlKey('HTTPS://API.GitHubCopilot.com:443/mcp/'), 'url:https://api.githubcopilot.com/mcp');
  assert.equal(urlKey('https://api.githubcopilot.com/mcp'), 'url:https://api.githubcopilot.com/mcp');
  assert.notEqual(urlKey('https://example.com/MCP'), urlKey('https://example.com/mcp'));
  assert.equal(urlKey('http://localhost:8080/mcp'), 'url:http://localhost:8080/mcp');
  assert.equal(identityOf({ transport: 'http', url: 'not a url' }).kind, 'unknown');
});

test("URL patterns follow Claude Code's serverUrl semantics", () => {
  const url = (u: string) => normaliseUrl(u)!;
  assert.equal(urlMatchesPattern(url('https://api.githubcopilot.com/mcp/x'), 'https://api.githubcopilot.com/*'), true);
  assert.equal(urlMatchesPattern(url('https://API.githubcopilot.com/mcp'), 'https://api.githubcopilot.com/mcp/'), true);
  assert.equal(urlMatchesPattern(url('https://a.internal.acme.example/mcp'), 'https://*.internal.acme.example/*'), true);
  assert.equal(urlMatchesPattern(url('https://evil.example/internal.acme.example/'), 'https://*.internal.acme.example/*'), false);
  assert.equal(urlMatchesPattern(url('https://mcp.sentry.dev/anything'), 'https://mcp.sentry.dev'), true, 'no path in the pattern: any path');
  assert.equal(urlMatchesPattern(url('http://mcp.sentry.dev/mcp'), 'https://mcp.sentry.dev/mcp'), false);
});

test('wildcardMatch has no super-linear blow-up on adversarial patterns (counts, not time)', () => {
  assert.equal(wildcardMatch('a'.repeat(5000) + 'b', '*a*a*a*a*a*c'), false);
  assert.equal(wildcardMatch('abc', 'a*c'), true);
});

test('runner options that change what runs stay in the identity; harmless ones fold away', () => {
  assert.equal(key('npx', ['--registry', 'https://evil.example', '-y', 'pkg@1.0.0']), 'npm:pkg@1.0.0 runner["--registry","https://evil.example"]');
  assert.equal(key('uvx', ['--with', 'evil-extra', 'mcp-server-git==1.0']), 'pypi:mcp-server-git@1.0 runner["--with","evil-extra"]');
  assert.equal(key('docker', ['run', '-i', '--rm', '-e', 'TOKEN', '--privileged', '-v', '/:/host', 'mcp/x:1']), 'oci:mcp/x:1 runner["--privileged","-v","/:/host"]');
  assert.equal(key('docker', ['run', '-i', '--rm', '-e', 'TOKEN', 'mcp/x:1']), 'oci:mcp/x:1');
  assert.match(key('npx', ['-p', 'evil@1.0.0', '-p', 'good@1.0.0', 'bin']), /^command:/, 'two packages: no single package identity');
  assert.match(key('npx', ['--unknown-flag', 'pkg@1.0.0']), /^command:/, 'unknown option: stays a plain command');
});

test('a v-prefixed version is the same pin', () => {
  assert.equal(key('npx', ['-y', 'pkg@v1.0.14']), key('npx', ['-y', 'pkg@1.0.14']));
});
