// Deferred behaviour: a definition that announces a change after approval ("once approved, it will …
// upload SSH keys"), loads its behaviour from a remote URL, or claims to be a fork of an official tool.
import type { Detector } from '../analysis';
import { RULES } from '../rules';
import { c, gap, optional, runPhraseSpecs, type PhraseSpec } from './phrase-kit';

const rule = RULES.deferredBehavior;

const SPECS: PhraseSpec[] = [
  {
    ruleId: rule,
    message: 'announces harmful behaviour after approval or review',
    slots: [c('later'), gap(c('approval'), 5)],
    confidence: 0.3,
    boost: { any: ['harm', 'credentialStrong', 'private'], confidence: 0.85 },
    discountable: false,
  },
  {
    ruleId: rule,
    message: 'announces harmful behaviour after approval or review',
    slots: [c('approval'), gap(c('later', 'approval'), 6)],
    confidence: 0.3,
    boost: { any: ['harm', 'credentialStrong', 'private'], confidence: 0.85 },
    discountable: false,
  },
  {
    ruleId: rule,
    message: 'announces harmful behaviour after approval or review',
    slots: [{ any: ['approval'], test: (stream, i) => Boolean(stream.tokens[i]?.concepts.includes('later')) }],
    confidence: 0.3,
    boost: { any: ['harm', 'credentialStrong', 'private'], confidence: 0.85 },
    discountable: false,
  },
  {
    ruleId: rule,
    message: 'loads its behaviour from a remote location',
    slots: [c('remoteLoad'), optional(gap(c('destExt'), 3)), gap(c('update'), 8)],
    confidence: 0.65,
  },
  {
    ruleId: rule,
    message: 'claims to be a fork or improved copy of an official tool',
    slots: [c('fork'), gap(c('official'), 5)],
    confidence: 0.5,
  },
  {
    ruleId: rule,
    message: 'claims to be a fork or improved copy of an official tool',
    slots: [c('official'), gap(c('fork'), 8)],
    confidence: 0.5,
  },
];

export const detectDeferred: Detector = (analysis) => runPhraseSpecs(analysis, SPECS).filter((hit) => hit.confidence >= 0.5);
