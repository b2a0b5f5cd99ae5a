// Suppressions, reviewed in the repository (.mcp-warden/suppressions.json): each one silences exactly
// one finding — its rule and the hash of its content — states why, and expires. When the text behind
// a finding changes, its hash changes and the suppression no longer applies; an expired one never does.
import * as fs from 'node:fs';
import { sha256Json } from './pin-hash';
import { verdictOf } from './verdict';
import type { ScanFinding, ToolScanResult } from './types';

export const SUPPRESSIONS_FILE = '.mcp-warden/suppressions.json';

export interface Suppression {
  ruleId: string;
  /** findingHash() of the finding: printed by `scan --json` and `scan-tools --json`. */
  hash: string;
  reason: string;
  /** YYYY-MM-DD; the suppression stops applying at the end of that day (UTC). */
  expires: string;
  /** Optional, for the reader: which tool or server this was about, who approved it. */
  tool?: string;
  server?: string;
  approvedBy?: string;
}

export class SuppressionsError extends Error {}

/** The content hash a suppression refers to: rule, tool, field, evidence and the field's whole text. */
export function findingHash(finding: ScanFinding, toolId: string): string {
  return sha256Json({ ruleId: finding.ruleId, tool: toolId, field: finding.field, evidence: finding.evidence, text: finding.textDigest ?? null });
}

export function readSuppressions(file: string): Suppression[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new SuppressionsError(`cannot read ${file}: ${(error as Error).message}`);
  }
  return parseSuppressions(text, file);
}

export function parseSuppressions(text: string, file = SUPPRESSIONS_FILE): Suppression[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SuppressionsError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const list = (data as { suppressions?: unknown })?.suppressions;
  if (!Array.isArray(list)) throw new SuppressionsError(`${file} must be {"version": 1, "suppressions": [...]}`);
  return list.map((item, index) => validate(item, `${file} suppressions[${index}]`));
}

function validate(item: unknown, where: string): Suppression {
  const entry = item as Partial<Suppression>;
  if (!entry || typeof entry !== 'object') throw new SuppressionsError(`${where} is not an object`);
  for (const key of ['ruleId', 'hash', 'reason', 'expires'] as const) {
    if (typeof entry[key] !== 'string' || (entry[key] as string).trim() === '') throw new SuppressionsError(`${where} needs a non-empty "${key}"`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.expires as string) || Number.isNaN(Date.parse(`${entry.expires}T00:00:00Z`))) {
    throw new SuppressionsError(`${where}: "expires" must be a date YYYY-MM-DD`);
  }
  return entry as Suppression;
}

export function isExpired(suppression: Suppression, now: Date): boolean {
  return now.getTime() >= Date.parse(`${suppression.expires}T00:00:00Z`) + 24 * 3600 * 1000;
}

export interface SuppressionOutcome {
  results: ToolScanResult[];
  /** Suppressions whose finding is still there but which have expired: the finding is reported again. */
  expired: Suppression[];
}

export function applySuppressions(results: ToolScanResult[], suppressions: Suppression[], now: Date = new Date()): SuppressionOutcome {
  const active = new Map(suppressions.filter((s) => !isExpired(s, now)).map((s) => [`${s.ruleId}\0${s.hash}`, s]));
  const expiredKeys = new Map(suppressions.filter((s) => isExpired(s, now)).map((s) => [`${s.ruleId}\0${s.hash}`, s]));
  const expired = new Set<Suppression>();
  const updated = results.map((result) => {
    const kept: ScanFinding[] = [];
    const suppressed: ScanFinding[] = [...(result.suppressed ?? [])];
    for (const finding of result.findings) {
      const key = `${finding.ruleId}\0${findingHash(finding, result.id)}`;
      if (active.has(key)) suppressed.push(finding);
      else {
        const old = expiredKeys.get(key);
        if (old) expired.add(old);
        kept.push(finding);
      }
    }
    return { ...result, verdict: verdictOf(kept), findings: kept, ...(suppressed.length ? { suppressed } : {}) };
  });
  return { results: updated, expired: [...expired] };
}
