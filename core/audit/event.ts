// The audit event: one flat JSON object per line. Keys are OpenTelemetry semantic-convention
// attribute names where one exists (so export to OTLP is a key-for-key mapping) and
// `mcp_warden.*` otherwise. docs/audit.md documents every field.

export const AUDIT_SCHEMA_VERSION = 1;

export const EVENT_NAMES = {
  decision: 'mcp_warden.tool.decision',
  result: 'mcp_warden.tool.result',
  failure: 'mcp_warden.tool.failure',
  alert: 'mcp_warden.alert',
} as const;

export type AuditEventKind = keyof typeof EVENT_NAMES;
export type AuditEventName = (typeof EVENT_NAMES)[AuditEventKind];
export type HookClient = 'claude-code' | 'cursor';
/** `unknown` only when the input was unreadable and the hook was not told its client. */
export type EventClient = HookClient | 'unknown';
export type DecisionAction = 'allow' | 'deny' | 'ask';

export interface AuditEvent {
  'event.id': string;
  /** RFC 3339, milliseconds, UTC. */
  timestamp: string;
  'event.name': AuditEventName;
  'mcp_warden.schema': number;
  'user.name': string;
  'user.email'?: string;
  'host.name': string;
  'mcp_warden.client': EventClient;
  'session.id'?: string;
  'gen_ai.operation.name': 'execute_tool';
  'gen_ai.tool.name'?: string;
  'gen_ai.tool.call.id'?: string;
  /** Redacted; replaced by a truncation marker when the event would be too large. */
  'gen_ai.tool.call.arguments'?: unknown;
  'mcp.method.name': 'tools/call';
  'mcp.server.name'?: string;
  /** The name the client shows the model, e.g. mcp__github__create_issue. */
  'mcp_warden.tool.qualified_name'?: string;
  'mcp_warden.server.scope'?: string;
  'mcp_warden.server.config'?: string;
  'mcp_warden.server.identity'?: string;
  'process.working_directory'?: string;
  'mcp_warden.project.dir'?: string;
  'mcp_warden.verdict'?: string;
  'mcp_warden.decision'?: DecisionAction;
  'mcp_warden.decision.rule'?: string;
  'mcp_warden.decision.reason'?: string;
  /** The approval the call ran under: the policy entry id, its owner and review date. */
  'mcp_warden.approval.id'?: string;
  'mcp_warden.approval.owner'?: string;
  'mcp_warden.approval.reviewed'?: string;
  'mcp_warden.policy.hash': string;
  'mcp_warden.policy.version'?: string;
  'mcp_warden.policy.mode'?: string;
  'mcp_warden.outcome'?: 'success' | 'error' | 'interrupted' | 'blocked';
  'mcp_warden.duration_ms'?: number;
  'mcp_warden.result.bytes'?: number;
  'error.type'?: string;
  'error.message'?: string;
  'mcp_warden.alert.rule'?: string;
  'mcp_warden.alert.severity'?: 'critical' | 'high' | 'medium' | 'low';
  'mcp_warden.alert.detail'?: string;
  'mcp_warden.truncated'?: boolean;
}

/** Who is acting, read once per process. */
export interface Principal {
  userName: string;
  hostName: string;
  email?: string;
}

export type EventFields = Omit<AuditEvent, 'event.id' | 'timestamp' | 'event.name' | 'mcp_warden.schema' | 'user.name' | 'host.name' | 'gen_ai.operation.name' | 'mcp.method.name' | 'user.email'>;

export function createEvent(kind: AuditEventKind, principal: Principal, fields: EventFields, now: Date = new Date()): AuditEvent {
  return {
    'event.id': newEventId(),
    timestamp: now.toISOString(),
    'event.name': EVENT_NAMES[kind],
    'mcp_warden.schema': AUDIT_SCHEMA_VERSION,
    'user.name': principal.userName,
    ...(principal.email ? { 'user.email': principal.email } : {}),
    'host.name': principal.hostName,
    'gen_ai.operation.name': 'execute_tool',
    'mcp.method.name': 'tools/call',
    ...dropUndefined(fields),
  };
}

function dropUndefined<T extends object>(fields: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
  return out as T;
}

/**
 * A random (version 4) UUID. Event ids must be unique, not secret: Math.random (seeded per
 * process from the OS) is enough, and it spares the hook loading the crypto module on every call.
 */
export function newEventId(): string {
  const hex: string[] = [];
  for (let i = 0; i < 32; i++) hex.push(Math.floor(Math.random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
