// Scans the configured servers: gate each one, list the allowed ones (a few at a time), scan every
// listing with the other servers' tools as context for shadowing, apply suppressions, compare with
// mcp-lock.json. The connection is injected, so the editor, the CLI and tests share this code.
import { identityKey, type Identity } from '../identity';
import type { ServerEntry } from '../model';
import type { VerdictStatus } from '../policy/evaluate';
import type { Drift } from './drift';
import { diffAgainstLock } from './lock';
import { refusalReason, type GateOptions } from './gate';
import type { Lockfile, ServerListing } from './lockfile';
import { scanListing } from './scan-listing';
import { applySuppressions, type Suppression } from './suppressions';
import { worstVerdict } from './verdict';
import type { PeerTools, ScanVerdict, ToolScanResult } from './types';

export interface ScanTarget {
  entry: ServerEntry;
  status: VerdictStatus;
  /** identityKey(identityOf(entry)): the lockfile key. */
  identityKey: string;
}

/** Targets from checked servers (core/check's CheckResult.servers, or checkConfigFile's for one file). */
export function scanTargets(servers: ReadonlyArray<{ entry: ServerEntry; verdict: { status: VerdictStatus; identity: Identity } }>): ScanTarget[] {
  return servers.map(({ entry, verdict }) => ({ entry, status: verdict.status, identityKey: identityKey(verdict.identity) }));
}

export interface ServerScanResult {
  entry: ServerEntry;
  identityKey: string;
  state: 'scanned' | 'skipped' | 'failed';
  /** Why it was skipped or how it failed. */
  reason?: string;
  listing?: ServerListing;
  results: ToolScanResult[];
  verdict: ScanVerdict;
  /** Compared with the lock (only when a lockfile was given and the server was listed). */
  drift?: Drift;
}

export interface ScanRunOptions extends GateOptions {
  connect(entry: ServerEntry): Promise<ServerListing>;
  lock?: Lockfile;
  suppressions?: Suppression[];
  now?: Date;
  concurrency?: number;
  onProgress?(message: string): void;
}

export interface ScanRun {
  servers: ServerScanResult[];
  /** Expired suppressions whose finding came back. */
  expiredSuppressions: Suppression[];
}

export async function scanServers(targets: ScanTarget[], options: ScanRunOptions): Promise<ScanRun> {
  const listings = await listAllowed(targets, options);
  const peers = peerTools(targets, listings);
  const expired = new Set<Suppression>();
  const servers = targets.map((target, index): ServerScanResult => {
    const outcome = listings[index] as Outcome;
    if (outcome.kind !== 'listed') return { entry: target.entry, identityKey: target.identityKey, state: outcome.kind, reason: outcome.reason, results: [], verdict: 'clean' };
    const scanned = scanListing(outcome.listing, peers.filter((peer) => peer.identityKey !== target.identityKey));
    const { results, expired: gone } = applySuppressions(scanned, options.suppressions ?? [], options.now);
    gone.forEach((suppression) => expired.add(suppression));
    return {
      entry: target.entry,
      identityKey: target.identityKey,
      state: 'scanned',
      listing: outcome.listing,
      results,
      verdict: worstVerdict(results.map((result) => result.verdict)),
      ...(options.lock ? { drift: diffAgainstLock(options.lock, target.identityKey, outcome.listing) } : {}),
    };
  });
  return { servers, expiredSuppressions: [...expired] };
}

type Outcome = { kind: 'listed'; listing: ServerListing } | { kind: 'skipped' | 'failed'; reason: string };

/** Lists every allowed server once per identity, `concurrency` at a time. */
async function listAllowed(targets: ScanTarget[], options: ScanRunOptions): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(targets.length);
  const byIdentity = new Map<string, Promise<Outcome>>();
  const queue = targets.map((target, index) => ({ target, index }));
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { target, index } = next;
      const refusal = refusalReason(target.entry, target.status, options);
      if (refusal) {
        outcomes[index] = { kind: 'skipped', reason: refusal };
        continue;
      }
      let pending = byIdentity.get(target.identityKey);
      if (!pending) {
        options.onProgress?.(`listing ${target.entry.name} (${target.identityKey})`);
        pending = options.connect(target.entry).then(
          (listing): Outcome => ({ kind: 'listed', listing }),
          (error: unknown): Outcome => ({ kind: 'failed', reason: (error as Error).message }),
        );
        byIdentity.set(target.identityKey, pending);
      }
      outcomes[index] = await pending;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  return outcomes;
}

function peerTools(targets: ScanTarget[], outcomes: Outcome[]): PeerTools[] {
  const peers = new Map<string, PeerTools>();
  outcomes.forEach((outcome, index) => {
    const target = targets[index] as ScanTarget;
    if (outcome.kind === 'listed' && !peers.has(target.identityKey)) {
      peers.set(target.identityKey, { server: target.entry.name, identityKey: target.identityKey, tools: outcome.listing.tools.map((tool) => tool.name) });
    }
  });
  return [...peers.values()];
}
