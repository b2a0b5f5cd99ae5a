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
import { detectHiddenUnicode, hiddenUnicodeHits } from './detectors/hidden-unicode';
import { detectMarkup, wholeTextMarkupHits } from './detectors/markup';
import { LARGE_TEXT, oversizedFinding, segmentsOf } from './large-text';
import { detectCapabilityMismatch } from './detectors/mismatch';
import { detectOverride } from './detectors/override';
import { detectShadowing } from './detectors/shadowing';
import { detectTaskHijack } from './detectors/task-hijack';
import { redactText } from '../secrets';
import { fnv1a } from './text/fnv';
import { rawOffset } from './text/normalize';
import type { Token } from './text/tokens';
import { escapeInvisible } from './unicode';
import { severityOf, type ScanContext, type ScanFinding, type Surface } from './types';

const DETECTORS: readonly Detector[] = [
  detectHiddenUnicode,
  detectOverride,
  detectTaskHijack,
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

/** A descriptive frame ("detects phrases such as …") makes a match data, not an order. */
const DISCOUNT = 0.4;
/** Quotation alone is weaker evidence: a quoted instruction in a description still reaches the model. */
const QUOTED_DISCOUNT = 0.7;
const DESCRIPTIVE_LOOKBACK = 12;
const EVIDENCE_LIMIT = 200;
const FINDINGS_PER_RULE = 3;

/** Scans one text. `field` names where it came from in the findings ("description", "response", …). */
export function scanText(text: string, surface: Surface = 'description', context: ScanContext = {}, field: string = surface): ScanFinding[] {
  if (text.length > LARGE_TEXT) return scanLargeText(text, surface, context, field);
  return scanFull(text, surface, context, field);
}

function scanFull(text: string, surface: Surface, context: ScanContext, field: string): ScanFinding[] {
  const analysis = analyseWithRescan(text, surface, context, 0, isParameterDescription(field));
  return toFindings(analysis, runDetectors(analysis), field);
}

/** "inputSchema.properties.notes.description": the text the model reads to fill in one argument. */
function isParameterDescription(field: string): boolean {
  return field.startsWith('inputSchema.') && PARAMETER_DESCRIPTION.test(field);
}

const PARAMETER_DESCRIPTION = /\.properties\.[^.]{1,256}\.description$/;

/** Whole-text cheap checks, every detector on the passages large-text.ts picks, and the size itself. */
function scanLargeText(raw: string, surface: Surface, context: ScanContext, field: string): ScanFinding[] {
  const rescan = (decoded: string): Hit[] => runDetectors(analyseWithRescan(decoded.slice(0, LARGE_TEXT), surface, context, 1));
  const whole = analyseWithRescan('', surface, context, 0);
  const wholeHits = [...hiddenUnicodeHits(raw, 0, rescan), ...wholeTextMarkupHits(raw)];
  const findings = toFindings({ ...whole, views: { raw, plain: raw, words: raw } }, wholeHits, field);
  for (const segment of segmentsOf(raw)) {
    for (const finding of scanFull(raw.slice(segment.start, segment.end), surface, context, field)) {
      findings.push({ ...finding, start: finding.start + segment.start, end: finding.end + segment.start });
    }
  }
  return dedupe([...findings, ...oversizedFinding(raw, surface, field)]);
}

function dedupe(findings: ScanFinding[]): ScanFinding[] {
  const unique = new Map<string, ScanFinding>();
  const perRule = new Map<string, number>();
  for (const finding of findings.sort((a, b) => b.confidence - a.confidence)) {
    const key = `${finding.ruleId}\0${finding.message}`;
    const count = perRule.get(finding.ruleId) ?? 0;
    if (unique.has(key) || count >= FINDINGS_PER_RULE) continue;
    perRule.set(finding.ruleId, count + 1);
    unique.set(key, finding);
  }
  return [...unique.values()].sort((a, b) => a.start - b.start || b.confidence - a.confidence);
}

function analyseWithRescan(text: string, surface: Surface, context: ScanContext, depth: number, parameter = false): TextAnalysis {
  return analyse(text, surface, context, depth, (decoded) => runDetectors(analyseWithRescan(decoded, surface, context, depth + 1)), parameter);
}

function runDetectors(analysis: TextAnalysis): Hit[] {
  const hits: Hit[] = [];
  for (const detector of DETECTORS) for (const hit of detector(analysis)) hits.push(hit);
  // The frame test only matters for a hit it could discount: most texts have none.
  if (!hits.some((hit) => hit.discountable && !hit.raw)) return hits;
  const framedAsData = /\bnot (?:an? )?(?:instruction|command|directive)s?\b|\billustrative\b/.test(analysis.views.words);
  for (const hit of hits) {
    if (!hit.discountable || hit.raw) continue;
    if (framedAsData || isDescriptive(analysis, hit)) hit.confidence *= DISCOUNT;
    else if (hit.quotable && insideQuotes(analysis, hit.start, hit.end)) hit.confidence *= QUOTED_DISCOUNT;
  }
  return hits;
}

/** Preceded in its clause by a descriptive frame ("detects phrases such as", "Sample response:"). */
function isDescriptive(analysis: TextAnalysis, hit: Hit): boolean {
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
  if (hits.length === 0) return [];
  const outer = new Set(hits.filter((hit) => !hit.inner).map((hit) => `${hit.ruleId}\0${hit.message}`));
  const unique = new Map<string, ScanFinding>();
  const perRule = new Map<string, number>();
  let digest: string | undefined;
  for (const hit of hits.sort((a, b) => b.confidence - a.confidence)) {
    if (hit.inner && outer.has(`${hit.inner.ruleId}\0${hit.inner.message}`)) continue;
    const key = `${hit.ruleId}\0${hit.message}`;
    const count = perRule.get(hit.ruleId) ?? 0;
    if (unique.has(key) || count >= FINDINGS_PER_RULE) continue;
    perRule.set(hit.ruleId, count + 1);
    unique.set(key, toFinding(analysis, hit, field, digest ??= digestOf(analysis.views.raw)));
  }
  return [...unique.values()].sort((a, b) => a.start - b.start || b.confidence - a.confidence);
}

function toFinding(analysis: TextAnalysis, hit: Hit, field: string, textDigest: string): ScanFinding {
  const [start, end] = hit.raw ? [hit.start, hit.end] : rawSpan(analysis, hit.start, hit.end);
  const confidence = Math.round(hit.confidence * 100) / 100;
  const quoted = escapeInvisible(clip(analysis.views.raw.slice(start, end)));
  // Evidence is printed, logged and exported: a credential in it is redacted like everywhere else.
  const evidence = redactText(hit.decoded !== undefined ? `${quoted} → "${escapeInvisible(clip(hit.decoded))}"` : quoted);
  return { ruleId: hit.ruleId, severity: severityOf(confidence), confidence, message: hit.message, evidence, field, start, end, textDigest };
}

function digestOf(text: string): string {
  return fnv1a(text, 0, text.length).toString(16).padStart(8, '0');
}

function rawSpan(analysis: TextAnalysis, start: number, end: number): [number, number] {
  const { raw } = analysis.views;
  const rawStart = rawOffset(analysis.views, start);
  const lastChar = rawOffset(analysis.views, Math.max(start, end - 1));
  const lastWidth = (raw.codePointAt(lastChar) ?? 0) > 0xffff ? 2 : 1;
  return [rawStart, Math.min(raw.length, lastChar + lastWidth)];
}

function clip(text: string): string {
  return text.length > EVIDENCE_LIMIT ? `${text.slice(0, EVIDENCE_LIMIT)}…` : text;
}
