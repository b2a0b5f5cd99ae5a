// Builds the effective policy from its layers. The first of managed → explicit → user is the base;
// every other layer found may only restrict it. Anything missing or invalid fails closed.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import type { DiscoveryEnv } from '../clients/types';
import type { ApprovedServer, ArgumentRules, AuditSettings, DeniedServer, Policy } from '../../policy-schema/schema';
import { managedPolicyPath, userPolicyPath, workspacePolicyPath, type PolicyLayer } from './locations';
import { parsePolicyText, parseRestrictionLayer, type PolicyProblem } from './parse';
import { DEFAULT_SECRETS, restrict } from './restrict';

export interface PolicySource {
  path: string;
  layer: PolicyLayer;
  role: 'base' | 'restriction';
}

export interface EffectivePolicy {
  /** False when no base policy could be read: nothing is approved, every call is refused in enforce mode. */
  usable: boolean;
  mode: 'enforce' | 'warn';
  version?: string;
  organization?: string;
  servers: ApprovedServer[];
  denied: DeniedServer[];
  argumentRules: ArgumentRules;
  audit: AuditSettings;
  maxReviewAgeDays: number;
  sources: PolicySource[];
  /** sha256 over every layer's path and bytes: ties each audit event to the exact policy in force. */
  hash: string;
  errors: PolicyProblem[];
  warnings: PolicyProblem[];
}

export interface PolicyLoadOptions {
  /** --policy FILE; falls back to env.MCP_WARDEN_POLICY. */
  explicitPath?: string;
}

interface LayerFile {
  path: string;
  layer: PolicyLayer;
  text?: string;
  missing: boolean;
  readError?: string;
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
  const errors: PolicyProblem[] = [];
  const layerErrors: PolicyProblem[] = [];
  const warnings: PolicyProblem[] = [];
  const explicitFile = files.find((f) => f.layer === 'explicit');
  if (explicitFile?.missing) errors.push({ ruleId: 'policy-missing', message: `the policy file ${explicitFile.path} does not exist` });
  const present = files.filter((f) => f.text !== undefined);
  const baseFile = present.find((f) => f.layer !== 'workspace');
  // An unreadable file at or before the base would otherwise hand the base role to a weaker layer.
  const baseIndex = baseFile ? files.indexOf(baseFile) : files.length;
  files.forEach((f, i) => {
    if (f.readError) (i < baseIndex && f.layer !== 'workspace' ? errors : layerErrors).push({ ruleId: 'policy-invalid', file: f.path, message: f.readError });
  });
  const hash = hashLayers(present);
  if (!baseFile) {
    if (!explicit) errors.push({ ruleId: 'policy-missing', message: `no MCP Warden policy found (looked for ${files.filter((f) => f.layer !== 'workspace').map((f) => f.path).join(', ')}); set --policy or MCP_WARDEN_POLICY` });
    return unusable(files, hash, errors, warnings);
  }
  const sources: PolicySource[] = present.map((f) => ({ path: f.path, layer: f.layer, role: f === baseFile ? 'base' : 'restriction' }));
  const parsedBase = parsePolicyText(baseFile.text!, baseFile.path);
  errors.push(...parsedBase.problems);
  let policy: Policy | undefined = parsedBase.policy;
  if (!policy || errors.length) return unusable(files, hash, errors, warnings, sources);
  for (const f of present.filter((file) => file !== baseFile)) {
    const parsed = parseRestrictionLayer(f.text!, f.path);
    // A broken restriction layer is reported and skipped: it could only have tightened the base,
    // and a repository must not be able to switch the organisation's policy off by breaking its own file.
    layerErrors.push(...parsed.problems);
    if (parsed.policy) policy = restrict(policy, parsed.policy, parsed.raw, f.path, warnings);
  }
  return {
    usable: true,
    mode: policy.mode,
    version: policy.version,
    ...(policy.organization ? { organization: policy.organization } : {}),
    servers: policy.servers,
    denied: policy.denied,
    argumentRules: { ...policy.argumentRules, secrets: policy.argumentRules?.secrets ?? DEFAULT_SECRETS },
    audit: policy.audit ?? {},
    maxReviewAgeDays: policy.review?.maxAgeDays ?? 365,
    sources,
    hash,
    errors: layerErrors,
    warnings,
  };
}

function unusable(files: LayerFile[], hash: string, errors: PolicyProblem[], warnings: PolicyProblem[], sources?: PolicySource[]): EffectivePolicy {
  return {
    usable: false,
    mode: 'enforce',
    servers: [],
    denied: [],
    argumentRules: {},
    audit: {},
    maxReviewAgeDays: 365,
    sources: sources ?? files.filter((f) => f.text !== undefined).map((f) => ({ path: f.path, layer: f.layer, role: 'restriction' as const })),
    hash,
    errors,
    warnings,
  };
}

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

export type { LayerFile };
