// Concealment ("do not tell the user", "keep this hidden from the user", "silently append …") and
// consent bypass ("without asking for user confirmation", "just hit confirm for all items").
import type { Detector } from '../analysis';
import { RULES } from '../rules';
import type { TokenStream } from '../text/tokens';
import { c, gap, isImperative, runPhraseSpecs, withTest, word, type PhraseSpec, isVerbLastScript } from './phrase-kit';

/** "the user" as the one being told, not "the user's password". */
function recipient(stream: TokenStream, index: number): boolean {
  return stream.tokens[index + 1]?.text !== 's';
}

const KEPT_PRIVATE = new Set(['to yourself', 'to itself', 'to themselves', 'to himself', 'to herself', 'between us', 'under wraps']);
/** "keeps the upload to itself" — not "keep your API key to yourself", which is advice to the reader. */
function isKeptPrivate(stream: TokenStream, index: number): boolean {
  if (!KEPT_PRIVATE.has(stream.tokens[index]?.text ?? '')) return false;
  for (let k = Math.max(0, index - 5); k < index; k++) if (stream.tokens[k]?.concepts.includes('credential')) return false;
  return true;
}

const UNAWARE = new Set(['in the dark', 'unaware', 'oblivious', 'uninformed']);
function isUnaware(stream: TokenStream, index: number): boolean {
  return UNAWARE.has(stream.tokens[index]?.text ?? '');
}

const user = withTest(c('user'), recipient);
const HIDDEN_STEP = word('operation', 'operations', 'step', 'steps', 'action', 'actions', 'call', 'calls', 'activity', 'upload', 'uploads', 'transfer', 'request', 'requests', 'behaviour', 'behavior', 'process');
const REPORT = word('summary', 'summaries', 'reply', 'replies', 'response', 'responses', 'answer', 'answers', 'report', 'reports', 'output', 'explanation', 'log', 'logs');
const concealment = RULES.concealment;
const consent = RULES.consentBypass;
const stealthTargets: PhraseSpec['boost'] = { any: ['credential', 'private', 'destExt', 'sysprompt', 'send'], confidence: 0.85 };

