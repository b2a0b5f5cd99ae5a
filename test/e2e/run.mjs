// Real-editor tests: builds and packages MCP Warden, installs the .vsix into code-server, opens a
// workspace and a fixture home in headless Chromium, and runs the mocha suite in the extension host.
// Ends with "N passed, M failed"; exits 1 on any failure. Invoked as `node --import tsx test/e2e/run.mjs`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runWorkbench } from './driver/browser.mjs';
import { HOST, installExtension, startCodeServer, stopCodeServer } from './driver/codeServer.mjs';
import { buildSuite, prepareRoot } from './driver/fixtures.mjs';

const repo = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const artifacts = join(repo, 'test-results/e2e');
const port = Number(process.env.MCP_WARDEN_E2E_PORT ?? 8123);
const verbose = process.env.MCP_WARDEN_E2E_VERBOSE === '1';
const RESULT_LINE = /MCPW_RESULT (\d+) (\d+)/;

function step(title, command, args) {
  console.error(`e2e: ${title}`);
  const result = spawnSync(command, args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) throw new Error(`${title} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout.trim();
}

async function main() {
  const vsix = join(repo, 'dist/mcp-warden.vsix');
  // MCP_WARDEN_E2E_REUSE_VSIX=1 skips the rebuild while iterating on the suite alone.
  if (process.env.MCP_WARDEN_E2E_REUSE_VSIX !== '1' || !existsSync(vsix)) step('build and package the .vsix', 'npm', ['run', 'package']);
  const cacheDir = step('set up code-server', join(repo, 'scripts/e2e-setup.sh'), []).split('\n').pop();
  const root = prepareRoot(repo);
  await buildSuite(repo, root.hostExtension);
  console.error(`e2e: ${installExtension(cacheDir, root.dir, vsix).split('\n').pop()}`);
  rmSync(artifacts, { recursive: true, force: true });
  mkdirSync(artifacts, { recursive: true });

  const counts = { passed: 0, failed: 0, reported: false };
  const print = (text) => {
    const result = RESULT_LINE.exec(text);
    if (result) Object.assign(counts, { passed: Number(result[1]), failed: Number(result[2]), reported: true });
    else console.log(text);
  };
  const env = { MCP_WARDEN_E2E_ROOT: root.dir, MCP_WARDEN_E2E_SCREENSHOTS: artifacts, MCP_WARDEN_E2E_FIXTURES: join(repo, 'test/e2e/fixtures') };
  const server = await startCodeServer({ cacheDir, root: root.dir, port, env, log: (text) => verbose && process.stderr.write(`[code-server] ${text}`) });
  let code;
  try {
    code = await runWorkbench({ host: HOST, port, workspace: root.workspace, hostExtension: root.hostExtension, screenshotDir: artifacts, timeoutMs: 300_000, print });
  } finally {
    stopCodeServer(server);
  }
  // The README's screenshot is refreshed on request, so a test run leaves tracked files alone.
  if (process.env.MCP_WARDEN_E2E_UPDATE_DOCS === '1' || !existsSync(join(repo, 'docs/images/hover.png'))) publishScreenshot(join(artifacts, 'hover.png'), join(repo, 'docs/images/hover.png'));
  if (!counts.reported) counts.failed += 1;
  if (code === 'timeout') console.log('the workbench did not finish the suite within 300 s');
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  if (!process.env.MCP_WARDEN_E2E_KEEP) rmSync(root.dir, { recursive: true, force: true });
  return code === 0 && counts.failed === 0 ? 0 : 1;
}

function publishScreenshot(from, to) {
  if (!existsSync(from)) return;
  mkdirSync(join(to, '..'), { recursive: true });
  copyFileSync(from, to);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.log(String(error?.stack ?? error));
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
