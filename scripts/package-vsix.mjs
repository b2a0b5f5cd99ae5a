// Packs dist/mcp-warden.vsix (run by `npm run package` after the build).
// package.json "files" lists what npm publishes (CLI, hook, plugin) and .vscodeignore what the
// editor needs; vsce refuses a project that has both, so the .vsix is packed from a staging copy
// holding exactly the .vscodeignore selection and a manifest without "files".
import { createVSIX, listFiles, PackageManager } from '@vscode/vsce';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const readmePath = 'docs/extension.md';
const { files: _npmFiles, ...manifest } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const selected = await listFiles({ cwd: root, manifest, packageManager: PackageManager.None, ignoreFile: join(root, '.vscodeignore'), readmePath });
const stage = mkdtempSync(join(tmpdir(), 'mcp-warden-vsix-'));
try {
  for (const file of selected) {
    mkdirSync(dirname(join(stage, file)), { recursive: true });
    copyFileSync(join(root, file), join(stage, file));
  }
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  copyFileSync(join(root, '.vscodeignore'), join(stage, '.vscodeignore'));
  await createVSIX({ cwd: stage, packagePath: join(root, 'dist', 'mcp-warden.vsix'), dependencies: false, readmePath, rewriteRelativeLinks: false });
} finally {
  rmSync(stage, { recursive: true, force: true });
}
