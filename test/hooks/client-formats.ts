// The documented shapes of the files MCP Warden exports (reference/clients.md §1.6, §2.2, §3.2,
// §4.2) as zod schemas, and the clients' documented matching rules, implemented independently of
// the exporters so a round trip can check one against the other.
import { z } from 'zod';

const claudeRule = z.union([
  z.strictObject({ serverUrl: z.string().min(1) }),
  z.strictObject({ serverCommand: z.array(z.string()).min(1) }),
  z.strictObject({ serverName: z.string().min(1) }),
]);
const claudeAllowRule = z.union([
  z.strictObject({ serverUrl: z.string().min(1) }),
  z.strictObject({ serverCommand: z.array(z.string()).min(1) }),
  z.strictObject({ serverName: z.string().regex(/^[A-Za-z0-9_-]+$/) }),
]);
const claudeHandler = z.strictObject({
  type: z.literal('command'),
  command: z.string().min(1),
  args: z.array(z.string()).optional(),
  timeout: z.number().positive().optional(),
  statusMessage: z.string().optional(),
  async: z.boolean().optional(),
});
const claudeGroup = z.strictObject({ matcher: z.string().optional(), hooks: z.array(claudeHandler) });
const claudeEvents = z.enum(['PreToolUse', 'PostToolUse', 'PostToolUseFailure', 'PermissionRequest', 'SessionStart', 'Stop']);

export const claudeManagedSettingsSchema = z.looseObject({
  allowManagedMcpServersOnly: z.boolean(),
  allowedMcpServers: z.array(claudeAllowRule),
  deniedMcpServers: z.array(claudeRule),
  allowManagedHooksOnly: z.boolean(),
  hooks: z.partialRecord(claudeEvents, z.array(claudeGroup)),
});

export const claudePluginHooksSchema = z.strictObject({ description: z.string().optional(), hooks: z.partialRecord(claudeEvents, z.array(claudeGroup)) });

export const claudePluginManifestSchema = z.looseObject({ name: z.string().regex(/^[a-z0-9-]+$/), version: z.string().optional(), description: z.string().optional(), hooks: z.string().optional() });

export const claudeMarketplaceSchema = z.looseObject({
  name: z.string().min(1),
  owner: z.looseObject({ name: z.string().min(1) }),
  plugins: z.array(z.looseObject({ name: z.string().min(1), source: z.union([z.string().startsWith('./'), z.looseObject({ source: z.string() })]) })).min(1),
});

const cursorEvents = z.enum(['beforeMCPExecution', 'afterMCPExecution', 'preToolUse', 'postToolUse', 'beforeShellExecution', 'afterShellExecution']);
export const cursorHooksSchema = z.strictObject({
  version: z.literal(1),
  hooks: z.partialRecord(
    cursorEvents,
    z.array(z.strictObject({ command: z.string().min(1), type: z.enum(['command', 'prompt']).optional(), timeout: z.number().positive().optional(), failClosed: z.boolean().optional(), matcher: z.string().optional(), loop_limit: z.number().nullable().optional() })),
  ),
});

const codexUrl = z.union([z.string().min(1), z.strictObject({ match: z.enum(['exact', 'prefix']), value: z.string() }), z.strictObject({ match: z.literal('regex'), expression: z.string() })]);
const codexArg = z.union([z.strictObject({ match: z.enum(['exact', 'prefix']), value: z.string() }), z.strictObject({ match: z.literal('regex'), expression: z.string() })]);
const codexCommand = z.union([z.string().min(1), z.strictObject({ executable: z.string().min(1), args: z.array(codexArg) })]);
export const codexRequirementsSchema = z.looseObject({
  mcp_servers: z.record(z.string(), z.strictObject({ identity: z.union([z.strictObject({ url: codexUrl }), z.strictObject({ command: codexCommand })]) })),
});

export const vscodeSettingsSchema = z.strictObject({ 'chat.mcp.access': z.enum(['none', 'registry', 'all']), 'chat.mcp.gallery.serviceUrl': z.url().optional() });

export type ClaudeRule = { serverUrl: string } | { serverCommand: string[] } | { serverName: string };

/** What Claude Code does with a server under managed allow/deny lists (managed-mcp.md "How a server is evaluated"). */
export function claudeAllows(server: { name: string; url?: string; launch?: string[] }, allowed: ClaudeRule[], denied: ClaudeRule[]): boolean {
  const hit = (rule: ClaudeRule) =>
    ('serverUrl' in rule && server.url !== undefined && claudeUrlMatches(rule.serverUrl, server.url)) ||
    ('serverCommand' in rule && server.launch !== undefined && sameArray(rule.serverCommand, server.launch)) ||
    ('serverName' in rule && rule.serverName === server.name);
  if (denied.some(hit)) return false;
  if (server.url !== undefined) {
    const urlRules = allowed.filter((r) => 'serverUrl' in r);
    return urlRules.length ? urlRules.some(hit) : allowed.some(hit);
  }
  const commandRules = allowed.filter((r) => 'serverCommand' in r);
  return commandRules.length ? commandRules.some(hit) : allowed.some(hit);
}

/** `*` anywhere (scheme included); host case-insensitive, trailing FQDN dot ignored; path case-sensitive; no path = any path. */
export function claudeUrlMatches(pattern: string, url: string): boolean {
  const p = splitUrl(pattern);
  const u = splitUrl(url);
  if (!p || !u) return false;
  if (!glob(p.scheme.toLowerCase(), u.scheme.toLowerCase())) return false;
  if (!glob(p.host.toLowerCase().replace(/\.$/, ''), u.host.toLowerCase().replace(/\.$/, ''))) return false;
  return p.path === '' || glob(p.path, u.path);
}

function splitUrl(text: string): { scheme: string; host: string; path: string } | undefined {
  const m = /^([^:]+):\/\/([^/]*)(.*)$/.exec(text);
  return m ? { scheme: m[1]!, host: m[2]!, path: m[3]! } : undefined;
}

function glob(pattern: string, text: string): boolean {
  return new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 's').test(text);
}

function sameArray(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

type CodexMatcher = string | { match: 'exact' | 'prefix'; value: string } | { match: 'regex'; expression: string };

/** Codex: the name must be a key of mcp_servers and the identity must match (managed-configuration, PR #9101). */
export function codexAllows(server: { name: string; url?: string; launch?: string[] }, requirements: { mcp_servers: Record<string, { identity: { url?: CodexMatcher; command?: string | { executable: string; args: Exclude<CodexMatcher, string>[] } } }> }): boolean {
  const entry = requirements.mcp_servers[server.name];
  if (!entry) return false;
  const { url, command } = entry.identity;
  if (url !== undefined) return server.url !== undefined && codexMatches(url, server.url);
  if (command === undefined || !server.launch) return false;
  if (typeof command === 'string') return command === server.launch.join(' ');
  const [executable, ...args] = server.launch;
  return executable === command.executable && args.length === command.args.length && command.args.every((m, i) => codexMatches(m, args[i]!));
}

function codexMatches(matcher: CodexMatcher, value: string): boolean {
  if (typeof matcher === 'string') return matcher === value;
  if ('expression' in matcher) return new RegExp(matcher.expression).test(value);
  return matcher.match === 'exact' ? matcher.value === value : value.startsWith(matcher.value);
}
