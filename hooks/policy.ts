// The effective policy for one hook call. The validated result is cached by the digest of the
// policy texts and re-derived without the validator before use (core/hooks/policy-fast.ts);
// only when the texts change, or a layer is invalid, is the validating loader loaded.
import { readFileSync } from 'node:fs';
import type { DiscoveryEnv } from '../core/clients/types';
import { deriveWithoutValidation, hashLayers, sameJson } from '../core/hooks/policy-fast';
import type { EffectivePolicy, LayerFile } from '../core/policy/load';
import { managedPolicyPath, userPolicyPath, workspacePolicyPath, type PolicyLayer } from '../core/policy/locations';
import { cachePath, readCache, writeCache } from './file-cache';
import { slowPart } from './slow-loader';

export function loadPolicy(env: DiscoveryEnv, cacheDir: string): EffectivePolicy {
  const explicit = env.env.MCP_WARDEN_POLICY || undefined;
  const files = layerFiles(env, explicit);
  const hash = hashLayers(files);
  const cacheFile = cachePath(cacheDir, 'policy', hash);
  const cached = readCache<EffectivePolicy>(cacheFile, hash);
  if (cached) {
    const derived = deriveWithoutValidation(files);
    if (derived && sameJson(derived, cached)) return cached;
  }
  const policy = slowPart().buildEffectivePolicy(files, explicit);
  if (policy.usable) writeCache(cacheFile, hash, policy);
  return policy;
}

function layerFiles(env: DiscoveryEnv, explicit: string | undefined): LayerFile[] {
  const workspace = workspacePolicyPath(env);
  const candidates: Array<{ path: string; layer: PolicyLayer }> = [
    { path: managedPolicyPath(env), layer: 'managed' },
    ...(explicit ? [{ path: explicit, layer: 'explicit' as const }] : []),
    { path: userPolicyPath(env), layer: 'user' },
    ...(workspace ? [{ path: workspace, layer: 'workspace' as const }] : []),
  ];
  const seen = new Set<string>();
  return candidates.filter((c) => (seen.has(c.path) ? false : (seen.add(c.path), true))).map(readLayer);
}

function readLayer(candidate: { path: string; layer: PolicyLayer }): LayerFile {
  try {
    return { ...candidate, text: readFileSync(candidate.path, 'utf8'), missing: false };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ...candidate, missing: true };
    return { ...candidate, missing: false, readError: `cannot read the policy file ${candidate.path} (${code ?? 'error'})` };
  }
}
