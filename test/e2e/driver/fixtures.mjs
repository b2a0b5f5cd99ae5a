// Lays out one e2e run in a fresh temp dir: the workspace, a fixture home, the policy, the
// editor's settings, and the test-host extension that carries the compiled mocha suite.
import { build } from 'esbuild';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export function prepareRoot(repo) {
  const dir = mkdtempSync(join(tmpdir(), 'mcp-warden-e2e-'));
  const layout = {
    dir,
    workspace: join(dir, 'workspace'),
    home: join(dir, 'home'),
    policy: join(dir, 'policy', 'policy.json'),
    hostExtension: join(dir, 'host'),
  };
  const fixtures = join(repo, 'test/e2e/fixtures');
  const placeholders = { __WORKSPACE__: layout.workspace, __HOME__: layout.home };
  copyTemplated(join(fixtures, 'workspace'), layout.workspace, placeholders);
  copyTemplated(join(fixtures, 'home'), layout.home, placeholders);
  copyTemplated(join(fixtures, 'policy'), join(dir, 'policy'), placeholders);
  writeEditorSettings(dir, layout);
  mkdirSync(layout.hostExtension, { recursive: true });
  cpSync(join(repo, 'test/e2e/host/package.json'), join(layout.hostExtension, 'package.json'));
  // The suite requires mocha from the repository's devDependencies.
  symlinkSync(join(repo, 'node_modules'), join(layout.hostExtension, 'node_modules'), 'dir');
  return layout;
}

/** Copies a fixture tree, replacing absolute-path placeholders that only exist at run time. */
function copyTemplated(from, to, placeholders) {
  for (const name of readdirSync(from, { recursive: true })) {
    const source = join(from, name);
    if (statSync(source).isDirectory()) continue;
    const target = join(to, relative(from, source));
    mkdirSync(join(target, '..'), { recursive: true });
    let text = readFileSync(source, 'utf8');
    for (const [key, value] of Object.entries(placeholders)) text = text.split(key).join(value);
    writeFileSync(target, text);
  }
}

function writeEditorSettings(dir, layout) {
  const settings = {
    'mcpWarden.policyPath': layout.policy,
    'mcpWarden.homeDirectory': layout.home,
    // Restricted Mode without the startup modal: the suite asserts the workspace is untrusted.
    'security.workspace.trust.enabled': true,
    'security.workspace.trust.startupPrompt': 'never',
    'security.workspace.trust.banner': 'never',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'editor.hover.delay': 100,
    'git.enabled': false,
    'chat.mcp.enabled': false,
    'chat.commandCenter.enabled': false,
    'window.commandCenter': false,
    'workbench.colorTheme': 'Default Dark Modern',
  };
  // code-server reads machine-scoped settings from Machine/, window-scoped ones from User/.
  for (const folder of ['User', 'Machine']) {
    mkdirSync(join(dir, 'user-data', folder), { recursive: true });
    writeFileSync(join(dir, 'user-data', folder, 'settings.json'), JSON.stringify(settings, null, 2));
  }
}

/** Compiles each suite file on its own; `vscode` and `mocha` come from the extension host. */
export async function buildSuite(repo, hostExtension) {
  const suiteDir = join(repo, 'test/e2e/suite');
  const entryPoints = readdirSync(suiteDir).filter((name) => name.endsWith('.ts')).map((name) => join(suiteDir, name));
  await build({ entryPoints, outdir: join(hostExtension, 'out'), bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['vscode', 'mocha'], logLevel: 'warning' });
}
