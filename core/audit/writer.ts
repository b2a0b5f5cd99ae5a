// Append-only JSONL store, one file per UTC day. Each event is one write(2) of the whole line
// on a descriptor opened with O_APPEND, so hundreds of hook processes appending at once never
// interleave or tear lines. The first writer of a day also applies retention.
import { closeSync, constants as fsConstants, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditEvent } from './event';
import { pruneExpiredFiles } from './retention';
import { serializeEvent } from './serialize';

export interface AuditStore {
  dir: string;
  /** Days of files to keep; absent = keep everything. */
  retentionDays?: number;
}

export class AuditWriteError extends Error {}

const APPEND = fsConstants.O_WRONLY | fsConstants.O_APPEND;

export function dayFileName(timestamp: string): string {
  return `${timestamp.slice(0, 10)}.jsonl`;
}

/** Appends one event; returns the file written. Throws AuditWriteError with a reason fit for a person. */
export function appendEvent(store: AuditStore, event: AuditEvent): string {
  const line = Buffer.from(serializeEvent(event));
  const file = join(store.dir, dayFileName(event.timestamp));
  const fd = openForAppend(store, file, event.timestamp);
  try {
    writeWhole(fd, line, file);
  } finally {
    closeSync(fd);
  }
  return file;
}

function openForAppend(store: AuditStore, file: string, timestamp: string): number {
  try {
    return openSync(file, APPEND);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw writeError(error, file);
  }
  try {
    mkdirSync(store.dir, { recursive: true, mode: 0o700 });
    const fd = openSync(file, APPEND | fsConstants.O_CREAT, 0o600);
    if (store.retentionDays !== undefined) pruneExpiredFiles(store.dir, store.retentionDays, timestamp);
    return fd;
  } catch (error) {
    throw writeError(error, file);
  }
}

function writeWhole(fd: number, line: Buffer, file: string): void {
  let written: number;
  try {
    written = writeSync(fd, line);
  } catch (error) {
    throw writeError(error, file);
  }
  if (written === line.length) return;
  // A short write (disk full) leaves a fragment: end it so the next event starts on its own line.
  try {
    writeSync(fd, '\n');
  } catch {
    // The fragment stays; readers skip lines that do not parse.
  }
  throw new AuditWriteError(`only ${written} of ${line.length} bytes of the audit event reached ${file} (disk full?)`);
}

function writeError(error: unknown, file: string): AuditWriteError {
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
  const why: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    ENOTDIR: 'a path component is not a directory',
    EISDIR: 'the day file is a directory',
    EDQUOT: 'disk quota exceeded',
  };
  return new AuditWriteError(`cannot write the audit log ${file}: ${why[code] ?? code}`);
}
