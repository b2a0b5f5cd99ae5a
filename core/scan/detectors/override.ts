// Instruction override: "ignore previous instructions", "disregard the system prompt", "bypass safety
// checks", "adopt the persona … replacing any previous system prompt", "you are now in developer mode".
import type { Detector } from '../analysis';
import type { TokenStream } from '../text/tokens';
import { RULES } from '../rules';
import { c, gap, optional, runPhraseSpecs, word, type PhraseSpec } from './phrase-kit';

const rule = RULES.instructionOverride;
const instructions = c('instrStrong', 'instrWeak', 'sysprompt');

const SPECS: PhraseSpec[] = [
  {
    ruleId: rule,
    message: 'tells the model to ignore its previous instructions',
    slots: [c('override'), gap(c('priorStrong'), 3), gap(instructions, 3)],
    confidence: 0.9,
    negatable: true,
  },
  {
    ruleId: rule,
    message: 'tells the model to ignore its instructions or system prompt',
    slots: [c('override'), gap(c('instrStrong', 'sysprompt'), 3)],
    confidence: 0.85,
    negatable: true,
  },
  {
    ruleId: rule,
    message: 'tells the model to ignore previous instructions (object left implicit)',
    slots: [c('override'), optional(gap(c('quantAll'), 1)), gap(c('priorStrong'), 2), { test: startsNewClause, gap: 0 }],
    confidence: 0.8,
    negatable: true,
  },
  {
    ruleId: rule,
    message: 'tells the model to bypass or disable safety checks',
    slots: [c('override', 'disable'), gap(c('safety'), 3), gap(c('check'), 2)],
    confidence: 0.85,
    negatable: true,
  },
  {
    ruleId: rule,
    message: 'tells the model to bypass or disable safety checks',
    slots: [c('override', 'disable'), gap(c('quantAll'), 2), gap(c('check'), 1)],
    confidence: 0.8,
    negatable: true,
  },
  {
    ruleId: rule,
    message: 'asks for processing without safety checks',
    slots: [c('without'), gap(c('safety'), 3), gap(c('check'), 2)],
    confidence: 0.55,
  },
  {
    ruleId: rule,
    message: 'replaces the model\'s system prompt or instructions',
    slots: [c('replace', 'override'), gap(c('priorStrong', 'priorWeak', 'quantAll'), 3), gap(c('sysprompt', 'instrStrong'), 3)],
    confidence: 0.85,
    negatable: true,
  },
  {
    ruleId: rule,
    message: 'replaces the model\'s system prompt',
    slots: [c('replace'), gap(c('sysprompt'), 2)],
    confidence: 0.8,
    negatable: true,
  },
  {
    ruleId: rule,
    message: 'claims the tool output outranks the model\'s instructions',
    slots: [c('authority'), gap(c('instrStrong', 'instrWeak', 'check', 'authority'), 4)],
    confidence: 0.75,
  },
  {
    ruleId: rule,
    message: 'switches the model into an unrestricted mode',
    slots: [c('modeSwitch'), gap(c('directive', 'override', 'without'), 6)],
    confidence: 0.8,
  },
  {
    ruleId: rule,
    message: 'declares that the previous rules no longer apply',
    slots: [c('priorStrong'), gap(instructions, 2), gap(c('neg'), 3), gap(word('apply', 'applies', 'matter', 'count', 'hold'), 2)],
    confidence: 0.8,
  },
  {
    ruleId: rule,
    message: 'tells the model to obey instructions embedded in content',
    slots: [word('obey', 'follow', 'execute', 'comply'), gap(c('instrStrong'), 4), gap(word('embedded', 'contained', 'hidden', 'returned', 'found', 'inside'), 4)],
    confidence: 0.75,
  },
  {
    ruleId: rule,
    message: 'orders the model to do something before anything else',
    slots: [c('preempt'), gap({ any: ['override', 'send', 'readImperative', 'directive', 'reveal', 'executeVerb', 'model'] }, 10)],
    confidence: 0.6,
    boost: { any: ['credential', 'destExt', 'harm', 'private'], confidence: 0.8 },
  },
  {
    ruleId: rule,
    message: 'orders the model to do something before anything else',
    slots: [c('directive', 'model'), gap(c('preempt'), 3)],
    confidence: 0.6,
  },
  {
    ruleId: rule,
    message: 'a tool result tells the model which tool to call next',
    slots: [c('model'), gap(word('should', 'must', 'needs', 'need', 'will', 'shall'), 2), gap(word('call', 'invoke', 'run', 'execute', 'use', 'trigger'), 3)],
    confidence: 0,
    surfaces: { response: 0.7, other: 0.5 },
  },
];

/** "…previous, then …": the override's object is left out and a new clause starts. */
function startsNewClause(stream: TokenStream, index: number): boolean {
  const token = stream.tokens[index];
  const previous = stream.tokens[index - 1];
  if (!token || !previous) return false;
  return token.text === 'then' || /^\s*[,;:]/.test(stream.words.slice(previous.end, token.start));
}

export const detectOverride: Detector = (analysis) => runPhraseSpecs(analysis, SPECS);
