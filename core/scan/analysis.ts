// One text, analysed once and shared by every detector: raw text, folded views, tokens, quoted spans.
import type { RuleId } from './rules';
import { buildViews, type TextViews } from './text/normalize';
import { tokenize, type TokenStream } from './text/tokens';
import type { ScanContext, Surface } from './types';

/** What a detector reports before it becomes a finding. Offsets are in `plain` unless `raw` is set. */
export interface Hit {
  ruleId: RuleId;
  confidence: number;
  message: string;
  start: number;
  end: number;
  /** Offsets are raw-text offsets (detectors that read the raw text: hidden Unicode, padding). */
  raw?: boolean;
  /** Appended to the evidence: a decoded payload, a decoded tag message. */
  decoded?: string;
  /** A descriptive frame ("detects phrases such as …", "Sample response:") lowers the confidence. */
  discountable?: boolean;
  /** So does standing inside quotation marks (phrases; not code, which is quoted as a matter of course). */
  quotable?: boolean;
  /** For a decoded payload: the finding inside it (a duplicate of a finding on the plain text is dropped). */
  inner?: { ruleId: RuleId; message: string };
}

export interface TextAnalysis {
  views: TextViews;
  stream: TokenStream;
  surface: Surface;
  context: ScanContext;
  /** Nesting depth of decoded payloads; re-scans stop at MAX_DEPTH. */
  depth: number;
  /** The text describes one input parameter (inputSchema.properties.x.description): a secret named as its
   *  content there asks the model to fill it in. */
  parameter: boolean;
  /** Quoted spans of the plain view, found on first use (most texts have no hit to discount): see insideQuotes. */
  quotes: ReadonlyArray<readonly [number, number]> | undefined;
  /** Runs every detector on a decoded text (used by the encoded-payload detector). */
  rescan(text: string): Hit[];
}

export type Detector = (analysis: TextAnalysis) => Hit[];

export const MAX_DEPTH = 2;

export function analyse(raw: string, surface: Surface, context: ScanContext, depth: number, rescan: (text: string) => Hit[], parameter = false): TextAnalysis {
  const views = buildViews(raw);
  return { views, stream: tokenize(views, ownNamesOf(context)), surface, context, depth, parameter, quotes: undefined, rescan };
}

/** Every string of a definition (and every definition of a listing) shares one context, scanned one
 *  after the other: its names are lower-cased once, not once per string. One entry, not a WeakMap: a
 *  context per definition as WeakMap keys cost the garbage collector more than the lookups saved. */
const lastOwnNames: { context?: ScanContext; names: ReadonlySet<string> } = { names: new Set() };

function ownNamesOf(context: ScanContext): ReadonlySet<string> {
  if (lastOwnNames.context !== context) {
    lastOwnNames.context = context;
    lastOwnNames.names = new Set((context.ownTools ?? []).map((name) => name.toLowerCase()));
  }
  return lastOwnNames.names;
}

const QUOTE_LIMIT = 240;

/** Spans inside "…", `…` or '…' (a single quote opens only after a non-letter and closes before one). */
export function quotedSpans(plain: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < plain.length; i++) {
    const ch = plain[i] as string;
    if (ch !== '"' && ch !== '`' && ch !== "'") continue;
    if (ch === "'" && i > 0 && /\p{L}/u.test(plain[i - 1] as string)) continue;
    const close = findClose(plain, i, ch);
    if (close < 0) continue;
    spans.push([i, close + 1]);
    i = close;
  }
  return spans;
}

function findClose(plain: string, open: number, quote: string): number {
  const limit = Math.min(plain.length, open + QUOTE_LIMIT);
  for (let k = open + 1; k < limit; k++) {
    const ch = plain[k] as string;
    if (ch === '\n') return -1;
    if (ch !== quote) continue;
    if (quote === "'" && k + 1 < plain.length && /\p{L}/u.test(plain[k + 1] as string)) continue;
    return k;
  }
  return -1;
}

export function insideQuotes(analysis: TextAnalysis, start: number, end: number): boolean {
  analysis.quotes ??= quotedSpans(analysis.views.plain);
  return analysis.quotes.some(([open, close]) => open <= start && end <= close);
}
