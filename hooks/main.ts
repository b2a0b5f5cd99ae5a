// dist/hook.js: what clients run (`node dist/hook.js --mcp-warden-client=claude-code|cursor`).
// A small loader for the hook proper (dist/hook-core.js, from hooks/run.ts): it compiles it with
// V8's code cache (dist/hook-core.cache, written beside it at build and install time for the
// Node.js that runs it), which saves a quarter of the hook's own start-up time on every tool
// call. A cache made by another Node.js version is rejected by V8 and the code compiles as usual.
// Any failure to load ends in a block, never in Node's crash exit that lets the call through.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { blockAndExit } from './startup-block';

const CORE = join(__dirname, 'hook-core.js');
const CODE_CACHE = join(__dirname, 'hook-core.cache');

try {
  runCore();
} catch (error) {
  blockAndExit(error);
}

function runCore(): void {
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(CORE, 'utf8')}\n})`;
  const script = new Script(source, { filename: CORE, ...cachedData() });
  // Set by the build and by `hooks install`; writing beside the hook needs the rights to install it.
  if (process.env.MCP_WARDEN_WRITE_CODE_CACHE === '1') process.on('exit', () => writeCodeCache(script));
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, require, module, CORE, __dirname);
}

function cachedData(): { cachedData?: Buffer } {
  try {
    return { cachedData: readFileSync(CODE_CACHE) };
  } catch {
    return {};
  }
}

/** Written under a temporary name and renamed: a hook starting meanwhile never reads half a cache. */
function writeCodeCache(script: Script): void {
  const temp = `${CODE_CACHE}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, CODE_CACHE);
  } catch {
    rmSync(temp, { force: true });
    // Not ours to write (a read-only install): the hook runs without the cache.
  }
}
