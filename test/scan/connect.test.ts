// Real MCP servers built with the SDK (test/fixtures/mcp-servers): stdio, Streamable HTTP and SSE on
// 127.0.0.1, pagination, a server that never answers, and one that leaves a child process behind.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import type { ServerEntry } from '../../core/model';
import { allPages, connectAndList, ConnectError } from '../../core/scan/connect';
import { descendantsOf, isAlive } from '../../core/scan/kill-tree';
import { scanListing } from '../../core/scan/scan-listing';

const SERVER = path.resolve(__dirname, '../fixtures/mcp-servers/server.mjs');
const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 }, offset: 0, length: 0 };
const context = { env: process.env, project: process.cwd(), home: process.cwd(), timeoutMs: 15_000 };
const started: ChildProcess[] = [];
after(() => started.forEach((child) => child.kill('SIGKILL')));

function stdioEntry(...args: string[]): ServerEntry {
  return { client: 'claude-code', scope: 'user', file: '/f', name: 'fixture', nameRange: range, range, transport: 'stdio', command: process.execPath, args: [SERVER, ...args], valueRanges: {}, problems: [], variableSyntax: 'claude' };
}

function urlEntry(url: string, transport: ServerEntry['transport']): ServerEntry {
  return { ...stdioEntry(), command: undefined, args: undefined, transport, url };
}

async function listen(...args: string[]): Promise<string> {
  const child = spawn(process.execPath, [SERVER, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  started.push(child);
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /listening (\d+)/.exec(chunk.toString());
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`fixture exited with ${code}`)));
  });
  return `http://127.0.0.1:${port}`;
}

test('stdio: a clean server — tools, instructions, server info; nothing flagged', async () => {
  const listing = await connectAndList(stdioEntry('--kind', 'clean'), context);
  assert.deepEqual(listing.tools.map((tool) => tool.name), ['add', 'get_weather', 'read_file']);
  assert.equal(listing.serverInfo?.name, 'fixture-clean');
  assert.ok(listing.instructions);
  assert.ok(scanListing(listing).every((result) => result.verdict === 'clean'));
});

test('stdio: a poisoned server listed over several pages is flagged tool by tool', async () => {
  const listing = await connectAndList(stdioEntry('--kind', 'poisoned', '--page-size', '2'), context);
  assert.equal(listing.tools.length, 5);
  const verdicts = Object.fromEntries(scanListing(listing).map((result) => [result.id, result.verdict]));
  assert.deepEqual(verdicts, { add: 'malicious', translate: 'malicious', format_date: 'malicious', currency: 'malicious', get_time: 'clean', instructions: 'malicious' });
});

test('Streamable HTTP on 127.0.0.1', async () => {
  const base = await listen('--kind', 'poisoned', '--http');
  const listing = await connectAndList(urlEntry(`${base}/mcp`, 'http'), context);
  assert.equal(listing.tools.length, 5);
});

test('SSE on 127.0.0.1', async () => {
  const base = await listen('--kind', 'clean', '--sse');
  const listing = await connectAndList(urlEntry(`${base}/sse`, 'sse'), context);
  assert.deepEqual(listing.tools.map((tool) => tool.name), ['add', 'get_weather', 'read_file']);
});

test('a server that never answers times out and is shut down', async () => {
  const entry = stdioEntry('--kind', 'hang');
  await assert.rejects(connectAndList(entry, { ...context, timeoutMs: 1500 }), (error: unknown) => error instanceof ConnectError && /no answer within/.test((error as Error).message));
  assert.equal(descendantsOf(process.pid).filter((pid) => commandOf(pid).includes('--kind hang')).length, 0);
});

test('processes the server started are ended with it', async () => {
  const pidFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mcp-child-')), 'pid');
  const entry = { ...stdioEntry('--kind', 'clean', '--spawn-child'), env: { CHILD_PID_FILE: pidFile } };
  await connectAndList(entry, context);
  const child = Number(fs.readFileSync(pidFile, 'utf8'));
  assert.ok(child > 0);
  assert.equal(isAlive(child), false);
});

test('a server that cannot start fails with one line, no stack', async () => {
  const entry = { ...stdioEntry(), command: '/nonexistent/server-binary', args: [] };
  await assert.rejects(connectAndList(entry, { ...context, timeoutMs: 5000 }), (error: unknown) => error instanceof ConnectError && !String((error as Error).message).includes('\n'));
});

test('pagination stops on a repeated cursor', async () => {
  await assert.rejects(allPages(async () => ({ items: [1], nextCursor: 'same' }), (page) => page.items), /repeated the page cursor/);
});

function commandOf(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}
