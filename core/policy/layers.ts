// Policy layering without the schema validator: which file is the base, what each lower layer may
// tighten, and what happens when something is missing or broken (fail closed). The validating loader
// (load.ts) and the hook's cached fast path (core/hooks/policy-fast.ts) both build on this, with
// different parsers, so they cannot drift apart.
import type { ApprovedServer, ArgumentRules, AuditSettings, DeniedServer, Policy, RestrictionLayer } from '../../policy-schema/schema';
import type { PolicyLayer } from './locations';
import type { ParsedPolicy, PolicyProblem } from './parse';
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

export interface LayerFile {
  path: string;
  layer: PolicyLayer;
  text?: string;
  missing: boolean;
  readError?: string;
}

/** Reads one layer's text: the validating loader uses zod, the hook's fast path a plain JSON reader. */
export interface LayerParsers {
  base(text: string, path: string): ParsedPolicy;
  restriction(text: string, path: string): ParsedPolicy<RestrictionLayer>;
}

/** Builds the effective policy from already-read layer texts; `hash` identifies them (see load.ts). */
export function layerPolicies(files: LayerFile[], parsers: LayerParsers, hash: string, explicit?: string): EffectivePolicy {
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
  if (!baseFile) {
    if (!explicit && !errors.length) errors.push({ ruleId: 'policy-missing', message: `no MCP Warden policy found (looked for ${files.filter((f) => f.layer !== 'workspace').map((f) => f.path).join(', ')}); set --policy or MCP_WARDEN_POLICY` });
    return unusable(files, hash, errors, warnings);
  }
  const sources: PolicySource[] = present.map((f) => ({ path: f.path, layer: f.layer, role: f === baseFile ? 'base' : 'restriction' }));
  const parsedBase = parsers.base(baseFile.text!, baseFile.path);
  errors.push(...parsedBase.problems);
  let policy: Policy | undefined = parsedBase.policy;
  if (!policy || errors.length) return unusable(files, hash, errors, warnings, sources);
  for (const f of present.filter((file) => file !== baseFile)) {
    const parsed = parsers.restriction(f.text!, f.path);
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
