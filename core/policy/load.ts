// Builds the effective policy from its layers. The first of managed → explicit → user is the base;
// every other layer found may only restrict it. Anything missing or invalid fails closed.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import type { DiscoveryEnv } from '../clients/types';
import { layerPolicies, type EffectivePolicy, type LayerFile, type LayerParsers } from './layers';
import { managedPolicyPath, userPolicyPath, workspacePolicyPath, type PolicyLayer } from './locations';
import { parsePolicyText, parseRestrictionLayer } from './parse';

export interface PolicyLoadOptions {
  /** --policy FILE; falls back to env.MCP_WARDEN_POLICY. */
  explicitPath?: string;
}

export function loadEffectivePolicy(env: DiscoveryEnv, options: PolicyLoadOptions = {}): EffectivePolicy {
  const explicit = options.explicitPath ?? env.env.MCP_WARDEN_POLICY;
  const candidates: Array<{ path: string; layer: PolicyLayer }> = [
    { path: managedPolicyPath(env), layer: 'managed' },
    ...(explicit ? [{ path: explicit, layer: 'explicit' as const }] : []),
    { path: userPolicyPath(env), layer: 'user' },
    ...(workspacePolicyPath(env) ? [{ path: workspacePolicyPath(env)!, layer: 'workspace' as const }] : []),
  ];
  const files = dedupe(candidates).map(readLayer);
  return buildEffectivePolicy(files, explicit);
}

/** Builds from already-read layer texts: the pure part, shared with tests and the editor's unsaved buffers. */
export function buildEffectivePolicy(files: LayerFile[], explicit?: string): EffectivePolicy {
  return layerPolicies(files, VALIDATING_PARSERS, hashLayers(files.filter((f) => f.text !== undefined)), explicit);
}

const VALIDATING_PARSERS: LayerParsers = { base: parsePolicyText, restriction: parseRestrictionLayer };

function readLayer(candidate: { path: string; layer: PolicyLayer }): LayerFile {
  try {
    return { ...candidate, text: fs.readFileSync(candidate.path, 'utf8'), missing: false };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ...candidate, missing: true };
    return { ...candidate, missing: false, readError: `cannot read the policy file ${candidate.path} (${code ?? 'error'})` };
  }
}

function dedupe<T extends { path: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(item.path) ? false : (seen.add(item.path), true)));
}

function hashLayers(files: LayerFile[]): string {
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${f.layer}\0${f.path}\0${f.text ?? ''}\0`);
  return `sha256:${hash.digest('hex')}`;
}

export type { EffectivePolicy, LayerFile, PolicySource } from './layers';
