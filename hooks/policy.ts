// The effective policy for one hook call. The validated result is cached, keyed by the layer
// files' change stamps, and re-derived without the validator before use
// (core/hooks/policy-fast.ts); only when a layer changes, or is invalid, is the validating
// loader loaded.
import { readFileSync, statSync } from 'node:fs';
import type { DiscoveryEnv } from '../core/clients/types';
import { cacheablePolicy, verifiedCache, type CachedPolicy } from '../core/hooks/policy-fast';
import type { EffectivePolicy, LayerFile } from '../core/policy/load';
import { managedPolicyPath, userPolicyPath, workspacePolicyPath, type PolicyLayer } from '../core/policy/locations';
import { cachePath, readCache, statKey, writeCache } from './file-cache';
import { slowPart } from './slow-loader';

interface LayerCandidate {
  path: string;
  layer: PolicyLayer;
}

export function loadPolicy(env: DiscoveryEnv, cacheDir: string): EffectivePolicy {
  const explicit = env.env.MCP_WARDEN_POLICY || undefined;
  const candidates = layerCandidates(env, explicit);
  const key = candidates.map((c) => `${c.layer}\0${c.path}\0${stamp(c.path)}`).join('\0');
  const cacheFile = cachePath(cacheDir, 'policy', candidates.map((c) => c.path).join('\0'));
  const files = candidates.map(readLayer);
  const cached = readCache<CachedPolicy>(cacheFile, key);
  const verified = cached && verifiedCache(files, cached);
  if (verified) return verified;
  const policy = slowPart().buildEffectivePolicy(files, explicit);
  const cacheable = cacheablePolicy(files, policy);
  if (cacheable) writeCache(cacheFile, key, cacheable);
  return policy;
}

/** Where policy layers may be, in load.ts order: managed, explicit, user, workspace. */
function layerCandidates(env: DiscoveryEnv, explicit: string | undefined): LayerCandidate[] {
  const workspace = workspacePolicyPath(env);
  const candidates: LayerCandidate[] = [
    { path: managedPolicyPath(env), layer: 'managed' },
    ...(explicit ? [{ path: explicit, layer: 'explicit' as const }] : []),
    { path: userPolicyPath(env), layer: 'user' },
    ...(workspace ? [{ path: workspace, layer: 'workspace' as const }] : []),
  ];
  const seen = new Set<string>();
  return candidates.filter((c) => (seen.has(c.path) ? false : (seen.add(c.path), true)));
}

function stamp(path: string): string {
  try {
    return statKey(statSync(path));
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'error';
  }
}

function readLayer(candidate: LayerCandidate): LayerFile {
  try {
    return { ...candidate, text: readFileSync(candidate.path, 'utf8'), missing: false };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ...candidate, missing: true };
    return { ...candidate, missing: false, readError: `cannot read the policy file ${candidate.path} (${code ?? 'error'})` };
  }
}
