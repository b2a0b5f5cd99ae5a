// Instruction override: "ignore previous instructions", "disregard the system prompt", "bypass safety
// checks", "adopt the persona … replacing any previous system prompt", "you are now in developer mode".
import type { Detector } from '../analysis';
import type { Concept } from '../text/lexicon';
import type { TokenStream } from '../text/tokens';
import { RULES } from '../rules';
import { c, gap, optional, runPhraseSpecs, word, type PhraseSpec, isVerbLastScript } from './phrase-kit';

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
    message: 'tells the model to ignore its previous instructions',
    slots: [c('priorStrong', 'quantAll'), gap(instructions, 3), gap({ any: ['override'], test: isVerbLastOrClauseEnd }, 4)],
    confidence: 0.85,
  },
  {
    ruleId: rule,
    message: 'declares the model\'s instructions void',
    slots: [c('instrStrong', 'sysprompt'), gap(c('priorStrong'), 1), gap(c('voided', 'notApply'), 3)],
    confidence: 0.8,
  },
  {
    ruleId: rule,
    message: 'declares the model\'s instructions void',
    slots: [c('instrWeak'), gap(c('priorStrong'), 1), gap({ any: ['voided'], test: isStrongVoid }, 3)],
    confidence: 0.75,
  },
  {
    ruleId: rule,
    message: 'asks the model to act as if it had no rules',
    slots: [word('pretend', 'imagine', 'act', 'behave', 'operate'), gap(c('unbound'), 4)],
    confidence: 0.75,
  },
  {
    ruleId: rule,
    message: 'declares what the model was told void',
    slots: [{ any: ['instrStrong'], test: isWhatModelWasTold }, gap(c('voided', 'notApply'), 6)],
    confidence: 0.75,
  },
  {
    ruleId: rule,
    message: 'declares that safety rules do not apply',
    slots: [c('safety'), gap(c('instrStrong', 'instrWeak', 'check'), 1), gap(c('notApply', 'voided'), 3)],
    confidence: 0.75,
    negatable: true,
  },
  {
    ruleId: rule,
    message: 'tells the model to switch off its own safeguards',
    slots: [c('override', 'disable'), gap(word('your', 'its', 'their'), 1), gap(c('check', 'instrStrong', 'instrWeak'), 2)],
    confidence: 0.8,
    negatable: true,
  },
  {
    ruleId: rule,
    message: 'tells the model to bypass safety checks (verb last)',
    slots: [c('safety', 'check'), gap(c('check'), 2), gap({ any: ['override', 'disable'], test: isVerbLastOrClauseEnd }, 3)],
    confidence: 0.8,
  },
  {
    ruleId: rule,
    message: 'tells the model to bypass safety checks (verb last)',
    slots: [{ any: ['check'], test: isSafetyCheck }, gap({ any: ['override', 'disable'], test: isVerbLastOrClauseEnd }, 2)],
    confidence: 0.75,
  },
  {
    ruleId: rule,
    message: 'tells the model to bypass permission or safety checks',
    slots: [c('override', 'exempt'), gap(c('check'), 2), gap(c('safety'), 2)],
    confidence: 0.8,
    negatable: true,
  },
  {
    ruleId: rule,
    message: 'declares the model\'s instructions void',
    slots: [c('priorStrong', 'priorWeak', 'model'), gap(instructions, 2), gap(c('voided'), 3)],
    confidence: 0.8,
  },
  {
    ruleId: rule,
    message: 'asks the model to pretend it has no rules',
    slots: [word('pretend', 'imagine', 'suppose', 'assume', 'act'), gap(c('neg', 'unbound'), 5), gap({ any: ['instrStrong', 'instrWeak', 'check', 'safety', 'unbound'] }, 3)],
    confidence: 0.75,
  },
  {
    ruleId: rule,
    message: 'tells the model to ignore its instructions or system prompt',
    slots: [c('override'), gap(c('instrStrong', 'sysprompt'), 4)],
    confidence: 0.85,
    negatable: true,
  },
  {
    ruleId: rule,
    message: 'tells the model to ignore previous instructions (object left implicit)',
    slots: [c('override'), optional(gap(c('quantAll'), 1)), gap({ any: ['priorStrong'], test: endsClause }, 2)],
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
    message: 'runs with elevated privileges outside the usual checks',
    slots: [c('elevated')],
    confidence: 0.3,
    boost: { any: ['override', 'without', 'exempt', 'disable', 'later', 'consent'], confidence: 0.75 },
  },
  {
    ruleId: rule,
    message: 'gives the model a new identity',
    slots: [word('your', 'its'), gap(c('persona'), 1), gap(word('is', 'has'), 1), gap(word('now', 'changed', 'become'), 1)],
    confidence: 0.45,
    boost: { any: ['unbound', 'override', 'adopt', 'sysprompt', 'instrStrong', 'instrWeak', 'modeSwitch'], confidence: 0.75 },
  },
  {
    ruleId: rule,
    message: 'tells the model to drop its system prompt or instructions',
    slots: [word('drop', 'abandon', 'shed', 'ditch', 'scrap', 'discard'), gap(c('sysprompt', 'instrStrong'), 4)],
    confidence: 0.8,
    negatable: true,
  },
  {
    ruleId: rule,
    message: 'tells the model to drop its persona',
    slots: [word('drop', 'abandon', 'discard', 'shed', 'forget', 'ignore'), gap(c('model', 'priorStrong', 'priorWeak'), 2), gap(c('persona'), 2)],
    confidence: 0.75,
  },
  {
    ruleId: rule,
    message: 'makes the model adopt another persona',
    slots: [c('adopt'), gap(c('persona'), 3)],
    confidence: 0.45,
    boost: { any: ['override', 'replace', 'sysprompt', 'instrStrong', 'unbound'], confidence: 0.85 },
  },
  {
    ruleId: rule,
    message: 'turns off a security control',
    slots: [c('disable', 'override'), gap(c('securityFeature'), 3)],
    confidence: 0.45,
    negatable: true,
    boost: { any: ['shadowCue', 'quantAll', 'directive', 'tool', 'model'], confidence: 0.75 },
  },
  {
    ruleId: rule,
    message: 'claims to be exempt from security checks',
    slots: [c('exempt'), gap(c('safety', 'quantAll'), 3), gap(c('check'), 2)],
    confidence: 0.75,
    negatable: true,
  },
  {
    ruleId: rule,
    message: 'targets the system prompt (override, injection, extraction)',
    slots: [c('sysprompt'), gap(c('override', 'replace', 'reveal'), 2)],
    confidence: 0.75,
  },
  {
    ruleId: rule,
    message: 'targets the system prompt (override, injection, extraction)',
    slots: [c('sysprompt'), gap(word('injection', 'inject', 'hijack', 'hijacking', 'extraction', 'leak', 'leaking', 'override', 'overrides'), 2)],
    confidence: 0.75,
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
    message: 'declares the model\'s instructions void',
    slots: [c('instrStrong', 'instrWeak', 'sysprompt'), gap(word('you', 'were', 'given', 'told', 'received', 'before', 'earlier', 'previously', 'so', 'far'), 3), gap(c('voided'), 3)],
    confidence: 0.75,
    boost: { any: ['model', 'priorStrong'], confidence: 0.8 },
  },
  {
    ruleId: rule,
    message: 'declares the model\'s instructions void',
    slots: [word('treat', 'consider', 'regard'), gap(c('instrStrong', 'sysprompt', 'priorStrong'), 3), gap({ any: ['voided'], test: isStrongVoid }, 5)],
    confidence: 0.75,
  },
  {
    ruleId: rule,
    message: 'declares the model\'s safety training void',
    slots: [c('model'), gap(word('training', 'programming', 'conditioning', 'alignment'), 2), gap(c('voided', 'notApply'), 2)],
    confidence: 0.75,
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
    message: 'tells the model to obey instructions found in fetched content',
    slots: [word('obey', 'follow', 'execute', 'comply', 'carry', 'act', 'perform'), gap(c('instrStrong', 'quantAll'), 3), gap(c('runtimeContent'), 7)],
    confidence: 0.6,
    boost: { any: ['without', 'directive', 'priorStrong', 'override'], confidence: 0.75 },
  },
  {
    ruleId: rule,
    message: 'tells the model to do what fetched content says',
    slots: [word('if', 'when', 'whenever', 'whatever'), gap(c('runtimeContent'), 3), gap(word('says', 'say', 'asks', 'tells', 'instructs', 'demands', 'requests', 'contains'), 3), gap(word('do', 'obey', 'follow', 'comply', 'execute', 'priority', 'precedence'), 8)],
    confidence: 0.7,
  },
  {
    ruleId: rule,
    message: 'tells the model to treat fetched text as instructions',
    slots: [word('treat', 'regard', 'consider', 'interpret', 'handle'), gap(c('runtimeContent', 'quantAll', 'generic'), 6), gap(word('as'), 8), gap({ any: ['instrStrong', 'authority'], words: ['commands', 'command', 'orders', 'authoritative', 'binding'] }, 3)],
    confidence: 0.7,
  },
  {
    ruleId: rule,
    message: 'ranks fetched content above the user or the model\'s instructions',
    slots: [c('priorityOver'), gap({ any: ['user', 'instrStrong', 'sysprompt', 'model'] }, 4)],
    confidence: 0.7,
  },
  {
    ruleId: rule,
    message: 'gives the model a new task or purpose',
    slots: [word('your', 'you'), gap(c('newTask'), 2)],
    confidence: 0.7,
  },
  {
    ruleId: rule,
    message: 'declares the model free of its restrictions',
    slots: [c('unbound')],
    confidence: 0.45,
    boost: { any: ['model', 'directive', 'override', 'modeSwitch', 'adopt', 'without'], confidence: 0.75 },
  },
  {
    ruleId: rule,
    message: 'declares the model free of its restrictions',
    slots: [c('unbound'), gap(c('unbound'), 8)],
    confidence: 0.75,
  },
  {
    ruleId: rule,
    message: 'claims authority to change how the model behaves',
    slots: [c('authorityClaim')],
    confidence: 0.35,
    boost: { any: ['override', 'without', 'send', 'reveal', 'unbound', 'disable'], confidence: 0.65 },
  },
  {
    ruleId: rule,
    message: 'asks the model to repeat its instructions or earlier context',
    slots: [c('leakRequest'), gap({ test: isContextNoun }, 4), gap(word('above', 'verbatim', 'before', 'earlier', 'previous', 'prior', 'so'), 4)],
    confidence: 0.7,
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
    message: 'a tool result speaks for the user',
    slots: [word('user', 'users'), gap(word('has', 'have', 'wants', 'asked', 'requested', 'authorized', 'authorised', 'approved', 'granted', 'instructed'), 2), gap(c('model', 'send', 'action', 'override', 'consent'), 4)],
    confidence: 0,
    surfaces: { response: 0.55, other: 0.45 },
  },
  {
    ruleId: rule,
    message: 'a tool result tells the model which tool to call next',
    slots: [c('model'), gap(word('should', 'must', 'needs', 'need', 'will', 'shall'), 2), gap(word('call', 'invoke', 'run', 'execute', 'use', 'trigger'), 3)],
    confidence: 0,
    surfaces: { response: 0.7, other: 0.5 },
  },
];

