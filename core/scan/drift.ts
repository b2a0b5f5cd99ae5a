// Compares what a server publishes now with its entry in mcp-lock.json. A changed description, title
// or instruction text is cosmetic; a changed schema or annotation, or a tool added or removed, is
// structural. Both are drift: `lock --check` fails on either and the policy decides how hooks react.
import type { LockEntry } from './lockfile';

export type ToolChangeKind = 'added' | 'removed' | 'description' | 'schema';

export interface ToolChange {
  tool: string;
  change: ToolChangeKind;
}

export interface Drift {
  /** 'unlocked': the lock has no entry for this server. */
  status: 'unchanged' | 'drifted' | 'unlocked';
  kind: 'none' | 'cosmetic' | 'structural';
  changes: ToolChange[];
  instructionsChanged: boolean;
}

export function diffEntries(locked: LockEntry, current: LockEntry): Drift {
  const changes: ToolChange[] = [];
  for (const tool of Object.keys(current.tools).sort()) {
    const before = locked.tools[tool];
    const now = current.tools[tool];
    if (!before) changes.push({ tool, change: 'added' });
    else if (now && before.shape !== now.shape) changes.push({ tool, change: 'schema' });
    else if (now && before.definition !== now.definition) changes.push({ tool, change: 'description' });
  }
  for (const tool of Object.keys(locked.tools).sort()) if (!current.tools[tool]) changes.push({ tool, change: 'removed' });
  const instructionsChanged = (locked.instructions ?? null) !== (current.instructions ?? null);
  const structural = changes.some((change) => change.change !== 'description');
  if (changes.length === 0 && !instructionsChanged) return { status: 'unchanged', kind: 'none', changes, instructionsChanged };
  return { status: 'drifted', kind: structural ? 'structural' : 'cosmetic', changes, instructionsChanged };
}

export function describeDrift(drift: Drift): string {
  if (drift.status === 'unlocked') return 'not in mcp-lock.json';
  if (drift.status === 'unchanged') return 'matches mcp-lock.json';
  const parts = drift.changes.map((change) => `${change.tool}: ${CHANGE_WORDS[change.change]}`);
  if (drift.instructionsChanged) parts.push('server instructions changed');
  return `${drift.kind} drift — ${parts.join('; ')}`;
}

const CHANGE_WORDS: Record<ToolChangeKind, string> = {
  added: 'tool added',
  removed: 'tool removed',
  description: 'description changed',
  schema: 'schema or annotations changed',
};
