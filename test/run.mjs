// Runs the test suites in order and ends with one plain "N passed, N failed" line for all of them.
// Usage: node test/run.mjs [suite…]   suites: unit cli hooks corpus e2e (default: all)
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const suites = {
  unit: { dir: 'test/unit' },
  cli: { dir: 'test/cli' },
  hooks: { dir: 'test/hooks' },
  scan: { dir: 'test/scan' },
  // DESIGN.md's scanner bars over ../shared/corpus: one check per bar, a missed bar fails the run.
  corpus: { script: 'test/corpus/gate.mjs' },
  e2e: { script: 'test/e2e/run.mjs' },
};
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(suites);
let passed = 0;
let failed = 0;
let exitCode = 0;

function testFiles(dir) {
  const full = join(root, dir);
  let names = [];
  try {
    names = readdirSync(full, { recursive: true });
  } catch {
    return [];
  }
  return names.filter((n) => /\.test\.(ts|mjs)$/.test(n) && statSync(join(full, n)).isFile()).sort().map((n) => relative(root, join(full, n)));
}

for (const name of wanted) {
  const suite = suites[name];
  if (!suite) {
    console.error(`unknown suite ${name}; known: ${Object.keys(suites).join(', ')}`);
    process.exit(2);
  }
  let result;
  if (suite.dir) {
    const files = testFiles(suite.dir);
    if (!files.length) continue;
    console.log(`\n=== ${name}: ${files.length} files`);
    result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 256 * 1024 * 1024 });
  } else {
    try {
      statSync(join(root, suite.script));
    } catch {
      continue;
    }
    console.log(`\n=== ${name}`);
    result = spawnSync(process.execPath, ['--import', 'tsx', suite.script], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 256 * 1024 * 1024 });
  }
  process.stdout.write(result.stdout ?? '');
  const pass = Number(/^ℹ pass (\d+)/m.exec(result.stdout)?.[1] ?? /^(\d+) passed, \d+ failed/m.exec(result.stdout)?.[1] ?? 0);
  const fail = Number(/^ℹ fail (\d+)/m.exec(result.stdout)?.[1] ?? /^\d+ passed, (\d+) failed/m.exec(result.stdout)?.[1] ?? 0);
  passed += pass;
  failed += fail;
  if (result.status !== 0) {
    exitCode = 1;
    if (fail === 0) failed += 1;
    console.log(`suite ${name} exited with ${result.status ?? result.signal}`);
  }
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(exitCode);
