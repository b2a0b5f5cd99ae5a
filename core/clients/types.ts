import type { CandidateFile, ClientId, ParseProblem, ServerEntry } from '../model';

/** Where to look: the real machine by default, or a copy of another one (tests, audits). */
export interface DiscoveryEnv {
  home: string;
  /** The project (working) directory; project-scoped files are looked up here and in its ancestors. */
  project?: string;
  platform: NodeJS.Platform;
  /** Environment variables that move config locations (CLAUDE_CONFIG_DIR, CODEX_HOME, APPDATA, …). */
  env: Record<string, string | undefined>;
  /** Prefix for machine-wide paths such as /etc/claude-code; '' for the real root. */
  systemRoot: string;
}

export interface ParsedFile {
  servers: ServerEntry[];
  /** Problems that make the whole file unusable to its client (syntax errors). */
  errors: ParseProblem[];
  /** Problems the client tolerates but a reviewer should see. */
  warnings: ParseProblem[];
}

/** Lists directories and reads small files during discovery; injected so candidates() stays testable. */
export interface DiscoveryFs {
  listDir(dir: string): string[];
  isDir(path: string): boolean;
}

export interface ClientModule {
  id: ClientId;
  displayName: string;
  /** Every file this client may read servers from on this machine, existing or not. */
  candidates(env: DiscoveryEnv, fs: DiscoveryFs): CandidateFile[];
  /** Pure: text in, entries with exact ranges out. Never throws. */
  parse(text: string, file: CandidateFile): ParsedFile;
}
