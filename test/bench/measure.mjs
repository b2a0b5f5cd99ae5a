// Shared timing helpers for benchmarks: medians of whole-process runs, interleaved with the baseline
// so machine noise hits both sides alike. Benchmarks print ratios; tests never assert wall time.
import { spawnSync } from 'node:child_process';

export function timeProcess(args, options = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['pipe', 'ignore', 'pipe'], ...options });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && !options.allowExit?.includes(result.status)) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs subject and baseline alternately `rounds` times; returns both medians and the ratio. */
export function compareToBaseline(subject, baseline, rounds = 25) {
  subject();
  baseline();
  const s = [];
  const b = [];
  for (let i = 0; i < rounds; i++) {
    b.push(baseline());
    s.push(subject());
  }
  const subjectMs = median(s);
  const baselineMs = median(b);
  return { subjectMs, baselineMs, ratio: subjectMs / baselineMs };
}

export function nodeBaseline() {
  return timeProcess(['-e', '0']);
}

export function bar(label, value, limit, unit = '×', lowerIsBetter = true) {
  const ok = lowerIsBetter ? value <= limit : value >= limit;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${label}: ${value.toFixed(2)}${unit} (bar ${lowerIsBetter ? '≤' : '≥'} ${limit}${unit})`);
  return ok;
}
