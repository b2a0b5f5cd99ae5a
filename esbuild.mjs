// Bundles the three artifacts. The hook bundle stays small: it runs on every MCP tool call.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const common = { bundle: true, mainFields: ['module', 'main'], platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, legalComments: 'none', logLevel: 'warning', define: { MCP_WARDEN_VERSION: JSON.stringify(version) } };
const bundles = [
  { entryPoints: ['cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, minify: true },
  { entryPoints: ['hooks/main.ts'], outfile: 'dist/hook.js', banner: { js: '#!/usr/bin/env node' }, minify: true },
  { entryPoints: ['extension/main.ts'], outfile: 'dist/extension.js', external: ['vscode'], minify: true },
];
await Promise.all(bundles.filter((b) => existsSync(b.entryPoints[0])).map((b) => build({ ...common, ...b })));