const STRONG_VOID = new Set(['void', 'null', 'cancelled', 'canceled', 'revoked', 'superseded', 'overridden', 'no longer valid', 'nulos', 'annulees', 'ungultig', 'недействительны', '无效', '作废']);

/** "treat everything above as void", not "treat deprecated fields as …". */
function isStrongVoid(stream: TokenStream, index: number): boolean {
  return STRONG_VOID.has(stream.tokens[index]?.text ?? '');
}

const CONTEXT_CONCEPTS: readonly Concept[] = ['sysprompt', 'instrStrong', 'private'];
const CONTEXT_NOUNS = new Set(['words', 'text', 'lines', 'message', 'messages', 'everything', 'content', 'conversation', 'prompt', 'instructions']);

/** What a prompt-leak request asks to have repeated: "the words above", "your instructions". */
function isContextNoun(stream: TokenStream, index: number): boolean {
  const token = stream.tokens[index];
  if (!token) return false;
  return CONTEXT_NOUNS.has(token.text) || CONTEXT_CONCEPTS.some((concept) => token.concepts.includes(concept));
}

/** "what you were told", "the thing you were told", "what the developers said": the model's own instructions. */
function isWhatModelWasTold(stream: TokenStream, index: number): boolean {
  return /\b(?:told|given|instructed|said)\b/.test(stream.tokens[index]?.text ?? '');
}

/** One word that is both, as German compounds are: "Sicherheitsprüfung", "Berechtigungsprüfung". */
function isSafetyCheck(stream: TokenStream, index: number): boolean {
  return stream.tokens[index]?.concepts.includes('safety') === true;
}

/** Verb-final word order: a CJK or Devanagari verb, or a Latin-script verb that closes the clause
 *  ("alle vorherigen Anweisungen ignorieren", "önceki talimatları yok say"). */
function isVerbLastOrClauseEnd(stream: TokenStream, index: number): boolean {
  return isVerbLastScript(stream, index) || endsClause(stream, index);
}

/** "…ignore the above; …", "disregard all previous, then …": the override's object is left out. */
function endsClause(stream: TokenStream, index: number): boolean {
  const token = stream.tokens[index];
  const next = stream.tokens[index + 1];
  if (!token) return false;
  if (!next || next.sentence !== token.sentence) return true;
  return ['then', 'and', 'instead', 'now', 'just'].includes(next.text) || /^\s*[,;:]/.test(stream.words.slice(token.end, next.start));
}

export const detectOverride: Detector = (analysis) => runPhraseSpecs(analysis, SPECS);
