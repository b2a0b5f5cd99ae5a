// Reads the whole hook input from stdin, with a size cap and a deadline: a client that never
// closes the pipe, or sends more than any real payload, gets a block rather than a hang.

export type StdinResult = { ok: true; text: string } | { ok: false; reason: string };

export function readStdin(maxBytes: number, timeoutMs: number): Promise<StdinResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (result: StdinResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      process.stdin.removeAllListeners('data');
      process.stdin.pause();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ ok: false, reason: `the hook input did not arrive within ${Math.round(timeoutMs / 1000)} s (${size} bytes received)` }), timeoutMs);
    process.stdin.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) finish({ ok: false, reason: `the hook input is larger than ${Math.round(maxBytes / 1024 / 1024)} MB` });
      else chunks.push(chunk);
    });
    process.stdin.on('end', () => finish({ ok: true, text: Buffer.concat(chunks).toString('utf8') }));
    process.stdin.on('error', (error) => finish({ ok: false, reason: `cannot read the hook input: ${error.message}` }));
  });
}
