// Runs after `npm run build` (npm "postbuild"): bundles the hook's rarely used half
// (dist/hook-slow.js: schema validation, YAML) and copies both hook bundles into the
// Claude Code plugin (hooks/bin/), whose hooks.json runs ${CLAUDE_PLUGIN_ROOT}/bin/hook.js.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
await build({
  entryPoints: [`${root}hooks/slow.ts`],
  outfile: `${root}dist/hook-slow.js`,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  mainFields: ['module', 'main'],
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
if (!existsSync(`${root}dist/hook.js`)) throw new Error('dist/hook.js is missing: run esbuild.mjs first');
mkdirSync(`${root}hooks/bin`, { recursive: true });
for (const name of ['hook.js', 'hook-slow.js']) copyFileSync(`${root}dist/${name}`, `${root}hooks/bin/${name}`);
