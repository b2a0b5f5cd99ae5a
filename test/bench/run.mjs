// `npm run bench`: every benchmark prints ratios measured in this run against a baseline on this machine.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const benches = ['check.mjs', 'hook.mjs', 'audit-query.mjs', 'scan.mjs', 'extension.mjs'].filter((name) => existsSync(new URL(name, import.meta.url)));
let failed = 0;
for (const name of benches) {
  console.log(`\n=== ${name}`);
  const result = spawnSync(process.execPath, [new URL(name, import.meta.url).pathname], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
console.log(`\n${benches.length - failed} benchmarks within their bars, ${failed} over`);
process.exitCode = failed ? 1 : 0;
