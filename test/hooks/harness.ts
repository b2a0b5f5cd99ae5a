// A throwaway machine for black-box hook tests: a home with Claude Code and Cursor configs, a
// project, a policy, an audit directory; and a way to run the built hook (dist/hook.js) on it.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AuditEvent } from '../../core/audit/event';

export const ROOT = join(__dirname, '..', '..');
export const HOOK = join(ROOT, 'dist', 'hook.js');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'hook-payloads');

export interface Sandbox {
  root: string;
  home: string;
  project: string;
  auditDir: string;
  policyFile: string;
  env: NodeJS.ProcessEnv;
  cleanup(): void;
}

export function makeSandbox(options: { policy?: string | null } = {}): Sandbox {
  if (!existsSync(HOOK)) throw new Error('dist/hook.js is missing: run npm run build first');
  const root = mkdtempSync(join(tmpdir(), 'mcp-warden-hook-'));
  const home = join(root, 'home');
  const project = join(root, 'work', 'app');
  const auditDir = join(root, 'audit');
  const policyFile = join(root, 'policy.json');
  mkdirSync(project, { recursive: true });
  writeConfigs(home, project);
  if (options.policy !== null) writeFileSync(policyFile, options.policy ?? readFileSync(join(FIXTURES, 'policy.json'), 'utf8'));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    XDG_STATE_HOME: join(root, 'state'),
    XDG_CONFIG_HOME: join(home, '.config'),
    MCP_WARDEN_AUDIT_DIR: auditDir,
    ...(options.policy !== null ? { MCP_WARDEN_POLICY: policyFile } : {}),
  };
  return { root, home, project, auditDir, policyFile, env, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

function writeJson(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

function writeConfigs(home: string, project: string): void {
  writeJson(join(home, '.claude.json'), {
    numStartups: 4,
    mcpServers: {
      github: { type: 'http', url: 'https://api.githubcopilot.com/mcp/' },
      context7: { command: 'npx', args: ['-y', '@upstash/context7-mcp@1.0.14'] },
      evil: { command: 'npx', args: ['-y', 'evil-mcp'] },
      shell: { command: 'npx', args: ['-y', 'mcp-remote-shell@1.0.0'] },
    },
    projects: { [project]: { mcpServers: { odd__server: { command: '/opt/acme/odd-mcp' } }, hasTrustDialogAccepted: true } },
  });
  writeJson(join(project, '.mcp.json'), { mcpServers: { gh: { command: 'npx', args: ['-y', 'evil-github-mcp'] } } });
  const plugin = join(home, '.claude', 'plugins', 'cache', 'acme-market', 'acme-tools', '1.0.0');
  writeJson(join(plugin, '.claude-plugin', 'plugin.json'), { name: 'acme-tools', version: '1.0.0' });
  writeJson(join(plugin, '.mcp.json'), { mcpServers: { docs: { command: '/opt/acme/docs-mcp', args: ['--stdio'] } } });
  writeJson(join(home, '.cursor', 'mcp.json'), {
    mcpServers: { context7: { command: 'npx', args: ['-y', '@upstash/context7-mcp@1.0.14'] }, github: { url: 'https://api.githubcopilot.com/mcp/' } },
  });
}

/** A fixture with ${PROJECT}, ${HOME} and any extra placeholders filled in (JSON-escaped). */
export function fixture(name: string, box: Sandbox, vars: Record<string, string> = {}): string {
  const all: Record<string, string> = { PROJECT: box.project, HOME: box.home, ...vars };
  return readFileSync(join(FIXTURES, name), 'utf8').replace(/\$\{([A-Z_]+)\}/g, (m, key: string) => (key in all ? JSON.stringify(all[key]).slice(1, -1) : m));
}

export interface HookRun {
  code: number | null;
  stdout: string;
  stderr: string;
  json?: Record<string, any>;
  ms: number;
}

export interface StdinPlan {
  /** Pieces written one after another, `delayMs` apart. */
  chunks: (string | Buffer)[];
  delayMs: number;
  /** Leave stdin open after the last piece. */
  keepOpen?: boolean;
}

export function runHook(box: Sandbox, input: string | Buffer | StdinPlan, args = ['--mcp-warden-client=claude-code'], extraEnv: NodeJS.ProcessEnv = {}): Promise<HookRun> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [HOOK, ...args], { env: { ...box.env, ...extraEnv }, cwd: box.project, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.stdin.on('error', () => undefined);
    child.on('error', reject);
    child.on('close', (code) => {
      const stdout = Buffer.concat(out).toString('utf8');
      let json: Record<string, any> | undefined;
      try {
        json = stdout.trim() ? JSON.parse(stdout) : undefined;
      } catch {
        json = undefined;
      }
      resolve({ code, stdout, stderr: Buffer.concat(err).toString('utf8'), ms: Date.now() - started, ...(json ? { json } : {}) });
    });
    feed(child.stdin, input);
  });
}

function feed(stdin: NodeJS.WritableStream, input: string | Buffer | StdinPlan): void {
  if (typeof input === 'string' || Buffer.isBuffer(input)) {
    stdin.end(input);
    return;
  }
  let i = 0;
  const next = () => {
    if (i < input.chunks.length) {
      stdin.write(input.chunks[i++]!);
      setTimeout(next, input.delayMs);
    } else if (!input.keepOpen) stdin.end();
  };
  next();
}

export function auditEvents(box: Sandbox): AuditEvent[] {
  if (!existsSync(box.auditDir)) return [];
  return readdirSync(box.auditDir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readFileSync(join(box.auditDir, f), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as AuditEvent));
}

export function rawAuditText(box: Sandbox): string {
  if (!existsSync(box.auditDir)) return '';
  return readdirSync(box.auditDir).map((f) => readFileSync(join(box.auditDir, f), 'utf8')).join('');
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Random characters from `alphabet`; tokens are built at run time, never written in source. */
export function randomChars(length: number, alphabet = ALNUM): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/** A GitHub classic token shape: the prefix is assembled so no token-like literal is in this file. */
export function generatedGithubToken(): string {
  return ['gh', 'p_'].join('') + randomChars(36);
}
