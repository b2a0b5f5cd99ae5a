// The one-line status above each server entry.
import type { CheckedServer } from '../../core/check';
import { credentialLabel, statusLabel } from './labels';

export type LensAction = 'none' | 'request-approval' | 'select-policy';

export interface LensSpec {
  title: string;
  action: LensAction;
}

export function lensFor({ verdict }: CheckedServer): LensSpec {
  const label = statusLabel(verdict.status);
  if (label.approved && verdict.policyEntry) {
    const { scope, owner } = verdict.policyEntry;
    const scopeText = scope ? [credentialLabel(scope.credential), ...(scope.scopes?.length ? [scope.scopes.join(', ')] : [])].join(': ') : 'not documented';
    return { title: `$(${label.icon}) approved · scope: ${scopeText} · owner: ${owner ?? 'not documented'}`, action: 'none' };
  }
  if (verdict.status === 'no-policy') return { title: `$(${label.icon}) no usable policy — select one`, action: 'select-policy' };
  if (verdict.status === 'denied') return { title: `$(${label.icon}) denied by policy — remove it`, action: 'none' };
  if (verdict.status === 'impersonation') return { title: `$(${label.icon}) not approved — impersonates "${verdict.nearest?.id ?? 'an approved server'}"`, action: 'none' };
  if (verdict.status === 'malformed') return { title: `$(${label.icon}) malformed — no client can start it as written`, action: 'none' };
  const hint = verdict.nearest && (verdict.status === 'unpinned' || verdict.status === 'pin-mismatch') ? ` (approved: ${verdict.nearest.id})` : '';
  return { title: `$(${label.icon}) not approved — request approval${hint}`, action: 'request-approval' };
}
