// Pins for a listing (lockEntryFor) and the comparison of a listing with the lock (diffAgainstLock).
import { diffEntries, type Drift } from './drift';
import { sortKeys, type LockEntry, type Lockfile, type ServerListing } from './lockfile';
import { pinTool, sha256Json, type ToolPin } from './pin-hash';

export function lockEntryFor(listing: ServerListing, name?: string): LockEntry {
  const tools: Record<string, ToolPin> = {};
  for (const tool of listing.tools) tools[tool.name] = pinTool(tool);
  const definitions = Object.fromEntries(Object.entries(tools).map(([toolName, pin]) => [toolName, pin.definition]));
  return {
    ...(name !== undefined ? { name } : {}),
    tools: sortKeys(tools),
    toolList: sha256Json(definitions),
    instructions: listing.instructions !== undefined ? sha256Json(listing.instructions) : null,
  };
}

export function diffAgainstLock(lock: Lockfile | undefined, identityKey: string, listing: ServerListing): Drift {
  const locked = lock?.servers[identityKey];
  if (!locked) return { status: 'unlocked', kind: 'none', changes: [], instructionsChanged: false };
  return diffEntries(locked, lockEntryFor(listing));
}
