// Layering: a user or workspace policy may tighten the base policy, never loosen it.
import type { ApprovedServer, ArgumentRules, Policy, RestrictionLayer } from '../../policy-schema/schema';
import type { PolicyProblem } from './parse';

const SECRET_STRICTNESS = { allow: 0, ask: 1, deny: 2 } as const;

/** What `argumentRules.secrets` means when no layer sets it: a credential in tool arguments is refused. */
export const DEFAULT_SECRETS = 'deny' as const;

export function restrict(base: Policy, layer: RestrictionLayer, raw: unknown, file: string, warnings: PolicyProblem[]): Policy {
  const rawMode = (raw as { mode?: unknown })?.mode;
  const ignored = (message: string) => warnings.push({ ruleId: 'policy-layer-ignored', file, message: `${message}; a lower policy layer can only restrict the base policy, so this is ignored` });
  const servers = base.servers.map((server) => tightenServer(server, layer.servers.find((s) => s.id === server.id)));
  for (const extra of layer.servers.filter((s) => !base.servers.some((b) => b.id === s.id))) ignored(`"${extra.id}" is not approved by the base policy`);
  if (rawMode === 'warn' && base.mode === 'enforce') ignored('"mode": "warn" would loosen an enforcing policy');
  const baseSecrets = base.argumentRules?.secrets ?? DEFAULT_SECRETS;
  if (layer.argumentRules?.secrets && SECRET_STRICTNESS[layer.argumentRules.secrets] < SECRET_STRICTNESS[baseSecrets]) ignored(`argumentRules.secrets "${layer.argumentRules.secrets}" is looser than the base's "${baseSecrets}"`);
  if ((raw as { audit?: unknown })?.audit !== undefined) ignored('"audit" settings belong to the base policy');
  return {
    ...base,
    mode: rawMode === 'enforce' ? 'enforce' : base.mode,
    servers,
    denied: [...base.denied, ...layer.denied],
    argumentRules: tightenArguments(base.argumentRules ?? {}, layer.argumentRules ?? {}),
  };
}

function tightenServer(server: ApprovedServer, layer: { tools?: ApprovedServer['tools'] } | undefined): ApprovedServer {
  if (!layer?.tools) return server;
  const base = server.tools ?? {};
  const allow = base.allow && layer.tools.allow ? base.allow.filter((t) => layer.tools!.allow!.includes(t)) : (base.allow ?? layer.tools.allow);
  return {
    ...server,
    tools: {
      ...(allow ? { allow } : {}),
      deny: union(base.deny, layer.tools.deny),
      ask: union(base.ask, layer.tools.ask),
    },
  };
}

function tightenArguments(base: ArgumentRules, layer: ArgumentRules): ArgumentRules {
  const baseSecrets = base.secrets ?? DEFAULT_SECRETS;
  const secrets = layer.secrets && SECRET_STRICTNESS[layer.secrets] > SECRET_STRICTNESS[baseSecrets] ? layer.secrets : baseSecrets;
  return {
    secrets,
    sensitivePaths: union(base.sensitivePaths, layer.sensitivePaths),
    patterns: [...(base.patterns ?? []), ...(layer.patterns ?? [])],
  };
}

function union(a: string[] | undefined, b: string[] | undefined): string[] {
  return [...new Set([...(a ?? []), ...(b ?? [])])];
}
