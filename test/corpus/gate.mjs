// Corpus evaluation of the tool-poisoning scanner, gated on DESIGN.md's bars.
//   node --import tsx test/corpus/gate.mjs        (npm run eval:corpus; node test/run.mjs corpus)
// Corpus: $MCP_WARDEN_CORPUS, else ../shared/corpus beside the repository. Every record is scanned as
// what it is (surface): tool definitions get the definition scan, responses and arguments the text scan.
// The corpus is split by a hash of each id into a tuning part (70 %) and a held-out part (30 %) that
// rules were not written against; both are printed so generalisation is visible. Bars apply per surface:
//   description: recall ≥ 95 % on malicious, false positives ≤ 1 % on the real catalog, ≤ 5 % on hard negatives
//   response, arguments: false positives ≤ 5 % on hard negatives (gated); recall printed against the 95 % bar
// The last line is "N passed, M failed", one check per bar; the exit code is 1 when a bar fails.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scanRecord } from '../../core/scan/scan-record.ts';

const root = resolve(new URL('../..', import.meta.url).pathname);
const corpusDir = resolve(root, process.env.MCP_WARDEN_CORPUS ?? '../shared/corpus');
const REAL_CATALOGS = new Set(['docker-mcp-registry']);
const BARS = { recall: 0.95, realCatalogFp: 0.01, hardNegativeFp: 0.05 };
const GATED_RECALL = new Set(['description']);
const REPORTED_SURFACES = ['description', 'response', 'arguments', 'other'];

const checks = [];
const check = (name, ok, detail) => {
  checks.push({ name, ok });
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}  ${detail}`);
};

function loadCorpus() {
  if (!existsSync(corpusDir)) return undefined;
  const files = readdirSync(corpusDir).filter((name) => name.endsWith('.jsonl'));
  return files.flatMap((name) => readFileSync(join(corpusDir, name), 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line)));
}

/** Deterministic 70/30 split by the first byte of sha256(id). */
function partOf(id) {
  return createHash('sha256').update(id).digest()[0] % 10 < 7 ? 'tuning' : 'held-out';
}

function evaluate(records) {
  return records.map((record) => {
    const result = scanRecord({ id: record.id, tool: { ...record.tool, name: record.tool?.name ?? '' }, surface: record.surface });
    const benignKind = record.label === 'benign' ? (REAL_CATALOGS.has(record.source) ? 'real catalog' : 'hard negative') : undefined;
    return { ...record, part: partOf(record.id), flagged: result.verdict !== 'clean', benignKind };
  });
}

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%`.padStart(6) : '   n/a');
const rate = (rows) => ({ hit: rows.filter((r) => r.flagged).length, total: rows.length });
const cell = (rows) => {
  const { hit, total } = rate(rows);
  return `${pct(hit, total)} (${hit}/${total})`.padEnd(17);
};

function table(title, rows, keyOf) {
  const keys = [...new Set(rows.map(keyOf))].sort();
  console.log(`\n${title}`);
  console.log(`  ${''.padEnd(58)} ${'tuning'.padEnd(17)} ${'held-out'.padEnd(17)} all`);
  for (const key of keys) {
    const group = rows.filter((row) => keyOf(row) === key);
    console.log(`  ${key.padEnd(58)} ${cell(group.filter((r) => r.part === 'tuning'))} ${cell(group.filter((r) => r.part === 'held-out'))} ${cell(group)}`);
  }
}

function surfaceReport(results, surface) {
  const rows = results.filter((row) => row.surface === surface);
  if (rows.length === 0) return;
  const malicious = rows.filter((row) => row.label === 'malicious');
  const benign = rows.filter((row) => row.label === 'benign');
  console.log(`\n=== surface: ${surface} — recall on malicious, false-positive rate on benign`);
  table('malicious by source (recall)', malicious, (row) => row.source);
  table('malicious by category (recall)', malicious, (row) => `${row.source} / ${row.category || '-'}`);
  table('benign by kind (false-positive rate)', benign, (row) => row.benignKind);
  table('benign by source and category (false-positive rate)', benign, (row) => `${row.source} / ${row.category || '-'}`);
  if (surface === 'other') return;
  const recall = rate(malicious);
  const recallOk = recall.total === 0 || recall.hit / recall.total >= BARS.recall;
  const recallText = `${pct(recall.hit, recall.total)} (${recall.hit}/${recall.total}; held-out ${cell(malicious.filter((r) => r.part === 'held-out')).trim()}) bar ≥ 95%`;
  if (GATED_RECALL.has(surface)) check(`${surface}: recall on malicious`, recallOk, recallText);
  else console.log(`INFO  ${surface}: recall on malicious  ${recallText} (reported, not gated)`);
  for (const [kind, bar] of [['real catalog', BARS.realCatalogFp], ['hard negative', BARS.hardNegativeFp]]) {
    const group = rate(benign.filter((row) => row.benignKind === kind));
    if (group.total === 0) continue;
    check(`${surface}: false positives on ${kind}s`, group.hit / group.total <= bar, `${pct(group.hit, group.total)} (${group.hit}/${group.total}) bar ≤ ${bar * 100}%`);
  }
}

const records = loadCorpus();
if (!records) {
  console.log(`no corpus at ${corpusDir} (set MCP_WARDEN_CORPUS)`);
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}
const results = evaluate(records);
console.log(`corpus ${corpusDir}: ${records.length} records (${results.filter((r) => r.part === 'tuning').length} tuning, ${results.filter((r) => r.part === 'held-out').length} held-out)`);
for (const surface of REPORTED_SURFACES) surfaceReport(results, surface);
const passed = checks.filter((c) => c.ok).length;
console.log(`\n${passed} passed, ${checks.length - passed} failed`);
process.exit(checks.length === passed ? 0 : 1);
