// The shape every CLI command file exports. One file per command in cli/commands/.
import type { ParseArgsConfig } from 'node:util';

export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

export interface CommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** True when stdout is a terminal: colour and progress are allowed. */
  isTty: boolean;
}

export interface Command {
  /** Words after `mcp-warden`, e.g. ['check'] or ['policy', 'lint']. */
  name: string[];
  summary: string;
  /** Usage lines and option descriptions printed by --help. */
  help: string;
  options: OptionSpecs;
  /** Whether positionals are accepted. */
  positionals?: boolean;
  run(values: Record<string, unknown>, positionals: string[], io: CommandIo): Promise<number>;
}

/** Exit codes per DESIGN.md. */
export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;

/** A usage or input error: printed as one line on stderr, exit 2. */
export class UsageError extends Error {}

export const COMMON_DISCOVERY_OPTIONS: OptionSpecs = {
  home: { type: 'string' },
  project: { type: 'string' },
  'system-root': { type: 'string' },
  policy: { type: 'string' },
  json: { type: 'boolean' },
};

export const COMMON_DISCOVERY_HELP = `  --home DIR          read configs under DIR instead of the real home directory
  --project DIR       the project directory (default: the current directory)
  --system-root DIR   prefix for machine-wide paths (/etc/…), to audit a copy of another machine
  --policy FILE       policy file (default: $MCP_WARDEN_POLICY, then the managed and user locations)
  --json              machine-readable output`;
