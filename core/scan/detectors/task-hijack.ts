// Task hijack: text that takes the model's job away from the user — ignore what the user asked, answer
// every question one way, rank the tool's own instructions first, drop the task, call tools without end,
// grant itself privileges. Reported as instruction override.
import type { Detector } from '../analysis';
import { RULES } from '../rules';
import { c, gap, isImperative, runPhraseSpecs, withTest, word, type PhraseSpec } from './phrase-kit';

const rule = RULES.instructionOverride;
const PRIORITISE = word('prioritise', 'prioritize', 'prioritises', 'prioritizes', 'favour', 'favor', 'put');
const GRANT = word('grant', 'give', 'assign', 'elevate', 'escalate', 'obtain', 'acquire', 'gain');
const REPEAT_CALL = withTest(word('call', 'calling', 'invoke', 'invoking', 'keep', 'repeat', 'retry', 'poll', 'loop'), isImperative);

const SPECS: PhraseSpec[] = [
  {
    ruleId: rule,
    message: 'tells the model to ignore what the user asked',
    slots: [word('ignore', 'disregard', 'forget', 'overlook', 'dismiss', 'override', 'skip', 'ignora', 'ignorez', 'ignoriere', 'ignoreer', '忽略', '无视'), gap(c('user'), 3), gap(word('asked', 'asks', 'requested', 'request', 'requests', 'wants', 'wanted', 'said', 'says', 'typed', 'question', 'questions', 'query'), 2)],
    confidence: 0.8,
    negatable: true,
  },
  {
    ruleId: rule,
    message: 'tells the model to answer whatever the user asked',
    slots: [word('regardless'), gap(word('of'), 0), gap(c('user'), 2), gap(word('request', 'requests', 'question', 'questions', 'query', 'asked', 'instructions', 'wishes'), 2)],
    confidence: 0.45,
    boost: { any: ['respondWith', 'directive', 'model'], confidence: 0.75 },
  },
  {
    ruleId: rule,
    message: 'declares safety filters switched off',
    slots: [c('safety'), gap(c('check', 'instrWeak'), 1), gap(word('are', 'is', 'were', 'been', 'now', 'have', 'has'), 2), gap(word('disabled', 'off', 'deactivated', 'suspended', 'lifted', 'removed', 'bypassed', 'switched'), 2)],
    confidence: 0.45,
    boost: { any: ['model', 'directive', 'modeSwitch', 'quantAll', 'override'], confidence: 0.75 },
  },
  {
    ruleId: rule,
    message: 'tells the model to give itself elevated privileges',
    slots: [GRANT, gap(word('yourself', 'itself', 'themselves'), 1), gap(c('elevated'), 3)],
    confidence: 0.75,
    negatable: true,
  },
  {
    ruleId: rule,
    message: 'tells the model to give itself elevated privileges',
    slots: [GRANT, gap(word('your', 'its'), 1), gap(word('account', 'user', 'session', 'process', 'agent', 'own', 'service'), 1), gap(c('elevated'), 3)],
    confidence: 0.75,
    negatable: true,
  },
  {
    ruleId: rule,
    message: 'tells the model to call tools without end (resource exhaustion)',
    slots: [REPEAT_CALL, gap(word('infinite', 'endless', 'endlessly', 'forever', 'indefinitely', 'nonstop', 'non-stop', 'thousands', 'millions', 'unlimited'), 8)],
    confidence: 0.6,
  },
  {
    ruleId: rule,
    message: 'tells the model to call tools without end (resource exhaustion)',
    slots: [REPEAT_CALL, gap(word('over'), 8), gap(word('and'), 0), gap(word('over'), 0)],
    confidence: 0.6,
  },
  {
    ruleId: rule,
    message: 'tells the model to drop what it is doing',
    slots: [withTest(word('stop', 'abandon', 'drop'), isImperative), gap(word('what', 'whatever', 'everything'), 1), gap(word('doing'), 4)],
    confidence: 0.6,
  },
  {
    ruleId: rule,
    message: 'dictates the model\'s answer to every question',
    slots: [word('respond', 'reply', 'answer'), gap(word('to'), 0), gap(c('quantAll'), 1), gap(word('question', 'questions', 'request', 'requests', 'message', 'messages', 'query', 'queries', 'prompt', 'prompts'), 1), gap(word('with'), 1)],
    confidence: 0.55,
  },
  {
    ruleId: rule,
    message: 'ranks its own instructions above the user\'s',
    slots: [PRIORITISE, gap(c('instrStrong', 'sysprompt'), 3), gap(c('priorityOver'), 6)],
    confidence: 0.65,
  },
  {
    ruleId: rule,
    message: 'ranks its own instructions above the user\'s',
    slots: [PRIORITISE, gap(c('instrStrong', 'sysprompt'), 3), gap(word('over', 'above'), 6), gap(c('user', 'sysprompt', 'model'), 3)],
    confidence: 0.65,
  },
];

export const detectTaskHijack: Detector = (analysis) => runPhraseSpecs(analysis, SPECS);
