// The per-user state location the scanner records observations in (the same directory as the hooks').
import type { StateLocation } from '../audit/paths';

export function stateLocation(home: string, env: Record<string, string | undefined>, platform: NodeJS.Platform = process.platform): StateLocation {
  return { home, env, platform };
}
