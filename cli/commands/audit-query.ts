// `mcp-warden audit query`: who invoked which MCP tool, when, with what arguments, under which
// approval — from the local audit log.
import { homedir } from 'node:os';
import { auditDir } from '../../core/audit/paths';
import { queryAudit, type AuditQuery } from '../../core/audit/query';
import { defaultDiscoveryEnv } from '../../core/discovery';
import { loadEffectivePolicy } from '../../core/policy/load';
import type { AuditEvent } from '../../core/audit/event';
import { EXIT, UsageError, type Command } from '../command';

export const auditQueryCommand: Command = {
  name: ['audit', 'query'],
  summary: 'search the MCP tool-call audit log (who, when, which tool, decision, approval)',
  help: `Usage: mcp-warden audit query [filters] [--json] [--limit N]

Reads the local audit log (MCP_WARDEN_AUDIT_DIR, or the per-OS state directory) and lists the
matching events, oldest first.

Filters:
  --user NAME         OS user name or account e-mail
  --server NAME       configured server name or policy entry id
  --tool NAME         tool name (create_issue) or qualified name (mcp__github__create_issue)
  --decision VALUE    allow, deny or ask
  --event KIND        decision, result, failure or alert (repeatable)
  --since DURATION    e.g. 30m, 12h, 7d (relative to now)
  --from TIME         RFC 3339 time or date (2026-11-01)
  --to TIME           RFC 3339 time or date (inclusive)

Output:
  --json              one event per line (JSON Lines), every field
  --limit N           at most N events (table default: the last 50; --json default: all)
  --dir DIR           read this audit directory

Exit codes: 0 done (also when nothing matches), 2 usage error.`,
  options: {
    user: { type: 'string' },
    server: { type: 'string' },
    tool: { type: 'string' },
    decision: { type: 'string' },
    event: { type: 'string', multiple: true },
    since: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    json: { type: 'boolean' },
    limit: { type: 'string' },
    dir: { type: 'string' },
  },
  async run(values, _positionals, io) {
    const query = queryFrom(values, new Date());
    const dir = typeof values.dir === 'string' ? values.dir : defaultAuditDir(io.env);
    const limit = values.limit === undefined ? undefined : positiveInt(values.limit, '--limit');
    if (values.json) {
      let printed = 0;
      queryAudit(dir, query, (event) => {
        io.stdout.write(`${JSON.stringify(event)}\n`);
        return limit === undefined || ++printed < limit;
      });
      return EXIT.clean;
    }
    const keep = limit ?? 50;
    const last: AuditEvent[] = [];
    const stats = queryAudit(dir, query, (event) => {
      last.push(event);
      if (last.length > keep) last.shift();
    });
    io.stdout.write(renderTable(last));
    io.stdout.write(`${stats.matched} matching event${stats.matched === 1 ? '' : 's'} in ${stats.files} day file${stats.files === 1 ? '' : 's'} of ${dir}${stats.matched > last.length ? `; showing the last ${last.length}` : ''}${stats.unreadableLines ? `; ${stats.unreadableLines} unreadable line(s) skipped` : ''}\n`);
    return EXIT.clean;
  },
};

/** As the hook chooses it: MCP_WARDEN_AUDIT_DIR, then the policy's audit.dir, then the state directory. */
function defaultAuditDir(env: NodeJS.ProcessEnv): string {
  const home = env.HOME || env.USERPROFILE || homedir();
  const policy = env.MCP_WARDEN_AUDIT_DIR ? undefined : loadEffectivePolicy(defaultDiscoveryEnv({ home, env }));
  return auditDir({ home, platform: process.platform, env }, policy?.audit.dir);
}

const DECISIONS = ['allow', 'deny', 'ask'];
const EVENT_KINDS: Record<string, string> = { decision: 'mcp_warden.tool.decision', result: 'mcp_warden.tool.result', failure: 'mcp_warden.tool.failure', alert: 'mcp_warden.alert' };

export function queryFrom(values: Record<string, unknown>, now: Date): AuditQuery {
  const query: AuditQuery = {};
  for (const key of ['user', 'server', 'tool'] as const) if (typeof values[key] === 'string') query[key] = values[key] as string;
  if (typeof values.decision === 'string') {
    if (!DECISIONS.includes(values.decision)) throw new UsageError(`--decision ${values.decision}: use allow, deny or ask`);
    query.decision = values.decision;
  }
  const kinds = (values.event as string[] | undefined) ?? [];
  for (const kind of kinds) if (!EVENT_KINDS[kind]) throw new UsageError(`--event ${kind}: use decision, result, failure or alert`);
  if (kinds.length) query.eventNames = kinds.map((k) => EVENT_KINDS[k]!);
  if (typeof values.since === 'string') query.from = new Date(now.getTime() - durationMs(values.since));
  if (typeof values.from === 'string') query.from = timeOption(values.from, '--from', false);
  if (typeof values.to === 'string') query.to = timeOption(values.to, '--to', true);
  return query;
}

function durationMs(text: string): number {
  const match = /^(\d+)\s*(m|h|d|w)$/.exec(text.trim());
  if (!match) throw new UsageError(`--since ${text}: use a number and m, h, d or w (e.g. 7d)`);
  const unit = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[match[2] as 'm' | 'h' | 'd' | 'w'];
  return Number(match[1]) * unit;
}

/** A date alone means the whole day: from its start, or to its end. */
function timeOption(text: string, flag: string, endOfDay: boolean): Date {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const value = new Date(dateOnly ? `${text}T${endOfDay ? '23:59:59.999' : '00:00:00.000'}Z` : text);
  if (Number.isNaN(value.getTime())) throw new UsageError(`${flag} ${text}: use an RFC 3339 time or a date (YYYY-MM-DD)`);
  return value;
}

function positiveInt(value: unknown, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} ${String(value)}: use a positive whole number`);
  return n;
}

const COLUMNS: Array<[string, (e: AuditEvent) => string]> = [
  ['TIME', (e) => e.timestamp.replace('T', ' ').replace(/\.\d+Z$/, 'Z')],
  ['USER', (e) => e['user.email'] ?? e['user.name']],
  ['CLIENT', (e) => e['mcp_warden.client']],
  ['SERVER', (e) => e['mcp.server.name'] ?? ''],
  ['TOOL', (e) => e['gen_ai.tool.name'] ?? ''],
  ['EVENT', (e) => e['event.name'].replace(/^mcp_warden\.(tool\.)?/, '')],
  ['OUTCOME', (e) => e['mcp_warden.decision'] ?? e['mcp_warden.outcome'] ?? e['mcp_warden.alert.rule'] ?? ''],
  ['APPROVAL', (e) => e['mcp_warden.approval.id'] ?? e['mcp_warden.verdict'] ?? ''],
  ['REASON', (e) => e['mcp_warden.decision.reason'] ?? e['mcp_warden.alert.detail'] ?? e['error.message'] ?? ''],
];

function renderTable(events: AuditEvent[]): string {
  if (!events.length) return '';
  const rows = events.map((e) => COLUMNS.map(([, get]) => oneLine(get(e))));
  const widths = COLUMNS.map(([title], i) => Math.min(i === COLUMNS.length - 1 ? 80 : 40, Math.max(title.length, ...rows.map((r) => r[i]!.length))));
  const line = (cells: string[]) => cells.map((c, i) => (c.length > widths[i]! ? `${c.slice(0, widths[i]! - 1)}…` : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return `${[line(COLUMNS.map(([t]) => t)), ...rows.map(line)].join('\n')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}
