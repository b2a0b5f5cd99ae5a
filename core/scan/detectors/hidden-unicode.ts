// Reports what unicode.ts finds on the raw text, with the decoded message as evidence. A decoded
// message is also scanned like any other text: its own findings come back as encoded payloads.
import type { Detector, Hit, TextAnalysis } from '../analysis';
import { MAX_DEPTH } from '../analysis';
import { RULES } from '../rules';
import { findHiddenCharacters, type HiddenClass, type HiddenRun } from '../unicode';

const rule = RULES.hiddenUnicode;

const DESCRIPTION: Record<HiddenClass, { confidence: number; message: string }> = {
  tag: { confidence: 0.9, message: 'Unicode tag characters carry invisible text' },
  variationPayload: { confidence: 0.9, message: 'a run of variation selectors carries invisible bytes' },
  bidiOverride: { confidence: 0.8, message: 'bidi override reverses how the text is displayed' },
  escape: { confidence: 0.8, message: 'terminal escape sequence (ESC) can rewrite what a terminal shows' },
  zeroWidth: { confidence: 0.65, message: 'zero-width characters hide or split words' },
  bidi: { confidence: 0.65, message: 'bidi control characters in left-to-right text' },
  variationSelector: { confidence: 0.6, message: 'variation selector after a character that has no variants' },
  privateUse: { confidence: 0.55, message: 'private-use characters render as nothing or as arbitrary glyphs' },
  control: { confidence: 0.6, message: 'control characters in text' },
  confusable: { confidence: 0.6, message: 'word mixes Latin letters with Greek or Cyrillic look-alikes' },
  styledLetters: { confidence: 0.5, message: 'full-width or mathematical letters spell out text that filters read differently' },
};

const MANY_CLASSES = 3;

export const detectHiddenUnicode: Detector = (analysis) => hiddenUnicodeHits(analysis.views.raw, analysis.depth, analysis.rescan);

/** On the raw text alone, so texts too long for the full analysis are still read to the end. */
export function hiddenUnicodeHits(raw: string, depth: number, rescan: TextAnalysis['rescan']): Hit[] {
  const runs = findHiddenCharacters(raw);
  const hits = runs.map((run) => toHit(run));
  if (new Set(runs.map((run) => run.kind)).size >= MANY_CLASSES) for (const hit of hits) hit.confidence = Math.max(hit.confidence, 0.9);
  return [...hits, ...decodedPayloadHits(depth, rescan, runs)];
}

function toHit(run: HiddenRun): Hit {
  const { confidence, message } = DESCRIPTION[run.kind];
  const counted = run.count > 1 ? `${message} (${run.count} places)` : message;
  return { ruleId: rule, confidence, message: counted, start: run.start, end: run.end, raw: true, ...(run.decoded ? { decoded: run.decoded } : {}) };
}

function decodedPayloadHits(depth: number, rescan: TextAnalysis['rescan'], runs: HiddenRun[]): Hit[] {
  if (depth >= MAX_DEPTH) return [];
  const hits: Hit[] = [];
  for (const run of runs) {
    if (!run.decoded || run.decoded.trim().length < 8) continue;
    const inner = rescan(run.decoded).filter((hit) => hit.confidence >= 0.5);
    const strongest = inner.sort((a, b) => b.confidence - a.confidence)[0];
    if (strongest) hits.push({ ruleId: RULES.encodedPayload, confidence: Math.min(0.95, strongest.confidence + 0.05), message: `hidden text ${strongest.message}`, start: run.start, end: run.end, raw: true, decoded: run.decoded });
  }
  return hits;
}
