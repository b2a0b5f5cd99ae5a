// Connects to one configured server with the MCP SDK (stdio, Streamable HTTP, SSE), reads its tools
// (every page), prompts, resources and instructions, and always shuts down what it started — on
// success, failure and timeout — including the processes the server spawned itself.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { redactText } from '../secrets';
import type { ServerEntry } from '../model';
import { descendantsOf, terminate } from './kill-tree';
import { launchArgs, launchEnvironment, launchHeaders, launchUrl, type LaunchContext } from './launch-env';
import type { ServerListing } from './lockfile';
import type { ToolDefinition } from './types';

export interface ConnectOptions extends LaunchContext {
  /** Whole budget for connecting and listing, in milliseconds. */
  timeoutMs: number;
  clientVersion?: string;
}

export class ConnectError extends Error {}

const MAX_PAGES = 100;
const STDERR_TAIL = 2000;
const CLOSE_WAIT_MS = 1000;

export async function connectAndList(entry: ServerEntry, options: ConnectOptions): Promise<ServerListing> {
  const session = openSession(entry, options);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ConnectError(`no answer within ${Math.round(options.timeoutMs / 1000)} s`)), options.timeoutMs);
  });
  try {
    return await Promise.race([session.list(), deadline]);
  } catch (error) {
    throw new ConnectError(describeFailure(error, session.stderrTail()));
  } finally {
    clearTimeout(timer);
    await session.close();
  }
}

interface Session {
  list(): Promise<ServerListing>;
  close(): Promise<void>;
  stderrTail(): string;
}

function openSession(entry: ServerEntry, options: ConnectOptions): Session {
  const client = new Client({ name: 'mcp-warden', version: options.clientVersion ?? '0.0.0' }, { capabilities: {} });
  const requestTimeout = { timeout: options.timeoutMs };
  let transport: Transport | undefined;
  let stderr = '';
  let spawned: number | undefined;
  return {
    async list() {
      transport = await connect(client, entry, options, (chunk) => {
        stderr = (stderr + chunk).slice(-STDERR_TAIL);
      });
      spawned = (transport as StdioClientTransport).pid ?? undefined;
      return readListing(client, requestTimeout);
    },
    async close() {
      const tree = spawned !== undefined ? [spawned, ...descendantsOf(spawned)] : [];
      // The SDK closes stdin and waits for the server to exit; one that lingers is ended with its children.
      await Promise.race([client.close().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, CLOSE_WAIT_MS).unref())]);
      if (tree.length > 0) await terminate(tree);
    },
    stderrTail: () => stderr,
  };
}

async function connect(client: Client, entry: ServerEntry, options: ConnectOptions, onStderr: (chunk: string) => void): Promise<Transport> {
  if (entry.command !== undefined) {
    const transport = new StdioClientTransport({ command: entry.command, args: launchArgs(entry, options), env: launchEnvironment(entry, options), cwd: entry.projectDir ?? options.project, stderr: 'pipe' });
    transport.stderr?.on('data', (chunk: Buffer) => onStderr(chunk.toString('utf8')));
    await client.connect(transport, { timeout: options.timeoutMs });
    return transport;
  }
  if (!entry.url) throw new ConnectError('the entry has neither a command nor a URL');
  const url = new URL(launchUrl(entry, options));
  const requestInit = { headers: launchHeaders(entry, options) };
  if (entry.transport === 'sse') return connectWith(client, new SSEClientTransport(url, { requestInit }), options);
  if (entry.transport === 'ws') throw new ConnectError('WebSocket servers are not supported by the scanner');
  try {
    return await connectWith(client, new StreamableHTTPClientTransport(url, { requestInit }), options);
  } catch (error) {
    // Servers that predate Streamable HTTP answer the POST with 4xx; the spec's fallback is SSE.
    if (entry.transport === 'http' && !isClientError(error)) throw error;
    return connectWith(client, new SSEClientTransport(url, { requestInit }), options);
  }
}

async function connectWith(client: Client, transport: Transport, options: ConnectOptions): Promise<Transport> {
  await client.connect(transport, { timeout: options.timeoutMs });
  return transport;
}

function isClientError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'number' && code >= 400 && code < 500;
}

async function readListing(client: Client, requestOptions: { timeout: number }): Promise<ServerListing> {
  const capabilities = client.getServerCapabilities() ?? {};
  const tools = capabilities.tools ? await allPages((cursor) => client.listTools(cursor ? { cursor } : undefined, requestOptions), (page) => page.tools as ToolDefinition[]) : [];
  const prompts = capabilities.prompts ? await allPages((cursor) => client.listPrompts(cursor ? { cursor } : undefined, requestOptions), (page) => page.prompts) : undefined;
  const resources = capabilities.resources ? await allPages((cursor) => client.listResources(cursor ? { cursor } : undefined, requestOptions), (page) => page.resources) : undefined;
  const instructions = client.getInstructions();
  const info = client.getServerVersion();
  return {
    tools,
    ...(instructions !== undefined ? { instructions } : {}),
    ...(prompts ? { prompts } : {}),
    ...(resources ? { resources } : {}),
    ...(info ? { serverInfo: { name: info.name, version: info.version } } : {}),
  };
}

/** Follows nextCursor to the end; a server that repeats a cursor or never stops is cut off. */
export async function allPages<P extends { nextCursor?: string }, T>(fetchPage: (cursor?: string) => Promise<P>, items: (page: P) => T[]): Promise<T[]> {
  const collected: T[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await fetchPage(cursor);
    collected.push(...items(result));
    cursor = result.nextCursor;
    if (!cursor) return collected;
    if (seen.has(cursor)) throw new ConnectError(`the server repeated the page cursor "${cursor.slice(0, 40)}"`);
    seen.add(cursor);
  }
  throw new ConnectError(`the tool list did not end after ${MAX_PAGES} pages`);
}

/** One line, secrets removed: a server's stderr may echo its own token. */
function describeFailure(error: unknown, stderr: string): string {
  const message = (error as Error)?.message ?? String(error);
  const lastLine = stderr.trim().split('\n').pop()?.trim();
  const detail = lastLine ? ` (server stderr: ${lastLine.slice(0, 300)})` : '';
  return redactText(`${message}${detail}`).replace(/\s+/g, ' ');
}
