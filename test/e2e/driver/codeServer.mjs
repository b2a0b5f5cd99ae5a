// Starts and stops code-server (VS Code 1.100.3 server + workbench) from the e2e cache.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const HOST = '127.0.0.1';

function entryOf(cacheDir) {
  return join(cacheDir, 'node_modules/code-server/out/node/entry.js');
}

function dataArgs(root) {
  return ['--user-data-dir', join(root, 'user-data'), '--extensions-dir', join(root, 'extensions'), '--config', join(root, 'code-server.yaml')];
}

/** Installs a packaged .vsix the way a user would, offline. */
export function installExtension(cacheDir, root, vsixPath) {
  const result = spawnSync(process.execPath, [entryOf(cacheDir), ...dataArgs(root), '--install-extension', vsixPath], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`code-server --install-extension failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout.trim();
}

/** Resolves with the running server once it listens; its output goes to `log`. */
export function startCodeServer({ cacheDir, root, port, env, log }) {
  const args = [entryOf(cacheDir), '--bind-addr', `${HOST}:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--ignore-last-opened', ...dataArgs(root), ...(process.env.MCP_WARDEN_E2E_VERBOSE === '1' ? ['--log', 'debug'] : [])];
  const server = spawn(process.execPath, args, { env: { ...withoutRelocations(process.env), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('code-server did not start within 60 s')), 60_000);
    const onData = (chunk) => {
      const text = chunk.toString();
      log(text);
      if (/HTTP server listening/.test(text)) {
        clearTimeout(timer);
        resolve(server);
      }
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('exit', (code) => reject(new Error(`code-server exited early with ${code}`)));
  });
}

// These move client config and state locations away from the home directory; the fixture home must win.
const RELOCATING_VARIABLES = ['CLAUDE_CONFIG_DIR', 'CODEX_HOME', 'XDG_CONFIG_HOME', 'XDG_STATE_HOME', 'MCP_WARDEN_STATE_DIR', 'MCP_WARDEN_POLICY', 'MCP_WARDEN_HOME'];

function withoutRelocations(env) {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !RELOCATING_VARIABLES.includes(name)));
}

export function stopCodeServer(server) {
  if (server && server.exitCode === null) server.kill('SIGTERM');
}
