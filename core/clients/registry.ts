import type { ClientId } from '../model';
import { claudeCode } from './claude-code';
import type { ClientModule } from './types';

/** Every client MCP Warden understands, in the order reports list them. */
export const ALL_CLIENTS: readonly ClientModule[] = [claudeCode];

export function clientModule(id: ClientId): ClientModule {
  const found = ALL_CLIENTS.find((client) => client.id === id);
  if (!found) throw new Error(`no client module for ${id}`);
  return found;
}
