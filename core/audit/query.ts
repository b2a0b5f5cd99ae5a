// Answers "who invoked this tool, when, with what arguments, under which approval" from the
// local store. Fast on large stores: day files outside the time range are skipped by name, and
// lines are found by searching the raw bytes for the filter values before any JSON is parsed.
import { closeSync, openSync, readSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditEvent } from './event';
import { DAY_FILE } from './retention';

export interface AuditQuery {
  user?: string;
  server?: string;
  tool?: string;
  decision?: string;
  eventNames?: string[];
  from?: Date;
  to?: Date;
}

export interface QueryStats {
  files: number;
  bytes: number;
  matched: number;
  /** Lines that are not JSON objects (a fragment left by a full disk, a hand edit). */
  unreadableLines: number;
}

/** Return false to stop the query early. */
export type EventSink = (event: AuditEvent) => boolean | void;

const CHUNK_BYTES = 8 * 1024 * 1024;
const NEWLINE = 0x0a;

export function queryAudit(dir: string, query: AuditQuery, sink: EventSink): QueryStats {
  const stats: QueryStats = { files: 0, bytes: 0, matched: 0, unreadableLines: 0 };
  const matcher = compileQuery(query);
  for (const file of dayFilesInRange(dir, query.from, query.to)) {
    stats.files += 1;
    if (!scanFile(join(dir, file), matcher, stats, sink)) break;
  }
  return stats;
}

/** Day files whose day overlaps [from, to], oldest first. */
export function dayFilesInRange(dir: string, from?: Date, to?: Date): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const fromDay = from?.toISOString().slice(0, 10);
  const toDay = to?.toISOString().slice(0, 10);
  return names
    .filter((name) => {
      const day = DAY_FILE.exec(name)?.[1];
      return day !== undefined && (!fromDay || day >= fromDay) && (!toDay || day <= toDay);
    })
    .sort();
}

interface CompiledQuery {
  needles: Buffer[];
  accepts(event: AuditEvent): boolean;
}

function compileQuery(query: AuditQuery): CompiledQuery {
  const tests: ((event: AuditEvent) => boolean)[] = [];
  const needles: string[] = [];
  const field = (value: string | undefined, ...keys: (keyof AuditEvent)[]) => {
    if (value === undefined) return;
    needles.push(JSON.stringify(value));
    tests.push((event) => keys.some((key) => event[key] === value));
  };
  field(query.user, 'user.name', 'user.email');
  field(query.server, 'mcp.server.name', 'mcp_warden.approval.id');
  field(query.tool, 'gen_ai.tool.name', 'mcp_warden.tool.qualified_name');
  field(query.decision, 'mcp_warden.decision');
  if (query.eventNames?.length) tests.push((event) => query.eventNames!.includes(event['event.name']));
  const fromIso = query.from?.toISOString();
  const toIso = query.to?.toISOString();
  if (fromIso) tests.push((event) => event.timestamp >= fromIso);
  if (toIso) tests.push((event) => event.timestamp <= toIso);
  // The longest value is usually the rarest: search for it first.
  const ordered = needles.sort((a, b) => b.length - a.length).map((n) => Buffer.from(n));
  return { needles: ordered, accepts: (event) => tests.every((test) => test(event)) };
}

function scanFile(file: string, matcher: CompiledQuery, stats: QueryStats, sink: EventSink): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return true;
  }
  try {
    return scanDescriptor(fd, matcher, stats, sink);
  } finally {
    closeSync(fd);
  }
}

function scanDescriptor(fd: number, matcher: CompiledQuery, stats: QueryStats, sink: EventSink): boolean {
  let carry = Buffer.alloc(0);
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  for (;;) {
    const read = readSync(fd, chunk, 0, CHUNK_BYTES, null);
    stats.bytes += read;
    const data = carry.length ? Buffer.concat([carry, chunk.subarray(0, read)]) : chunk.subarray(0, read);
    const end = read === 0 ? data.length : data.lastIndexOf(NEWLINE) + 1;
    if (!scanLines(data.subarray(0, end), matcher, stats, sink)) return false;
    if (read === 0) return true;
    carry = Buffer.from(data.subarray(end));
  }
}

/** Scans complete lines; with needles, jumps from one occurrence of the first needle to the next. */
function scanLines(data: Buffer, matcher: CompiledQuery, stats: QueryStats, sink: EventSink): boolean {
  const [first, ...others] = matcher.needles;
  let pos = 0;
  while (pos < data.length) {
    let lineStart = pos;
    if (first) {
      const hit = data.indexOf(first, pos);
      if (hit === -1) return true;
      lineStart = data.lastIndexOf(NEWLINE, hit) + 1;
    }
    let lineEnd = data.indexOf(NEWLINE, lineStart);
    if (lineEnd === -1) lineEnd = data.length;
    const line = data.subarray(lineStart, lineEnd);
    pos = lineEnd + 1;
    if (line.length === 0 || !others.every((needle) => line.includes(needle))) continue;
    const event = parseLine(line, stats);
    if (!event || !matcher.accepts(event)) continue;
    stats.matched += 1;
    if (sink(event) === false) return false;
  }
  return true;
}

function parseLine(line: Buffer, stats: QueryStats): AuditEvent | undefined {
  try {
    const value: unknown = JSON.parse(line.toString('utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as AuditEvent;
  } catch {
    // Counted below.
  }
  stats.unreadableLines += 1;
  return undefined;
}
