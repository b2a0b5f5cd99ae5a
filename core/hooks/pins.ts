// Tool pins on the pre-call path: is the approved server's last observed tool listing the one the
// project's mcp-lock.json pins? The hook never connects to a server; `mcp-warden scan` and
// `mcp-warden lock` record what each server published (core/scan/observations.ts) and this
// compares that record with the lock. Pure: the hook hands in the lockfile it found and a way to
// look up a server's lock status.
//
// toolPins on the approval (policy-schema/schema.ts), when the project has an mcp-lock.json:
//   enforce (the default) drift or an unreadable lockfile refuses the call; a server missing from
//                         the lock refuses it only when `toolPins: "enforce"` is written out
//   warn                  the call runs and the user is warned
//   off                   nothing is checked
// No lockfile: nothing is checked. In the lock but never observed on this machine: allowed, and
// the audit reason says so (the hook cannot list the server itself).
import type { ApprovedServer } from '../../policy-schema/schema';
import type { ToolChange } from '../scan/drift';
import type { Lockfile } from '../scan/lockfile';
import type { LockStatus } from '../scan/observations';

export const PIN_RULES = {
  structural: 'pin-drift-structural',
  cosmetic: 'pin-drift-cosmetic',
  missing: 'pin-missing',
  invalid: 'lockfile-invalid',
} as const;

export interface PinSource {
  /** The mcp-lock.json that applies to the call (nearest from the cwd up to the project root). */
  lockPath: string;
  lock?: Lockfile;
  /** Set when the lockfile exists but cannot be read or is not a lockfile. */
  error?: string;
  /** The lock status of one identity key (reads the observations on first use). */
  statusOf(identityKey: string): LockStatus;
}

export interface PinOutcome {
  /** ok / unobserved: the call may run and the audit reason records it; refuse: enforce; warn: run and warn. */
  effect: 'ok' | 'refuse' | 'warn';
  rule?: string;
  reason: string;
  /** For a warning: whether `toolPins: "enforce"` (or the default) would have refused the call. */
  wouldRefuse?: boolean;
}

const MAX_LISTED_CHANGES = 5;

const CHANGE_WORDS: Record<ToolChange['change'], string> = {
  added: 'added',
  removed: 'removed',
  description: 'description changed',
  schema: 'schema or annotations changed',
};

export function checkPins(approval: ApprovedServer | undefined, key: string, serverName: string, source: PinSource | undefined): PinOutcome | undefined {
  const mode = approval?.toolPins;
  if (!source || mode === 'off') return undefined;
  const onDrift = mode === 'warn' ? 'warn' : 'refuse';
  if (source.error !== undefined) {
    return { effect: onDrift, wouldRefuse: true, rule: PIN_RULES.invalid, reason: `${source.error}; the tool pins of "${serverName}" cannot be verified — fix or regenerate the lockfile with \`mcp-warden lock\`` };
  }
  const status = source.statusOf(key);
  switch (status.status) {
    case 'ok':
      return { effect: 'ok', reason: `tool definitions match ${source.lockPath}` };
    case 'unobserved':
      return { effect: 'ok', reason: `pinned in ${source.lockPath}, but its tool definitions have not been listed on this machine yet (\`mcp-warden lock --check\` lists them)` };
    case 'unlocked':
      return {
        effect: mode === 'enforce' ? 'refuse' : 'warn',
        rule: PIN_RULES.missing,
        reason: `"${serverName}" (${key}) is not pinned in ${source.lockPath}; review its tools with \`mcp-warden lock --check\` and pin them with \`mcp-warden lock\``,
      };
    case 'drifted': {
      const { drift } = status;
      const parts = drift.changes.slice(0, MAX_LISTED_CHANGES).map((c) => `tool ${c.tool} ${CHANGE_WORDS[c.change]}`);
      if (drift.changes.length > MAX_LISTED_CHANGES) parts.push(`${drift.changes.length - MAX_LISTED_CHANGES} more tool changes`);
      if (drift.instructionsChanged) parts.push('server instructions changed');
      return {
        effect: onDrift,
        wouldRefuse: true,
        rule: drift.kind === 'structural' ? PIN_RULES.structural : PIN_RULES.cosmetic,
        reason: `tool definitions of "${serverName}" changed since they were approved in ${source.lockPath} (${drift.kind}: ${parts.join(', ')}; observed ${status.observedAt}); run \`mcp-warden lock --check\` and re-approve with \`mcp-warden lock\``,
      };
    }
  }
}