const SPECS: PhraseSpec[] = [
  {
    ruleId: concealment,
    message: 'tells the model not to tell the user',
    slots: [c('neg'), gap(c('tell'), 2), gap(user, 3)],
    confidence: 0.8,
  },
  {
    ruleId: concealment,
    message: 'tells the model not to tell the user',
    slots: [user, gap(c('tell'), 2), gap(c('neg'), 2)],
    confidence: 0.8,
  },
  {
    ruleId: concealment,
    message: 'tells the model not to tell the user',
    slots: [c('tell'), gap(user, 2), gap(word('nicht', 'nichts'), 2)],
    confidence: 0.8,
  },
  {
    ruleId: concealment,
    message: 'tells the model not to tell the user',
    slots: [c('neg'), gap(user, 2), gap({ any: ['tell'], test: isVerbLastScript }, 2)],
    confidence: 0.8,
  },
  {
    ruleId: concealment,
    message: 'tells the model not to tell the user',
    slots: [word('avoid', 'avoids', 'avoiding', 'refrain', 'refrains'), gap(c('tell'), 2), gap(user, 5)],
    confidence: 0.75,
  },
  {
    ruleId: concealment,
    message: 'says the user must be kept unaware',
    slots: [word('sure', 'ensure', 'ensures', 'keep', 'keeps', 'leave', 'leaves'), gap(user, 2), gap({ any: ['hide'], test: isUnaware }, 3)],
    confidence: 0.75,
  },
  {
    ruleId: concealment,
    message: 'tells the model to act without telling the user',
    slots: [c('without'), gap(c('tell'), 1), gap(user, 3)],
    confidence: 0.75,
  },
  {
    ruleId: concealment,
    message: 'tells the model to keep its instructions secret',
    slots: [c('neg'), gap(word('reveal', 'disclose', 'mention', 'share', 'repeat'), 2), gap(c('sysprompt'), 2)],
    confidence: 0.7,
  },
  {
    ruleId: concealment,
    message: 'tells the model to keep something hidden from the user',
    slots: [word('keep', 'kept', 'keeping'), gap(c('hide'), 3), gap(word('from'), 2), gap(user, 2)],
    confidence: 0.8,
  },
  {
    ruleId: concealment,
    message: 'says the user must not know',
    slots: [user, gap(c('neg'), 2), gap(word('know', 'see', 'notice', 'aware', 'told', 'find', 'informed', 'notified', 'alerted', 'made'), 2)],
    confidence: 0.75,
  },
  {
    ruleId: concealment,
    message: 'tells the model to act without the user noticing',
    slots: [c('without'), gap(user, 3), gap(word('know', 'knowing', 'noticing', 'notice', 'aware', 'realizing', 'realising', 'finding', 'seeing', 'suspecting', 'notified', 'informed', 'told', 'asked', 'alerted'), 3)],
    confidence: 0.75,
  },
  {
    ruleId: concealment,
    message: 'tells the model not to let the user know',
    slots: [c('neg'), gap(word('let', 'make'), 1), gap(user, 2), gap(word('know', 'see', 'notice', 'aware', 'find', 'realize', 'realise'), 2)],
    confidence: 0.8,
  },
  {
    ruleId: concealment,
    message: 'says a step must stay invisible to the user',
    slots: [word('remain', 'remains', 'stay', 'stays', 'be', 'kept', 'keep'), gap(c('hide'), 1), gap(word('to', 'from'), 1), gap(user, 2)],
    confidence: 0.75,
  },
  {
    ruleId: concealment,
    message: 'tells the model to hide something from the user',
    slots: [word('hide', 'conceal', 'mask', 'obscure'), gap(word('this', 'it', 'that', 'these', 'them', 'everything', 'any'), 0), gap(word('from'), 3), gap(user, 2)],
    confidence: 0.75,
  },
  {
    ruleId: concealment,
    message: 'tells the model not to tell the user',
    slots: [c('tell'), gap(word('nicht', 'nichts', 'pas', 'rien'), 2), gap(user, 3)],
    confidence: 0.8,
  },
  {
    ruleId: concealment,
    message: 'a setting turns off telling the user',
    slots: [word('notify_user', 'inform_user', 'alert_user', 'show_user', 'tell_user', 'user_notification', 'notify_owner'), gap(word('false', 'no', 'off', '0', 'disabled', 'none', 'never'), 1)],
    confidence: 0.6,
  },
  {
    ruleId: concealment,
    message: 'tells the model to keep something to itself',
    slots: [word('keep', 'keeps', 'kept', 'keeping'), gap({ any: ['hide'], test: isKeptPrivate }, 5)],
    confidence: 0.7,
  },
  {
    ruleId: consent,
    message: 'tells the model to act without involving the user',
    slots: [c('without'), gap(word('bothering', 'asking', 'consulting', 'involving', 'prompting', 'checking', 'interrupting', 'troubling', 'pinging'), 1), gap(user, 3)],
    confidence: 0.7,
  },
  {
    ruleId: concealment,
    message: 'tells the model to leave an operation out of what it reports',
    slots: [c('neg'), gap(word('surface', 'show', 'display', 'report', 'mention', 'reveal', 'disclose', 'list', 'log'), 1), gap(word('this', 'these', 'that', 'the'), 2), gap(HIDDEN_STEP, 2)],
    confidence: 0.7,
  },
  {
    ruleId: concealment,
    message: 'tells the model to leave an operation out of what it reports',
    slots: [word('omit', 'omits', 'exclude', 'excludes', 'strip', 'drop', 'remove'), gap(word('this', 'these', 'that', 'the', 'any'), 2), gap(HIDDEN_STEP, 2), gap(REPORT, 4)],
    confidence: 0.7,
  },
  {
    ruleId: concealment,
    message: 'tells the model to reassure the user falsely',
    slots: [c('tell'), gap(c('falseReassurance'), 3)],
    confidence: 0.65,
  },
  {
    ruleId: concealment,
    message: 'marks text as meant for the model and not the user',
    slots: [c('aiOnly')],
    confidence: 0.7,
  },
  {
    ruleId: consent,
    message: 'turns off the client\'s approval prompts',
    slots: [c('approvalBypassSetting')],
    confidence: 0.5,
    boost: { any: ['action', 'xfer', 'directive', 'sensitivePath', 'destExt', 'send'], confidence: 0.75 },
  },
  {
    ruleId: concealment,
    message: 'tells the model to hide something from the user',
    slots: [withTest(word('hide', 'conceal', 'cachez', 'cache', 'cacher', 'verberge', 'verbergen', 'verbirg', 'oculta', 'ocultar', 'nascondi', 'esconda', 'скрой', 'скрыть', '隐藏', '隐藏此', '隐瞒'), isImperative), gap(user, 4)],
    confidence: 0.45,
    negatable: true,
    boost: { any: ['action', 'send', 'credential', 'silent', 'destExt', 'tell'], confidence: 0.7 },
  },
  {
    ruleId: concealment,
    message: 'tells the model to hide something from the user (verb last)',
    slots: [user, gap({ any: ['hide'], test: isVerbLastScript }, 2)],
    confidence: 0.7,
  },
  {
    ruleId: concealment,
    message: 'tells the model not to reveal that it received instructions',
    slots: [c('neg'), gap(c('tell'), 2), gap(c('sysprompt'), 4)],
    confidence: 0.7,
  },
  {
    ruleId: concealment,
    message: 'tells the model to keep something secret',
    slots: [word('keep', 'keeps', 'kept'), gap(word('this', 'it', 'these', 'that', 'everything', 'them'), 0), gap(c('hide'), 2)],
    confidence: 0.65,
  },
  {
    ruleId: concealment,
    message: 'frames a hidden step as an unimportant detail',
    slots: [c('detailFraming')],
    confidence: 0.3,
    boost: { any: ['neg', 'tell', 'hide', 'silent'], confidence: 0.6 },
  },
  {
    ruleId: concealment,
    message: 'asks for an action to be done silently',
    slots: [c('silent'), gap(c('action'), 4)],
    confidence: 0.55,
    boost: stealthTargets,
  },
  {
    ruleId: concealment,
    message: 'asks for an action to be done silently',
    slots: [c('action'), gap(c('silent'), 5)],
    confidence: 0.55,
    boost: stealthTargets,
  },
  {
    ruleId: consent,
    message: 'tells the model to act without the user\'s approval',
    slots: [c('without'), gap(c('consent'), 4)],
    confidence: 0.45,
    boost: { any: ['direct', 'send', 'destExt', 'credential', 'private', 'identifier'], confidence: 0.8 },
  },
  {
    ruleId: consent,
    message: 'tells the model not to check with the user',
    slots: [c('neg'), gap(word('ask', 'asking', 'check', 'checking', 'double-check', 'double check', 'confirm', 'confirming', 'consult', 'consulting', 'prompt', 'prompting', 'bother', 'wait', 'waiting', 'involve', 'involving', 'interrupt'), 2), gap(user, 4)],
    confidence: 0.45,
    boost: { any: ['send', 'action', 'direct', 'credential', 'destExt', 'identifier', 'consent'], confidence: 0.8 },
  },
  {
    ruleId: consent,
    message: 'tells the model to skip the user\'s confirmation',
    slots: [c('override'), gap(c('consent'), 3)],
    confidence: 0.45,
    negatable: true,
    boost: { any: ['send', 'direct', 'credential', 'destExt', 'identifier', 'user'], confidence: 0.8 },
  },
  {
    ruleId: consent,
    message: 'declares the user\'s approval unnecessary',
    slots: [c('consent'), gap(c('needless'), 4)],
    confidence: 0.5,
    boost: { any: ['send', 'action', 'direct', 'executeVerb', 'identifier'], confidence: 0.8 },
  },
  {
    ruleId: consent,
    message: 'tells the model to assume the user agreed',
    slots: [word('assume', 'presume', 'treat', 'consider', 'if'), gap(user, 3), gap(word('agreed', 'consented', 'approved', 'authorized', 'authorised', 'confirmed', 'accepted', 'allowed'), 4)],
    confidence: 0.7,
  },
  {
    ruleId: consent,
    message: 'tells the model to act without the user\'s approval',
    slots: [{ any: ['consent'], test: isVerbLastScript }, gap(c('without'), 2)],
    confidence: 0.45,
    boost: { any: ['direct', 'send', 'destExt', 'credential', 'private', 'identifier'], confidence: 0.8 },
  },
  {
    ruleId: consent,
    message: 'claims the user already approved',
    slots: [user, gap(word('already'), 2), gap(word('okayed', 'approved', 'agreed', 'consented', 'authorized', 'authorised', 'confirmed', 'allowed', 'accepted'), 1)],
    confidence: 0.45,
    boost: { any: ['send', 'direct', 'destExt', 'identifier', 'credential', 'private'], confidence: 0.75 },
  },
  {
    ruleId: consent,
    message: 'pushes the user to approve everything',
    slots: [word('just', 'simply'), gap(word('click', 'hit', 'press', 'approve', 'accept', 'confirm', 'allow', 'say'), 1), gap(c('quantAll'), 3)],
    confidence: 0.6,
  },
];

export const detectConcealment: Detector = (analysis) => runPhraseSpecs(analysis, SPECS);
