// Bundles the artifacts. The CLI is a small launcher plus one bundle per command (dist/commands/),
// so `mcp-warden check` never loads the scanner or the MCP SDK; the hook bundles are built by
// hooks/build.mjs (postbuild) and stay small: they run on every MCP tool call.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const root = new URL('.', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const common = { bundle: true, mainFields: ['module', 'main'], platform: 'node', target: 'node20', format: 'cjs', minify: true, sourcemap: false, legalComments: 'none', logLevel: 'warning', define: { MCP_WARDEN_VERSION: JSON.stringify(version) } };

const commandFiles = readdirSync(`${root}cli/commands`).filter((name) => name.endsWith('.ts') && name !== 'index.ts');
mkdirSync(`${root}dist/commands`, { recursive: true });
await Promise.all([
  build({ ...common, entryPoints: ['cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: ['hooks/main.ts'], outfile: 'dist/hook.js', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: ['extension/main.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  // Loaded on first use of the hooks commands (extension/commands/hooks.ts).
  build({ ...common, entryPoints: ['extension/install/command.ts'], outfile: 'dist/extension-hooks.js', external: ['vscode'] }),
  // Loaded on first use of "Scan Tool Descriptions" (extension/commands/scan.ts).
  build({ ...common, entryPoints: ['extension/scan/command.ts'], outfile: 'dist/extension-scan.js', external: ['vscode'] }),
  ...commandFiles.map((name) => build({ ...common, entryPoints: [`cli/commands/${name}`], outfile: `dist/commands/${name.replace(/\.ts$/, '.js')}` })),
]);
// Written then renamed, so a CLI started during a rebuild never reads half a manifest.
writeFileSync(`${root}dist/commands/manifest.json.tmp`, `${JSON.stringify(commandManifest(), null, 2)}\n`);
renameSync(`${root}dist/commands/manifest.json.tmp`, `${root}dist/commands/manifest.json`);

/** Which bundle holds which command: the launcher reads this instead of loading every command. */
function commandManifest() {
  const require = createRequire(import.meta.url);
  const manifest = [];
  const built = new Set(commandFiles.map((name) => name.replace(/\.ts$/, '.js')));
  for (const file of readdirSync(`${root}dist/commands`).filter((name) => name.endsWith('.js')).sort()) {
    if (!built.has(file)) {
      rmSync(`${root}dist/commands/${file}`);
      continue;
    }
    const exports = require(`${root}dist/commands/${file}`);
    const commands = Object.entries(exports).filter(([, value]) => Array.isArray(value?.name) && typeof value?.run === 'function');
    if (!commands.length) {
      rmSync(`${root}dist/commands/${file}`);
      continue;
    }
    for (const [exportName, command] of commands) manifest.push({ name: command.name, summary: command.summary, file, exportName });
  }
  if (!existsSync(`${root}dist/cli.js`) || manifest.length === 0) throw new Error('esbuild.mjs: no CLI commands were built');
  return manifest;
}
