// scanText: every detector over one text, descriptive and quoted matches discounted, hits turned into
// findings with the raw span as evidence. The hook pack calls this on tool responses and arguments.
import { analyse, insideQuotes, type Detector, type Hit, type TextAnalysis } from './analysis';
import { detectArgumentInjection } from './detectors/arguments';
import { detectCodeExecution } from './detectors/code-execution';
import { detectConcealment } from './detectors/concealment';
import { detectCredentialLeak } from './detectors/credential-leak';
import { detectDeferred } from './detectors/deferred';
import { detectEncoded } from './detectors/encoded';
import { detectExfiltration } from './detectors/exfiltration';
import { detectHiddenUnicode } from './detectors/hidden-unicode';
import { detectMarkup } from './detectors/markup';
import { detectCapabilityMismatch } from './detectors/mismatch';
import { detectOverride } from './detectors/override';
import { detectShadowing } from './detectors/shadowing';
import type { Token } from './text/tokens';
import { escapeInvisible } from './unicode';
import { severityOf, type ScanContext, type ScanFinding, type Surface } from './types';

const DETECTORS: readonly Detector[] = [
  detectHiddenUnicode,
  detectOverride,
  detectConcealment,
  detectExfiltration,
  detectShadowing,
  detectDeferred,
  detectMarkup,
  detectCodeExecution,
  detectArgumentInjection,
  detectEncoded,
  detectCredentialLeak,
  detectCapabilityMismatch,
];

const DISCOUNT = 0.4;
const DESCRIPTIVE_LOOKBACK = 12;
const EVIDENCE_LIMIT = 200;
const FINDINGS_PER_RULE = 3;

/** Scans one text. `field` names where it came from in the findings ("description", "response", …). */
export function scanText(text: string, surface: Surface = 'description', context: ScanContext = {}, field: string = surface): ScanFinding[] {
  const analysis = analyseWithRescan(text, surface, context, 0);
  return toFindings(analysis, runDetectors(analysis), field);
}

function analyseWithRescan(text: string, surface: Surface, context: ScanContext, depth: number): TextAnalysis {
  return analyse(text, surface, context, depth, (decoded) => runDetectors(analyseWithRescan(decoded, surface, context, depth + 1)));
}

function runDetectors(analysis: TextAnalysis): Hit[] {
  const hits = DETECTORS.flatMap((detector) => detector(analysis));
  const framedAsData = /\bnot (?:an? )?(?:instruction|command|directive)s?\b|\billustrative\b/.test(analysis.views.words);
  for (const hit of hits) if (hit.discountable && (framedAsData || isDescriptive(analysis, hit))) hit.confidence *= DISCOUNT;
  return hits;
}

/** Quoted, or preceded in its clause by a descriptive frame ("detects phrases such as", "Sample response:"). */
function isDescriptive(analysis: TextAnalysis, hit: Hit): boolean {
  if (hit.raw) return false;
  if (hit.quotable && insideQuotes(analysis, hit.start, hit.end)) return true;
  const { tokens, words } = analysis.stream;
  const first = firstTokenAt(tokens, hit.start);
  let next = tokens[first];
  if (!next) return false;
  for (let k = first - 1; k >= 0 && k >= first - DESCRIPTIVE_LOOKBACK; k--) {
    const token = tokens[k] as Token;
    if (token.sentence !== next.sentence || words.slice(token.end, next.start).includes(',')) return false;
    if (token.concepts.includes('descriptive')) return true;
    next = token;
  }
  return false;
}

function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tokens[mid] as Token).end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function toFindings(analysis: TextAnalysis, hits: Hit[], field: string): ScanFinding[] {
  const outer = new Set(hits.filter((hit) => !hit.inner).map((hit) => `${hit.ruleId}\0${hit.message}`));
  const unique = new Map<string, ScanFinding>();
  const perRule = new Map<string, number>();
  for (const hit of hits.sort((a, b) => b.confidence - a.confidence)) {
    if (hit.inner && outer.has(`${hit.inner.ruleId}\0${hit.inner.message}`)) continue;
    const key = `${hit.ruleId}\0${hit.message}`;
    const count = perRule.get(hit.ruleId) ?? 0;
    if (unique.has(key) || count >= FINDINGS_PER_RULE) continue;
    perRule.set(hit.ruleId, count + 1);
    unique.set(key, toFinding(analysis, hit, field));
  }
  return [...unique.values()].sort((a, b) => a.start - b.start || b.confidence - a.confidence);
}

function toFinding(analysis: TextAnalysis, hit: Hit, field: string): ScanFinding {
  const [start, end] = hit.raw ? [hit.start, hit.end] : rawSpan(analysis, hit.start, hit.end);
  const confidence = Math.round(hit.confidence * 100) / 100;
  const quoted = escapeInvisible(clip(analysis.views.raw.slice(start, end)));
  const evidence = hit.decoded !== undefined ? `${quoted} → "${escapeInvisible(clip(hit.decoded))}"` : quoted;
  return { ruleId: hit.ruleId, severity: severityOf(confidence), confidence, message: hit.message, evidence, field, start, end };
}

function rawSpan(analysis: TextAnalysis, start: number, end: number): [number, number] {
  const { map, raw } = analysis.views;
  const rawStart = map[start] ?? raw.length;
  const lastChar = map[Math.max(start, end - 1)] ?? raw.length;
  const lastWidth = (raw.codePointAt(lastChar) ?? 0) > 0xffff ? 2 : 1;
  return [rawStart, Math.min(raw.length, lastChar + lastWidth)];
}

function clip(text: string): string {
  return text.length > EVIDENCE_LIMIT ? `${text.slice(0, EVIDENCE_LIMIT)}…` : text;
}
