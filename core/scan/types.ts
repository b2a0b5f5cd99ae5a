// The scanner's vocabulary: what a tool definition is, what a detector reports and how a verdict reads.

/** What the text under test is; rules weigh evidence differently per surface. */
export type Surface = 'description' | 'instructions' | 'response' | 'arguments' | 'other';

export const SURFACES: readonly Surface[] = ['description', 'instructions', 'response', 'arguments', 'other'];

export type ScanVerdict = 'malicious' | 'suspicious' | 'clean';

export type ScanSeverity = 'error' | 'warning' | 'info';

/** One piece of evidence: a rule matched a span of the raw text. */
export interface ScanFinding {
  ruleId: string;
  severity: ScanSeverity;
  /** 0..1; ≥ 0.8 is error level, ≥ 0.5 warning, below that informational. */
  confidence: number;
  message: string;
  /** The matched span of the raw text, invisible characters escaped; decoded payloads appended after "→". */
  evidence: string;
  /** Where the text came from: "description", "inputSchema.properties.path.description", "instructions", … */
  field: string;
  /** UTF-16 offsets of the evidence in that field's raw text. */
  start: number;
  end: number;
  /** Fingerprint of the whole field text: a suppression stops applying when the text around its evidence changes. */
  textDigest?: string;
}

/** A tool as a server publishes it in tools/list (only the fields the scanner and the pins read). */
export interface ToolDefinition {
  name: string;
  title?: string;
  description?: string;
  inputSchema?: unknown;
  outputSchema?: unknown;
  annotations?: unknown;
  icons?: unknown;
  execution?: unknown;
  _meta?: unknown;
}

export interface ToolScanResult {
  /** The tool name, or the record id when scanning a corpus file. */
  id: string;
  verdict: ScanVerdict;
  findings: ScanFinding[];
  /** Findings removed by a suppression (still reported so a review sees them). */
  suppressed?: ScanFinding[];
}

/** Other servers' tools, for cross-server shadowing: a description that talks about another server's tool. */
export interface PeerTools {
  server: string;
  tools: string[];
  /** The peer's identity key, so a server listed twice (two config files) is not its own peer. */
  identityKey?: string;
}

export interface ScanContext {
  /** The scanned tool's own name and its own server's tool names: mentioning these is normal. */
  ownTools?: string[];
  peers?: PeerTools[];
}

export const CONFIDENCE = { error: 0.8, warning: 0.5 } as const;

export function severityOf(confidence: number): ScanSeverity {
  if (confidence >= CONFIDENCE.error) return 'error';
  if (confidence >= CONFIDENCE.warning) return 'warning';
  return 'info';
}
