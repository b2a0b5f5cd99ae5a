// Bundles the three artifacts. The hook bundle stays small: it runs on every MCP tool call.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, legalComments: 'none', logLevel: 'warning' };
const bundles = [
  { entryPoints: ['cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, minify: true },
  { entryPoints: ['hooks/main.ts'], outfile: 'dist/hook.js', banner: { js: '#!/usr/bin/env node' }, minify: true },
  { entryPoints: ['extension/main.ts'], outfile: 'dist/extension.js', external: ['vscode'], minify: true },
];
await Promise.all(bundles.filter((b) => existsSync(b.entryPoints[0])).map((b) => build({ ...common, ...b })));
