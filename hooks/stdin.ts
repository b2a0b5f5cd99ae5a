// Reads the whole hook input from stdin, with a size cap and a deadline: a client that never
// closes the pipe, or sends more than any real payload, gets a block rather than a hang (a
// hook the client times out lets the call through).
// On Linux a pipe is reopened non-blocking through /proc/self/fd/0 and read synchronously: it
// costs far less start-up time than process.stdin, which remains the way for sockets (Node-based
// clients spawn hooks with socket pairs) and other systems. A thread-pool fs.read is never used:
// a read blocked in the pool keeps the process from exiting, deadline or not.
import { closeSync, constants, openSync, readSync } from 'node:fs';

export type StdinResult = { ok: true; text: string } | { ok: false; reason: string };

const CHUNK_BYTES = 256 * 1024;

export async function readStdin(maxBytes: number, timeoutMs: number): Promise<StdinResult> {
  return readStdinSync(maxBytes, timeoutMs) ?? readStdinAsync(maxBytes, timeoutMs);
}

class Collected {
  chunks: Buffer[] = [];
  size = 0;
  constructor(readonly maxBytes: number, readonly timeoutMs: number) {}
  /** `buffer` is copied when it is a reused read buffer (`bytes` given). */
  add(buffer: Buffer, bytes: number, copy = false): StdinResult | undefined {
    this.size += bytes;
    if (this.size > this.maxBytes) return { ok: false, reason: `the hook input is larger than ${Math.round(this.maxBytes / 1024 / 1024)} MB` };
    this.chunks.push(copy ? Buffer.from(buffer.subarray(0, bytes)) : buffer);
    return undefined;
  }
  done(): StdinResult {
    return { ok: true, text: Buffer.concat(this.chunks).toString('utf8') };
  }
  late(): StdinResult {
    return { ok: false, reason: `the hook input did not arrive within ${Math.round(this.timeoutMs / 1000)} s (${this.size} bytes received)` };
  }
}

function readStdinSync(maxBytes: number, timeoutMs: number): StdinResult | undefined {
  if (process.platform !== 'linux') return undefined;
  let fd: number;
  try {
    fd = openSync('/proc/self/fd/0', constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    return pollSync(fd, new Collected(maxBytes, timeoutMs));
  } finally {
    closeSync(fd);
  }
}

function pollSync(fd: number, collected: Collected): StdinResult {
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  const deadline = Date.now() + collected.timeoutMs;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    let bytes: number;
    try {
      bytes = readSync(fd, buffer, 0, CHUNK_BYTES, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') return { ok: false, reason: `cannot read the hook input (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
      if (Date.now() > deadline) return collected.late();
      Atomics.wait(pause, 0, 0, 2);
      continue;
    }
    if (bytes === 0) return collected.done();
    const tooLarge = collected.add(buffer, bytes, true);
    if (tooLarge) return tooLarge;
  }
}

/** process.stdin polls the descriptor: unlike a thread-pool read, it never keeps the process from exiting. */
function readStdinAsync(maxBytes: number, timeoutMs: number): Promise<StdinResult> {
  return new Promise((resolve) => {
    const collected = new Collected(maxBytes, timeoutMs);
    let finished = false;
    const finish = (result: StdinResult) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      process.stdin.pause();
      resolve(result);
    };
    const timer = setTimeout(() => finish(collected.late()), timeoutMs);
    process.stdin.on('data', (chunk: Buffer) => {
      const tooLarge = collected.add(chunk, chunk.length);
      if (tooLarge) finish(tooLarge);
    });
    process.stdin.on('end', () => finish(collected.done()));
    process.stdin.on('error', (error: NodeJS.ErrnoException) => finish({ ok: false, reason: `cannot read the hook input (${error.code ?? error.message})` }));
  });
}
