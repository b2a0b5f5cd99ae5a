// Cursor's beforeMCPExecution gives the server's `url` or its `command` string, not its name.
// The identity is built from what Cursor says it runs; the config files only supply the name
// (for the log) and, when Cursor passes a bare executable, the arguments it was configured with.
import type { ServerEntry } from '../model';
import type { ServerResolution } from './decide';
import { normaliseUrl } from '../identity/url';
import { bareToolName } from './tools';

const PAYLOAD_FILE = '(Cursor hook input)';

export function resolveCursorServer(toolName: string, server: { url?: string; command?: string }, configured: ServerEntry[]): ServerResolution {
  const tool = bareToolName(toolName);
  if (server.url) {
    const named = configured.find((e) => e.url !== undefined && sameUrl(e.url, server.url!));
    return { serverName: named?.name ?? hostOf(server.url), tool, candidates: [payloadEntry({ url: server.url, transport: 'http' }, named)] };
  }
  const words = splitCommandLine(server.command ?? '');
  if (!words.length) return { serverName: '(unknown)', tool, candidates: [], unresolvedBecause: 'Cursor gave an empty server command' };
  if (words.length === 1) {
    const byCommand = configured.filter((e) => e.command === words[0]);
    if (byCommand.length) return { serverName: byCommand[0]!.name, tool, candidates: byCommand };
  }
  const launch = words.join(' ');
  const named = configured.find((e) => e.command !== undefined && [e.command, ...(e.args ?? [])].join(' ') === launch);
  return { serverName: named?.name ?? words[0]!, tool, candidates: [payloadEntry({ command: words[0]!, args: words.slice(1), transport: 'stdio' }, named)] };
}

function payloadEntry(launch: Pick<ServerEntry, 'command' | 'args' | 'url' | 'transport'>, named: ServerEntry | undefined): ServerEntry {
  const zero = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 }, offset: 0, length: 0 };
  return {
    client: 'cursor',
    scope: named?.scope ?? 'user',
    file: named?.file ?? PAYLOAD_FILE,
    name: named?.name ?? launch.url ?? launch.command ?? '(unknown)',
    nameRange: zero,
    range: zero,
    valueRanges: {},
    problems: [],
    variableSyntax: 'cursor',
    ...launch,
  };
}

/** POSIX-like word splitting: quotes group, a backslash escapes a quote, space or backslash. */
export function splitCommandLine(line: string): string[] {
  const words: string[] = [];
  let current = '';
  let quote: '"' | "'" | undefined;
  let started = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    const next = line[i + 1];
    if (ch === '\\' && quote !== "'" && next !== undefined && /["'\\ ]/.test(next)) {
      current += next;
      started = true;
      i += 1;
    } else if (quote) {
      if (ch === quote) quote = undefined;
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      started = true;
    } else if (/\s/.test(ch)) {
      if (started) words.push(current);
      current = '';
      started = false;
    } else {
      current += ch;
      started = true;
    }
  }
  if (started) words.push(current);
  return words;
}

/** The identity rules for URLs (host case, default port, trailing slash; path case kept), as the policy matches them. */
function sameUrl(a: string, b: string): boolean {
  const left = normaliseUrl(a);
  return left !== undefined && left.url === normaliseUrl(b)?.url;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}
