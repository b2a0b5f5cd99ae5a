// Runs after `npm run build` (npm "postbuild"). dist/hook.js (from hooks/main.ts) is only a
// loader; this builds what it loads and what most calls never need:
//   dist/hook-core.js   the hook proper (hooks/run.ts)
//   dist/hook-core.cache V8 code cache of it, for the Node.js running this build
//   dist/hook-slow.js   schema validation and YAML, loaded only when the policy changes
//   dist/hook-scan.js   the tool-poisoning detectors, loaded only for tool results
// and copies them into the Claude Code plugin (hooks/bin/), whose hooks.json runs
// ${CLAUDE_PLUGIN_ROOT}/bin/hook.js.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const root = new URL('..', import.meta.url).pathname;
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', mainFields: ['module', 'main'], minify: true, legalComments: 'none', logLevel: 'warning' };
await Promise.all([
  build({ ...common, entryPoints: [`${root}hooks/run.ts`], outfile: `${root}dist/hook-core.js` }),
  build({ ...common, entryPoints: [`${root}hooks/slow.ts`], outfile: `${root}dist/hook-slow.js` }),
  build({ ...common, entryPoints: [`${root}hooks/scan-part.ts`], outfile: `${root}dist/hook-scan.js` }),
]);
if (!existsSync(`${root}dist/hook.js`)) throw new Error('dist/hook.js is missing: run esbuild.mjs first');

rmSync(`${root}dist/hook-core.cache`, { force: true });
const { prepareCodeCache } = await loadTs(`${root}core/export/code-cache.ts`);
const cache = prepareCodeCache(process.execPath, `${root}dist/hook.js`);
if (!cache.written) console.warn(`hooks/build.mjs: no code cache (${cache.reason})`);

mkdirSync(`${root}hooks/bin`, { recursive: true });
for (const name of ['hook.js', 'hook-core.js', 'hook-slow.js', 'hook-scan.js']) copyFileSync(`${root}dist/${name}`, `${root}hooks/bin/${name}`);

/** Bundles one TypeScript module in memory and loads it (the build runs before any TypeScript loader). */
async function loadTs(entry) {
  const { outputFiles } = await build({ ...common, minify: false, entryPoints: [entry], write: false, outfile: 'out.js' });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
  return module.exports;
}
