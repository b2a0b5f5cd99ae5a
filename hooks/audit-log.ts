// Writes the events of one hook call and says, in one line, why it could not.
import type { AuditEvent } from '../core/audit/event';
import { auditDir, unsuitableAuditDir } from '../core/audit/paths';
import { appendEvent, AuditWriteError } from '../core/audit/writer';
import type { EffectivePolicy } from '../core/policy/load';
import type { HookRuntime } from './runtime';

export interface AuditTarget {
  dir: string;
  retentionDays?: number;
  /** Set when the directory must not be used; events are then not written. */
  unsuitable?: string;
}

export function auditTarget(rt: HookRuntime, policy: EffectivePolicy | undefined, projectDirs: string[]): AuditTarget {
  const dir = auditDir(rt, policy?.audit.dir);
  const chosen = Boolean(rt.env.MCP_WARDEN_AUDIT_DIR || policy?.audit.dir);
  const unsuitable = chosen ? unsuitableAuditDir(dir, projectDirs, rt.home) : undefined;
  return { dir, ...(policy?.audit.retentionDays ? { retentionDays: policy.audit.retentionDays } : {}), ...(unsuitable ? { unsuitable } : {}) };
}

/** Undefined when every event was written; otherwise the reason. */
export function writeEvents(target: AuditTarget, events: AuditEvent[]): string | undefined {
  if (target.unsuitable) return target.unsuitable;
  try {
    for (const event of events) appendEvent(target, event);
    return undefined;
  } catch (error) {
    return error instanceof AuditWriteError ? error.message : `cannot write the audit log: ${(error as Error).message}`;
  }
}

/** `audit.onWriteFailure`; by default enforce mode blocks and warn mode lets the call run. */
export function blocksOnAuditFailure(policy: EffectivePolicy | undefined): boolean {
  if (!policy || !policy.usable) return true;
  return (policy.audit.onWriteFailure ?? (policy.mode === 'enforce' ? 'block' : 'allow')) === 'block';
}
