// The policy file's schema: the single source for validation (zod) and for editors (generated JSON Schema).
// A namespace import lets esbuild drop the parts of zod the schema does not use (~360 KB, locales included).
import * as z from 'zod';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use an ISO date, YYYY-MM-DD')
  .refine((value) => {
    const time = Date.parse(`${value}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
  }, 'not a real calendar date');
const toolPattern = z.string().min(1).describe('A tool name as the server lists it; `*` matches any run of characters.');

const runnerArgs = z
  .array(z.string())
  .optional()
  .describe('Runner options that change what runs (npx --registry, uvx --with, docker -v / --entrypoint / --network …), in order; `*` and a final `**` glob. Omitted: none allowed. Harmless options (npx -y, docker -i --rm -e NAME) never matter.');

export const serverMatchSchema = z
  .union([
    z.strictObject({
      url: z.string().min(1).describe('Remote server URL pattern. `*` matches anything; host is case-insensitive; a pattern without a path matches any path.'),
    }),
    z.strictObject({
      package: z
        .string()
        .min(1)
        .refine((name) => !/.@|==|[<>~^=]/.test(name), 'give the name only; put the version in "version"')
        .describe('Package name, e.g. "@upstash/context7-mcp" (npm) or "mcp-server-git" (PyPI).'),
      ecosystem: z.enum(['npm', 'pypi']).default('npm'),
      version: z.string().min(1).optional().describe('Exact version the server is pinned to. Launches with another version, a range or @latest do not match.'),
      integrity: z
        .string()
        .regex(/^sha(256|384|512)-[A-Za-z0-9+/=]+$/, 'use an SRI hash, e.g. sha512-…')
        .optional()
        .describe('Subresource-integrity hash of the package tarball. Recorded for installers and reviews: a config file does not carry it, so MCP Warden cannot verify it and exports say so.'),
      args: z.array(z.string()).optional().describe('Arguments after the package. `*` matches one argument; a final `**` matches any remaining ones. Omitted: any arguments.'),
      runnerArgs: runnerArgs,
    }),
    z.strictObject({
      image: z
        .string()
        .min(1)
        .refine((name) => !name.includes('@') && !/:[^/]*$/.test(name.replace(/^[^/]+:\d+\//, '')), 'give the image name only; put the digest in "digest"')
        .describe('Container image name, e.g. "ghcr.io/github/github-mcp-server".'),
      digest: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'use sha256:<64 hex>').optional().describe('Image digest the server is pinned to.'),
      args: z.array(z.string()).optional().describe('Arguments after the image; globs as for packages. Omitted: any arguments.'),
      runnerArgs: runnerArgs,
    }),
    z.strictObject({
      command: z.string().min(1).describe('Executable, as written in configs (absolute path recommended).'),
      args: z.array(z.string()).optional().describe('Exact arguments; `*` matches one; a final `**` matches the rest. Omitted: no arguments.'),
    }),
  ])
  .describe('What the server is: a URL pattern, a package (with version pin), a container image (with digest) or a command.');

export const credentialScopeSchema = z
  .strictObject({
    credential: z
      .enum(['none', 'oauth', 'fine-grained-token', 'api-key', 'service-account', 'personal-access-token', 'session', 'other'])
      .describe('What kind of credential the server runs with.'),
    scopes: z.array(z.string()).optional().describe('The permissions the credential is limited to, e.g. ["repo:read", "issues:write"].'),
    maxLifetime: z.string().regex(/^P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?$/, 'use an ISO 8601 duration, e.g. P90D').optional().describe('Longest allowed credential lifetime (ISO 8601 duration).'),
    revocation: z.string().optional().describe('Where and how to revoke the credential (URL or runbook).'),
    readOnly: z.boolean().optional().describe('True when the credential cannot change anything.'),
    storage: z.string().optional().describe('Where the credential must live, e.g. "OS keychain via ${env:…}".'),
  })
  .describe("The server's documented credential scope.");

export const toolListsSchema = z
  .strictObject({
    allow: z.array(toolPattern).optional().describe('Only these tools may be called. Omitted: every tool not denied.'),
    deny: z.array(toolPattern).optional().describe('These tools are always refused.'),
    ask: z.array(toolPattern).optional().describe('These tools need the user to confirm each call.'),
  })
  .describe('Tool allow / deny / ask lists; deny wins over ask, ask over allow.');

export const approvedServerSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'use lower-case letters, digits, ".", "_" or "-"').describe('Stable id, used in logs and findings.'),
  name: z.string().optional().describe('Display name.'),
  description: z.string().optional(),
  match: serverMatchSchema,
  aliases: z.array(z.string()).optional().describe('Names configs usually give this server; another server using one of them is an impersonation.'),
  scope: credentialScopeSchema.optional(),
  owner: z.string().optional().describe('Who answers for this approval (team or e-mail).'),
  reviewed: isoDate.optional().describe('When the approval was last reviewed.'),
  ticket: z.string().optional().describe('Link to the approval record.'),
  tools: toolListsSchema.optional(),
  toolPins: z.enum(['enforce', 'warn', 'off']).optional().describe('What to do when the server\'s tool definitions drift from mcp-lock.json.'),
});

export const deniedServerSchema = z.strictObject({
  match: serverMatchSchema.optional(),
  name: z.string().optional().describe('Deny by configured name (not a security control on its own: names are chosen by whoever writes the config).'),
  reason: z.string().min(1).describe('Shown to the developer.'),
});

export const argumentRulesSchema = z.strictObject({
  secrets: z.enum(['deny', 'ask', 'allow']).optional().describe('Tool-call arguments that contain a credential.'),
  sensitivePaths: z.array(z.string()).optional().describe('Path globs that must not appear in tool-call arguments, e.g. "~/.ssh/**".'),
  patterns: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        contains: z.string().min(1).describe('Literal text (case-insensitive) to look for in the serialised arguments.'),
        action: z.enum(['deny', 'ask']),
        reason: z.string().min(1),
        servers: z.array(z.string()).optional().describe('Policy ids this rule applies to; omitted: all.'),
      }),
    )
    .optional(),
});

export const auditSettingsSchema = z.strictObject({
  dir: z.string().optional().describe('Audit log directory (default: the per-OS state directory).'),
  retentionDays: z.number().int().positive().optional(),
  onWriteFailure: z.enum(['block', 'allow']).optional().describe('When the log cannot be written. Default in enforce mode: block.'),
  logArguments: z.enum(['redacted', 'none']).optional(),
  sinks: z.array(z.record(z.string(), z.unknown())).optional().describe('Where events are shipped (syslog, OTLP, …).'),
});

export const policySchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.string().min(1).describe('Policy version, shown in findings and recorded in every audit event.'),
  organization: z.string().optional(),
  mode: z.enum(['enforce', 'warn']).default('enforce').describe('enforce: unapproved servers are errors and tool calls are blocked; warn: report only.'),
  review: z.strictObject({ maxAgeDays: z.number().int().positive().default(365) }).optional(),
  servers: z.array(approvedServerSchema).default([]).describe('The approved MCP servers.'),
  denied: z.array(deniedServerSchema).default([]).describe('Servers that are refused whatever else matches.'),
  argumentRules: argumentRulesSchema.optional(),
  audit: auditSettingsSchema.optional(),
  alerts: z.array(z.record(z.string(), z.unknown())).optional().describe('Alert rules over audit events.'),
});

export type Policy = z.infer<typeof policySchema>;
export type ApprovedServer = z.infer<typeof approvedServerSchema>;
export type DeniedServer = z.infer<typeof deniedServerSchema>;
export type ServerMatch = z.infer<typeof serverMatchSchema>;
export type CredentialScope = z.infer<typeof credentialScopeSchema>;
export type ArgumentRules = z.infer<typeof argumentRulesSchema>;
export type AuditSettings = z.infer<typeof auditSettingsSchema>;

/**
 * A user or workspace policy layered under the base: it may only restrict, so it needs no version,
 * and its `servers` entries name a base approval by id to tighten its tool lists.
 */
export const restrictionLayerSchema = policySchema.extend({
  version: z.string().min(1).optional(),
  servers: z
    .array(z.union([approvedServerSchema, z.strictObject({ id: z.string().min(1), tools: toolListsSchema })]))
    .default([])
    .describe('Tighten a base approval by id (tools.deny / ask / allow); new approvals here are ignored.'),
});

export type RestrictionLayer = z.infer<typeof restrictionLayerSchema>;
