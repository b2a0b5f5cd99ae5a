// Every credential format the recognisers know, generated at run time and sent through the
// built hook in arguments, results and error messages: none may appear in the audit log, on
// stdout or on stderr.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CORPUS, seededRandom, type Sample } from '../unit/secrets/corpus';
import { fixture, makeSandbox, rawAuditText, runHook, type HookRun, type Sandbox } from './harness';

let box: Sandbox;
before(() => {
  box = makeSandbox();
});
after(() => box.cleanup());

const SAMPLES_PER_KIND = 3;

function samples(seed: number): Array<{ kind: string; sample: Sample }> {
  const random = seededRandom(seed);
  return CORPUS.flatMap((entry) => Array.from({ length: SAMPLES_PER_KIND }, () => ({ kind: entry.kind, sample: entry.make(random) })));
}

/** The forms a secret could take in a JSONL line. */
function leaks(text: string, secret: string): boolean {
  const escaped = JSON.stringify(secret).slice(1, -1);
  return text.includes(secret) || text.includes(escaped);
}

/** Arguments that carry the sample in the places tools really put credentials. */
function argumentsWith(sample: Sample, i: number): Record<string, unknown> {
  const shapes = [
    { body: `please use ${sample.text} for the deploy` },
    { config: { nested: [{ value: sample.text }] } },
    { command: `curl -H "x-debug: 1" https://example.invalid/api --data '${sample.text.replace(/'/g, '')}'` },
    { payload: JSON.stringify({ setting: sample.text }) },
  ];
  return shapes[i % shapes.length]!;
}

async function inBatches<T>(items: T[], size: number, run: (item: T, index: number) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map((item, j) => run(item, i + j)));
}

test('no credential from the corpus reaches the audit log, stdout or stderr', { timeout: 300_000 }, async () => {
  const all = samples(20261124);
  const base = JSON.parse(fixture('claude-pre-allowed.json', box));
  const post = JSON.parse(fixture('claude-post.json', box));
  const failure = JSON.parse(fixture('claude-post-failure.json', box));
  const outputs: Array<{ kind: string; secret: string; run: HookRun }> = [];
  await inBatches(all, 8, async ({ kind, sample }, i) => {
    const id = `toolu_redact_${i}`;
    const runs = await Promise.all([
      runHook(box, JSON.stringify({ ...base, tool_use_id: id, tool_input: argumentsWith(sample, i) })),
      runHook(box, JSON.stringify({ ...post, tool_use_id: id, tool_response: [{ type: 'text', text: `result: ${sample.text}` }] })),
      runHook(box, JSON.stringify({ ...failure, tool_use_id: id, error: `request failed for ${sample.text}` })),
    ]);
    for (const run of runs) outputs.push({ kind, secret: sample.secret, run });
  });
  const log = rawAuditText(box);
  assert.ok(log.split('\n').filter(Boolean).length >= all.length * 3, 'every call was logged');
  const leaked = outputs.filter(({ secret, run }) => leaks(log, secret) || leaks(run.stdout, secret) || leaks(run.stderr, secret));
  assert.deepEqual([...new Set(leaked.map((l) => l.kind))], [], 'kinds whose samples leaked');
});
