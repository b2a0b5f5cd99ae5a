// The pure half of "Scan Tool Descriptions": what `mcp-warden scan --json` prints, how one server's
// result becomes findings on its entry (core's scanDiagnostics/driftDiagnostics), the state the
// inventory shows, and the hover section with the evidence. No `vscode`, no MCP SDK.
import type { CheckedServer } from '../../core/check';
import { identityKey } from '../../core/identity/index';
import type { Finding, ServerEntry } from '../../core/model';
import { driftDiagnostics, scanDiagnostics } from '../../core/scan/diagnostics';
import { describeDrift, type Drift } from '../../core/scan/drift';
import type { ScanFinding, ScanVerdict, ToolScanResult } from '../../core/scan/types';

/** One server of `scan --json` (cli/commands/scan.ts runJson). */
export interface ScanServerJson {
  name: string;
  file: string;
  client: string;
  scope: string;
  identity: string;
  state: 'scanned' | 'skipped' | 'failed';
  reason?: string;
  verdict: ScanVerdict;
  drift?: Drift;
  tools: ToolScanResult[];
}

export interface ScanJson {
  servers: ScanServerJson[];
}

/** Where a result came from: a scan run, or mcp-lock.json compared with the last listing seen. */
export interface ScanRecord {
  server: ScanServerJson;
  source: 'scan' | 'lock';
  /** RFC 3339: when the scan ran, or when the listing compared with the lock was observed. */
  at: string;
}

export type ScanState = 'not-scanned' | 'clean' | 'suspicious' | 'malicious' | 'drift' | 'failed' | 'skipped';

export class ScanOutputError extends Error {}

/** Parses and checks the shape of `scan --json` output; throws ScanOutputError when it is not one. */
export function parseScanJson(text: string): ScanJson {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ScanOutputError(`the scanner printed something that is not JSON: ${(error as Error).message}`);
  }
  const servers = (data as { servers?: unknown })?.servers;
  if (!Array.isArray(servers)) throw new ScanOutputError('the scanner output has no "servers" list');
  for (const server of servers as Array<Partial<ScanServerJson>>) {
    if (typeof server?.name !== 'string' || typeof server.file !== 'string' || typeof server.identity !== 'string' || !['scanned', 'skipped', 'failed'].includes(server.state as string) || !Array.isArray(server.tools)) {
      throw new ScanOutputError(`the scanner output has a malformed server entry: ${JSON.stringify(server).slice(0, 200)}`);
    }
  }
  return { servers: servers as ScanServerJson[] };
}

/** Key of a server entry across re-checks: the file, the config name and the scope (~/.claude.json holds one name in several scopes). */
export function recordKey(file: string, name: string, scope: string): string {
  return `${file}\u0000${name}\u0000${scope}`;
}

/** Does a record still describe this entry? Not when its launch (identity) changed since. */
export function stillApplies(record: ScanRecord, server: CheckedServer): boolean {
  return record.server.identity === identityKey(server.verdict.identity);
}

export function scanState(record: ScanRecord | undefined): ScanState {
  if (!record) return 'not-scanned';
  const { server } = record;
  if (server.state === 'failed') return 'failed';
  if (server.drift?.status === 'drifted') return server.verdict === 'malicious' ? 'malicious' : 'drift';
  if (server.state === 'skipped') return 'skipped';
  return server.verdict;
}

export interface ScanStateLabel {
  /** Short text for the tree item's description. */
  text: string;
  /** Codicon id. */
  icon: string;
  /** Theme color id, when the state is a problem. */
  color?: string;
}

export const SCAN_STATE_LABELS: Record<ScanState, ScanStateLabel> = {
  'not-scanned': { text: 'not scanned', icon: 'circle-outline' },
  clean: { text: 'scanned: clean', icon: 'pass', color: 'testing.iconPassed' },
  suspicious: { text: 'scan: suspicious', icon: 'warning', color: 'problemsWarningIcon.foreground' },
  malicious: { text: 'scan: malicious', icon: 'bug', color: 'problemsErrorIcon.foreground' },
  drift: { text: 'scan: drift from mcp-lock.json', icon: 'diff', color: 'problemsWarningIcon.foreground' },
  failed: { text: 'scan failed', icon: 'error', color: 'problemsWarningIcon.foreground' },
  skipped: { text: 'not scanned (skipped)', icon: 'circle-slash' },
};

