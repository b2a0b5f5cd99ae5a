// Words and icons for verdicts, shared by hover, CodeLens, tree and status bar.
import type { VerdictStatus } from '../../core/policy/evaluate';

export interface StatusLabel {
  /** A codicon name. */
  icon: string;
  title: string;
  approved: boolean;
}

const LABELS: Record<VerdictStatus, StatusLabel> = {
  approved: { icon: 'pass-filled', title: 'Approved', approved: true },
  'not-approved': { icon: 'error', title: 'Not approved', approved: false },
  denied: { icon: 'circle-slash', title: 'Denied by policy', approved: false },
  impersonation: { icon: 'warning', title: 'Impersonates an approved server', approved: false },
  unpinned: { icon: 'error', title: 'Unpinned launch', approved: false },
  'pin-mismatch': { icon: 'error', title: 'Version differs from the approved pin', approved: false },
  malformed: { icon: 'error', title: 'Malformed entry', approved: false },
  'no-policy': { icon: 'question', title: 'No usable policy', approved: false },
};

export function statusLabel(status: VerdictStatus): StatusLabel {
  return LABELS[status];
}

const CREDENTIALS: Record<string, string> = {
  none: 'no credential',
  oauth: 'OAuth',
  'fine-grained-token': 'fine-grained token',
  'api-key': 'API key',
  'service-account': 'service account',
  'personal-access-token': 'personal access token',
  session: 'session',
  other: 'other credential',
};

export function credentialLabel(kind: string): string {
  return CREDENTIALS[kind] ?? kind;
}

const DATE_UNITS: Array<[string, string]> = [['Y', 'year'], ['M', 'month'], ['W', 'week'], ['D', 'day']];
const TIME_UNITS: Array<[string, string]> = [['H', 'hour'], ['M', 'minute'], ['S', 'second']];

/** "P90D" → "90 days", "PT12H" → "12 hours"; anything else is shown as written. */
export function describeDuration(iso: string): string {
  const match = /^P([^T]*)(?:T(.*))?$/.exec(iso);
  if (!match) return iso;
  const parts = [...unitsIn(match[1] ?? '', DATE_UNITS), ...unitsIn(match[2] ?? '', TIME_UNITS)];
  return parts.length ? parts.join(' ') : iso;
}

function unitsIn(text: string, units: Array<[string, string]>): string[] {
  return units.flatMap(([letter, unit]) => {
    const value = new RegExp(`(\\d+)${letter}`).exec(text)?.[1];
    return value ? [plural(Number(value), unit)] : [];
  });
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
