// Keeps a copy of the hook bundles in a per-user folder that does not change with the extension's
// version, so the command written into a client's settings survives extension updates (which
// delete the old extension folder). Re-running the install refreshes the copy.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { stateDir, type StateLocation } from '../../core/audit/paths';

/** Leaves first and the loader last, so a hook starting mid-refresh finds what it loads. */
export const HOOK_FILES = ['hook-scan.js', 'hook-slow.js', 'hook-core.js', 'hook.js'] as const;
const CODE_CACHE = 'hook-core.cache';

export function stableHookDir(loc: StateLocation): string {
  return (loc.platform === 'win32' ? path.win32 : path.posix).join(stateDir(loc), 'hook');
}

/** Copies the bundles from `sourceDir` (the extension's dist/) to `targetDir`; returns the files it replaced. */
export function refreshHookCopy(sourceDir: string, targetDir: string): string[] {
  const missing = HOOK_FILES.filter((name) => !fs.existsSync(path.join(sourceDir, name)));
  if (missing.length) throw new Error(`this build of MCP Warden does not include ${missing.map((n) => `dist/${n}`).join(', ')}; reinstall the extension`);
  fs.mkdirSync(targetDir, { recursive: true });
  const replaced: string[] = [];
  for (const name of HOOK_FILES) {
    const content = fs.readFileSync(path.join(sourceDir, name));
    const target = path.join(targetDir, name);
    if (sameContent(target, content)) continue;
    // V8 checks a code cache against the source's length, not its text: a stale one must go.
    if (name === 'hook-core.js') fs.rmSync(path.join(targetDir, CODE_CACHE), { force: true });
    writeAtomically(target, content);
    replaced.push(name);
  }
  return replaced;
}

/** A hook starting meanwhile reads the old file or the new one, never half of one. */
function writeAtomically(target: string, content: Buffer): void {
  const temp = `${target}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, content);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

function sameContent(file: string, content: Buffer): boolean {
  try {
    return fs.readFileSync(file).equals(content);
  } catch {
    return false;
  }
}
