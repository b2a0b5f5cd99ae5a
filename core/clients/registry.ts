import type { ClientId } from '../model';
import { amazonQ } from './amazon-q';
import { claudeCode } from './claude-code';
import { claudeDesktop } from './claude-desktop';
import { cline } from './cline';
import { codex } from './codex';
import { continueDev } from './continue';
import { cursor } from './cursor';
import { geminiCli } from './gemini-cli';
import type { ClientModule } from './types';
import { vscode } from './vscode';
import { windsurf } from './windsurf';
import { zed } from './zed';

/** Every client MCP Warden understands, in the order reports list them. */
export const ALL_CLIENTS: readonly ClientModule[] = [claudeCode, cursor, vscode, codex, claudeDesktop, windsurf, geminiCli, zed, cline, continueDev, amazonQ];

export function clientModule(id: ClientId): ClientModule {
  const found = ALL_CLIENTS.find((client) => client.id === id);
  if (!found) throw new Error(`no client module for ${id}`);
  return found;
}
