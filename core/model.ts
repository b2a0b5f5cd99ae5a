// The shared vocabulary of MCP Warden: what a config file, a server entry and a finding are.
// Every adapter (CLI, extension, hooks) speaks in these types; none of them re-derives them.

export type ClientId =
  | 'claude-code'
  | 'cursor'
  | 'vscode'
  | 'codex'
  | 'claude-desktop'
  | 'windsurf'
  | 'gemini-cli'
  | 'zed'
  | 'cline'
  | 'continue'
  | 'amazon-q';

/** Where a declaration sits in its client's precedence order. */
export type ConfigScope =
  | 'managed'
  | 'user'
  | 'local'
  | 'project'
  | 'plugin'
  | 'agent'
  | 'profile'
  | 'devcontainer'
  | 'legacy-settings'
  | 'extension';

export type Transport = 'stdio' | 'http' | 'sse' | 'ws' | 'unknown';

/** Zero-based line and character (UTF-16 code units), as VS Code and LSP count them. */
export interface Position {
  line: number;
  character: number;
}

export interface SourceRange {
  start: Position;
  end: Position;
  /** Offset and length in UTF-16 code units of the file text (after BOM removal). */
  offset: number;
  length: number;
}

export type ConfigFormat = 'json' | 'jsonc' | 'toml' | 'yaml' | 'markdown';

/** A file a client may read MCP servers from, before it is read. */
export interface CandidateFile {
  path: string;
  client: ClientId;
  scope: ConfigScope;
  format: ConfigFormat;
  /** Which parser of the client handles it (a client may own several file kinds). */
  kind: string;
  /** For files tied to one project (e.g. ~/.claude.json local scope), the project directory. */
  projectDir?: string;
}

export type FileStatus = 'ok' | 'missing' | 'error' | 'unreadable' | 'too-large';

/** A problem with a file or an entry that stops us from understanding it fully. */
export interface ParseProblem {
  message: string;
  range?: SourceRange;
  /** The server this problem belongs to, when it is inside one entry. */
  server?: string;
}

/** Where the values of one entry sit in the file: "command", "args.0", "env.API_KEY", "url", "headers.Authorization". */
export type ValueRanges = Record<string, SourceRange>;

export interface ServerEntry {
  client: ClientId;
  scope: ConfigScope;
  file: string;
  name: string;
  /** Range of the server's key (inside the quotes for JSON), or its TOML header / YAML name. */
  nameRange: SourceRange;
  /** Range of the whole entry value (the object after the key). */
  range: SourceRange;
  transport: Transport;
  command?: string;
  args?: string[];
  url?: string;
  env?: Record<string, string>;
  headers?: Record<string, string>;
  valueRanges: ValueRanges;
  /** Set for Claude Code local scope: the project the entry applies to. */
  projectDir?: string;
  /** The client disabled it (Windsurf/Cline `disabled`, Codex `enabled = false`). Still checked: one edit re-enables it. */
  disabled?: boolean;
  /** Problems inside this entry (wrong types, missing command and url, …). */
  problems: ParseProblem[];
  /** Variable syntax of the client, for recognising references rather than expanding them. */
  variableSyntax: VariableSyntax;
}

export type VariableSyntax = 'claude' | 'vscode' | 'cursor' | 'codex' | 'gemini' | 'continue' | 'plain';

export interface ConfigFile extends CandidateFile {
  status: FileStatus;
  /** Why the file could not be read or parsed: the first of `errors`, or the read failure. */
  error?: ParseProblem;
  /** Every syntax error; the client fails to load a file that has any. */
  errors: ParseProblem[];
  /** Problems that do not stop the file from being read (a comment where the client forbids one, …). */
  problems: ParseProblem[];
  servers: ServerEntry[];
}

export type Severity = 'error' | 'warning' | 'info';

export interface Fix {
  /** Machine-readable kind the editor maps to a code action. */
  kind: 'remove-entry' | 'replace-launch' | 'move-credential' | 'disable-project-server' | 'request-approval';
  title: string;
  data?: Record<string, unknown>;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  range: SourceRange;
  server?: string;
  client?: ClientId;
  scope?: ConfigScope;
  /** The approved policy entry involved, when one is. */
  policyId?: string;
  fixes?: Fix[];
}
