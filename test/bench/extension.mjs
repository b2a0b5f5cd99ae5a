// Extension benchmarks (DESIGN.md bars): diagnostics for a 200-server file within 30 ms of the
// debounced change; dist/extension.js ≤ 400 KB; the .vsix ≤ 1 MB; plus activation time (no bar).
// Usage: node test/bench/extension.mjs   (after `npm run build`; packages the .vsix itself)
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bar, median } from './measure.mjs';

const root = new URL('../..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'mcp-warden-bench-extension-'));

function policyText() {
  const servers = Array.from({ length: 200 }, (_, i) => ({
    id: `server-${i}`,
    match: i % 2 ? { package: `@acme/server-${i}`, version: '1.2.3' } : { url: `https://mcp${i}.example.com/mcp` },
    aliases: [`s${i}`],
    scope: { credential: 'oauth', scopes: ['read'], maxLifetime: 'P30D', revocation: 'https://id.acme.example', readOnly: true },
    owner: 'security@acme.example',
    reviewed: '2026-10-01',
  }));
  return JSON.stringify({ version: '1', organization: 'Acme', mode: 'enforce', servers });
}

/** 200 servers: approved, unapproved, unpinned, impersonating, and some with plaintext credentials. */
function configText() {
  const entry = (i) => {
    if (i % 5 === 0) return { type: 'http', url: `https://mcp${i}.example.com/mcp` };
    if (i % 5 === 1) return { command: 'npx', args: ['-y', `@acme/server-${i}@1.2.3`], env: { API_KEY: '${API_KEY}' } };
    if (i % 5 === 2) return { command: 'npx', args: ['-y', `@acme/server-${i + 1}@latest`] };
    if (i % 5 === 3) return { command: 'npx', args: ['-y', `unknown-mcp-${i}@0.1.0`], env: { GITHUB_TOKEN: `ghp_${String(i).padStart(4, '0')}Z8x1Qm4Rt7Vb2Nc5Lp9Wd3Hs6Jk0F` } };
    return { command: '/usr/local/bin/tool', args: ['--stdio', `--id=${i}`] };
  };
  const names = (i) => (i % 5 === 4 ? `s${i - 1}` : `server-${i}`);
  return JSON.stringify({ mcpServers: Object.fromEntries(Array.from({ length: 200 }, (_, i) => [names(i), entry(i)])) }, null, 2);
}

async function benchDiagnostics() {
  const outfile = join(dir, 'pipeline.cjs');
  // Same options as esbuild.mjs gives the extension bundle.
  await build({ entryPoints: [join(root, 'test/bench/extension-pipeline.ts')], outfile, bundle: true, mainFields: ['module', 'main'], platform: 'node', format: 'cjs', target: 'node20', minify: true, define: { MCP_WARDEN_VERSION: '"bench"' }, logLevel: 'warning' });
  const { diagnosticsFor, policyFrom } = require(outfile);
  const policy = policyFrom(policyText());
  const text = configText();
  const count = diagnosticsFor(text, policy).length;
  const times = [];
  for (let i = 0; i < 60; i++) {
    // A one-character edit each round, as typing produces.
    const edited = text.replace('"mcpServers"', i % 2 ? '"mcpServers" ' : '"mcpServers"');
    const start = performance.now();
    diagnosticsFor(edited, policy);
    times.push(performance.now() - start);
  }
  console.log(`diagnostics: 200 servers, ${count} findings, median ${median(times).toFixed(2)} ms over ${times.length} checks`);
  return bar('diagnostics after debounce (200-server file)', median(times), 30, ' ms');
}

async function benchActivation() {
  const folder = join(dir, 'workspace');
  const home = join(dir, 'home');
  mkdirSync(folder, { recursive: true });
  mkdirSync(home, { recursive: true });
  writeFileSync(join(folder, '.mcp.json'), configText());
  writeFileSync(join(dir, 'policy.json'), policyText());
  const { fake } = require('./vscode-fake.cjs');
  const vscode = fake(folder, { policyPath: join(dir, 'policy.json'), homeDirectory: home });
  const Module = require('node:module');
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
  };
  require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode.api };
  const started = performance.now();
  const extension = require(join(root, 'dist/extension.js'));
  const loaded = performance.now();
  const api = extension.activate({ subscriptions: [], extensionUri: vscode.api.Uri.file(root), extensionPath: root });
  const activated = performance.now();
  await api.ready;
  const checked = performance.now();
  Module._resolveFilename = resolve;
  console.log(`activation: load ${(loaded - started).toFixed(1)} ms + activate() ${(activated - loaded).toFixed(1)} ms; first full check ${(checked - activated).toFixed(1)} ms (${vscode.logs.find((l) => l.includes('startup:')) ?? 'no check logged'})`);
  return true;
}

function benchSizes() {
  const bundle = statSync(join(root, 'dist/extension.js')).size / 1024;
  const packaged = spawnSync('npm', ['run', 'package'], { cwd: root, encoding: 'utf8' });
  if (packaged.status !== 0) throw new Error(`npm run package failed:\n${packaged.stdout}\n${packaged.stderr}`);
  const vsix = statSync(join(root, 'dist/mcp-warden.vsix')).size / 1024;
  return [bar('dist/extension.js size', bundle, 400, ' KB'), bar('.vsix size', vsix, 1024, ' KB')];
}

try {
  const results = [await benchDiagnostics(), await benchActivation(), ...benchSizes()];
  process.exitCode = results.every(Boolean) ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