/** The findings a record puts on the entry: each warning/error scan finding, and drift. */
export function recordFindings(entry: ServerEntry, record: ScanRecord): Finding[] {
  const findings = [...scanDiagnostics(entry, record.server.tools), ...driftDiagnostics(entry, record.server.drift)];
  // From the lock alone, a server missing from the lock is not news enough for a squiggle.
  return record.source === 'lock' ? findings.filter((finding) => finding.ruleId !== 'pin-missing') : findings;
}

/** One line for the tree item's tooltip. */
export function stateTooltip(record: ScanRecord | undefined): string {
  const state = scanState(record);
  if (!record) return 'Tool scan: not scanned yet (MCP Warden: Scan Tool Descriptions)';
  const { server } = record;
  const when = record.source === 'scan' ? `scanned ${record.at}` : `listing observed ${record.at}, compared with mcp-lock.json`;
  const reason = server.reason ? `: ${server.reason}` : '';
  const drift = server.drift && server.drift.status === 'drifted' ? ` — ${describeDrift(server.drift)}` : '';
  return `Tool scan: ${SCAN_STATE_LABELS[state].text}${reason}${drift} (${when})`;
}

export interface ScanHoverLinks {
  rule(ruleId: string): string;
}

/** The hover section under the server's card: verdict, each finding with its evidence, drift. */
export function scanHoverMarkdown(record: ScanRecord, links: ScanHoverLinks, limit = 12): string {
  const { server } = record;
  const state = scanState(record);
  const when = record.source === 'scan' ? `scanned ${record.at}` : `last listing ${record.at} vs mcp-lock.json`;
  const head = `**Tool scan** · ${SCAN_STATE_LABELS[state].text} _(${escapeText(when)})_`;
  if (server.state !== 'scanned' && record.source === 'scan') return [head, escapeText(server.reason ?? '')].filter(Boolean).join('\n\n');
  const lines: string[] = [];
  for (const tool of server.tools) {
    for (const finding of tool.findings) {
      if (finding.severity === 'info') continue;
      lines.push(findingLine(tool.id, finding, links));
    }
  }
  const shown = lines.slice(0, limit);
  if (lines.length > limit) shown.push(`- … and ${lines.length - limit} more in the Problems panel`);
  if (server.drift?.status === 'drifted') shown.push(`- [${server.drift.kind === 'structural' ? 'pin-drift-structural' : 'pin-drift-cosmetic'}](${links.rule(server.drift.kind === 'structural' ? 'pin-drift-structural' : 'pin-drift-cosmetic')}): ${escapeText(describeDrift(server.drift))}`);
  if (!shown.length) shown.push(`- ${server.tools.length} tools, prompts, resources and instructions read; nothing found`);
  return `${head}\n${shown.join('\n')}`;
}

function findingLine(tool: string, finding: Pick<ScanFinding, 'ruleId' | 'message' | 'evidence' | 'field'>, links: ScanHoverLinks): string {
  return `- [${finding.ruleId}](${links.rule(finding.ruleId)}) \`${code(tool)}\` ${escapeText(finding.message)} (${escapeText(finding.field)}) — evidence: \`${code(finding.evidence)}\``;
}

function escapeText(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>]/g, (c) => `\\${c}`).replace(/\$\(/g, '\\$(').replace(/@/g, '&#64;');
}

/** Inside a code span: no backticks, no line breaks, bounded length. */
function code(text: string): string {
  const flat = text.replace(/`/g, "'").replace(/[\r\n]+/g, ' ');
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat;
}

/** Arguments of the bundled CLI for one workspace folder (or none). */
export interface ScanArgsInput {
  project?: string;
  home?: string;
  policy?: string;
  trusted: boolean;
  includeUnapproved: boolean;
  servers?: readonly string[];
}

export function scanCliArgs(input: ScanArgsInput): string[] {
  return [
    'scan',
    '--json',
    ...(input.project ? ['--project', input.project] : []),
    ...(input.home ? ['--home', input.home] : []),
    ...(input.policy ? ['--policy', input.policy] : []),
    ...(input.trusted ? ['--trust-workspace'] : []),
    ...(input.includeUnapproved ? ['--include-unapproved'] : []),
    ...(input.servers ?? []).flatMap((name) => ['--server', name]),
  ];
}
