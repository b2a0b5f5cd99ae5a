// Runs the bundled CLI (dist/cli.js + dist/commands/scan.js, shipped in the .vsix) as a child
// process: the MCP SDK stays out of the extension bundle, and a server that misbehaves cannot take
// the extension host down. The editor's own runtime runs it: in VS Code and Cursor that is Electron,
// which runs as plain Node.js with ELECTRON_RUN_AS_NODE=1 (the flag is removed again before the
// CLI starts anything, so the scanned servers never inherit it).
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  cancelled: boolean;
}

export interface CliOptions {
  cli: string;
  args: readonly string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Resolves when the run should stop (the user cancelled). */
  cancelled?: Promise<void>;
}

// `node -e CODE cli.js scan …` sees argv [node, cli.js, 'scan', …]; required (not run as the main
// module), the CLI does not start by itself, so the launcher calls its exported main().
const LAUNCHER = [
  'delete process.env.ELECTRON_RUN_AS_NODE;',
  'require(process.argv[1]).main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), isTty: false })',
  '.then((code) => { process.exitCode = code; }, (error) => { process.stderr.write(String(error && error.message) + "\\n"); process.exitCode = 2; });',
].join(' ');

export function runCli(options: CliOptions): Promise<CliRun> {
  if (!fs.existsSync(options.cli)) return Promise.resolve({ code: null, stdout: '', stderr: `the bundled scanner is missing (${options.cli}); reinstall MCP Warden`, cancelled: false });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', LAUNCHER, options.cli, ...options.args], {
      cwd: options.cwd,
      env: { ...(options.env ?? process.env), ELECTRON_RUN_AS_NODE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
      // Its own process group, so cancelling ends the servers it started as well.
      detached: process.platform !== 'win32',
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let cancelled = false;
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    void options.cancelled?.then(() => {
      if (child.exitCode !== null || child.pid === undefined) return;
      cancelled = true;
      killTree(child.pid);
    });
    child.on('error', (error) => resolve({ code: null, stdout: '', stderr: error.message, cancelled }));
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), cancelled }));
  });
}

function killTree(pid: number): void {
  try {
    if (process.platform === 'win32') spawnSync('taskkill', ['/pid', String(pid), '/T', '/F'], { windowsHide: true });
    else process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
