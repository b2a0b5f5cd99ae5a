// One check scope per workspace folder: where its client files are looked up, and the policy
// that applies to them (a folder's own .mcp-warden/policy.json may only add restrictions).
import * as os from 'node:os';
import * as path from 'node:path';
import { checkContextFor, type CheckContext } from '../../core/check';
import { claudeSettingsPaths } from '../../core/clients/claude-settings';
import { defaultDiscoveryEnv } from '../../core/discovery';
import type { DiscoveryEnv } from '../../core/clients/types';
import { loadEffectivePolicy, type EffectivePolicy } from '../../core/policy/load';
import { managedPolicyPath, userPolicyPath, workspacePolicyPath } from '../../core/policy/locations';
import type { WardenSettings } from '../settings';

export interface CheckScope {
  /** The workspace folder, or undefined when no folder is open. */
  project?: string;
  env: DiscoveryEnv;
  policy: EffectivePolicy;
  context: CheckContext;
}

export function homeDirectory(settings: WardenSettings): string {
  return settings.homeDirectory ?? process.env.MCP_WARDEN_HOME ?? os.homedir();
}

export function createScopes(settings: WardenSettings, folders: readonly string[]): CheckScope[] {
  const home = homeDirectory(settings);
  const projects = folders.length ? folders : [undefined];
  return projects.map((project) => {
    const env = defaultDiscoveryEnv({ home, ...(project ? { project } : {}) });
    if (!project) delete env.project;
    return { ...(project ? { project } : {}), env, policy: loadPolicy(env, settings), context: checkContextFor(env) };
  });
}

export function loadPolicy(env: DiscoveryEnv, settings: WardenSettings): EffectivePolicy {
  return loadEffectivePolicy(env, settings.policyPath ? { explicitPath: settings.policyPath } : {});
}

/** The scope a file belongs to: the folder that holds it, else the first (home files, outside files). */
export function scopeFor(scopes: readonly CheckScope[], filePath: string): CheckScope {
  return scopes.find((scope) => scope.project && isInside(filePath, scope.project)) ?? scopes[0]!;
}

/** Every place a policy layer (or a Claude Code settings file) may appear for these scopes, present or not: watched for creation too. */
export function policyLocations(scopes: readonly CheckScope[], settings: WardenSettings): string[] {
  const paths = new Set<string>();
  for (const scope of scopes) {
    paths.add(managedPolicyPath(scope.env));
    paths.add(userPolicyPath(scope.env));
    const workspace = workspacePolicyPath(scope.env);
    if (workspace) paths.add(workspace);
    for (const source of scope.policy.sources) paths.add(source.path);
    // Claude Code settings can reject project servers, which changes their findings: refresh on change.
    for (const settingsFile of claudeSettingsPaths(scope.env)) paths.add(settingsFile);
  }
  if (settings.policyPath) paths.add(settings.policyPath);
  if (process.env.MCP_WARDEN_POLICY) paths.add(process.env.MCP_WARDEN_POLICY);
  return [...paths].map((p) => path.resolve(p));
}

export function isInside(filePath: string, dir: string): boolean {
  const relative = path.relative(dir, filePath);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
