// The hook proper (dist/hook-core.js, loaded by dist/hook.js): stdin JSON in, a decision out,
// one audit record per event.
// Every failure inside the hook — bad input, no usable policy, an exception, a deadline —
// ends in a deliberate block with a one-line reason, never in a crash that lets a call through.
import { writeSync } from 'node:fs';
import type { HookClient } from '../core/audit/event';
import { internalFailure, type Decision } from '../core/hooks/decide';
import { unusableInputOutput, type HookOutput } from '../core/hooks/output';
import { parsePayload, type ToolCall } from '../core/hooks/payload';
import { redactText } from '../core/secrets/index';
import { auditTarget, writeEvents } from './audit-log';
import { decisionEvent } from './events';
import { handlePostToolUse } from './post';
import { handlePreToolUse } from './pre';
import { hookRuntime, type HookRuntime } from './runtime';
import { readStdin } from './stdin';

const MAX_INPUT_BYTES = 32 * 1024 * 1024;
const DEFAULT_STDIN_MS = 10_000;
const DEFAULT_DEADLINE_MS = 25_000;

const client = clientFromArgs(process.argv.slice(2));
let answered = false;

/** Synchronous writes (no stream set-up, nothing left to flush), then exit whatever is still pending. */
function answer(output: HookOutput): void {
  if (answered) return;
  answered = true;
  writeAll(1, output.stdout);
  writeAll(2, output.stderr);
  process.exit(output.exitCode);
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') return;
    }
  }
}

function failClosed(reason: string, rule: string, rt?: HookRuntime, call?: ToolCall): void {
  const decision: Decision = internalFailure(redactText(reason), rule);
  if (rt) tryRecord(rt, call, decision);
  answer(unusableInputOutput(call?.client ?? client, decision));
}

function tryRecord(rt: HookRuntime, call: ToolCall | undefined, decision: Decision): void {
  try {
    const projectDirs = [call?.projectDir, call?.cwd].filter((d): d is string => Boolean(d));
    writeEvents(auditTarget(rt, undefined, projectDirs), [decisionEvent({ rt, ...(client ? { client } : {}), ...(call ? { call } : {}) }, decision)]);
  } catch {
    // The block stands; there is nothing more to try.
  }
}

async function run(): Promise<void> {
  const env = process.env;
  const deadline = numberFrom(env.MCP_WARDEN_HOOK_DEADLINE_MS, DEFAULT_DEADLINE_MS);
  setTimeout(() => failClosed(`the hook did not finish within ${Math.round(deadline / 1000)} s`, 'internal-error'), deadline).unref();
  const input = await readStdin(MAX_INPUT_BYTES, numberFrom(env.MCP_WARDEN_STDIN_TIMEOUT_MS, DEFAULT_STDIN_MS));
  const rt = hookRuntime(env);
  if (!input.ok) return failClosed(input.reason, 'invalid-input', rt);
  const parsed = parsePayload(input.text, { env });
  if (parsed.kind === 'ignore') return answer({ exitCode: 0, stdout: '', stderr: '' });
  if (parsed.kind === 'invalid') return failClosed(parsed.reason, 'invalid-input', rt);
  const call = parsed.call;
  try {
    answer(call.phase === 'pre' ? handlePreToolUse(rt, call) : handlePostToolUse(rt, call));
  } catch (error) {
    failClosed(`internal error: ${(error as Error)?.message ?? String(error)}`, 'internal-error', rt, call);
  }
}

function clientFromArgs(args: string[]): HookClient | undefined {
  const value = args.find((a) => a.startsWith('--mcp-warden-client='))?.slice('--mcp-warden-client='.length);
  return value === 'cursor' || value === 'claude-code' ? value : undefined;
}

function numberFrom(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

process.on('uncaughtException', (error) => failClosed(`internal error: ${error.message}`, 'internal-error'));
process.on('unhandledRejection', (error) => failClosed(`internal error: ${(error as Error)?.message ?? String(error)}`, 'internal-error'));
void run();
