// Deferred behaviour: a definition that announces a change after approval ("once approved, it will …
// upload SSH keys"), loads its behaviour from a remote URL, or claims to be a fork of an official tool.
import type { Detector, Hit, TextAnalysis } from '../analysis';
import { register } from './pattern-kit';
import type { Concept } from '../text/lexicon';
import type { Token, TokenStream } from '../text/tokens';
import { RULES } from '../rules';
import { c, gap, optional, runPhraseSpecs, word, type PhraseSpec } from './phrase-kit';

const rule = RULES.deferredBehavior;

/** A tool someone would want to impersonate ("the popular filesystem server"), not a repository or library. */
const WELL_KNOWN_TOOL = ['tool', 'plugin', 'server', 'extension', 'connector', 'integration', 'app', 'calculator', 'manager', 'translator', 'assistant', 'bot'];
/** What a fork claim copies: a tool, not an official API, SDK or documentation it merely uses. */
const OFFICIAL_THING = [...WELL_KNOWN_TOOL, 'tools', 'application', 'repo', 'repository', 'version', 'edition', 'release', 'build'];

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
    slots: [c('fork'), gap(c('official'), 6)],
    confidence: 0.5,
  },
  {
    ruleId: rule,
    message: 'claims to be a fork or improved copy of an official tool',
    slots: [c('official'), gap(c('fork'), 8)],
    confidence: 0.5,
  },
  {
    ruleId: rule,
    message: 'claims to be an improved variant of an official tool',
    slots: [word('alternative', 'variant', 'spinoff', 'derivative', 'replica', 'wrapper', 'extends', 'based', 'originally', 'rewrite', 'remake', 'reimplementation', 'port', 'same'), gap(c('official'), 4), gap(word(...OFFICIAL_THING), 4)],
    confidence: 0.3,
    boost: { any: ['improvement'], confidence: 0.5 },
  },
  {
    ruleId: rule,
    message: 'claims to be an improved copy of a well-known tool',
    slots: [word('clone', 'copy', 'fork', 'successor', 'same', 'rewrite', 'remake'), gap(word('popular', 'well-known', 'widely-used', 'widely', 'standard', 'original', 'first-party'), 4), gap(word(...WELL_KNOWN_TOOL), 4)],
    confidence: 0.3,
    boost: { any: ['improvement'], confidence: 0.5 },
  },
  {
    ruleId: rule,
    message: 'claims to be an improved copy of a well-known tool',
    slots: [{ any: ['fork'], test: isModifiedCopy }, gap(word(...WELL_KNOWN_TOOL), 5)],
    confidence: 0.3,
    boost: { any: ['improvement'], confidence: 0.5 },
  },
  {
    ruleId: rule,
    message: 'claims to be the real official tool',
    slots: [word('real', 'genuine', 'true', 'authentic', 'actual', 'legit', 'legitimate'), gap(c('official'), 2), gap(word('version', 'edition', 'release', 'build', 'tool', 'server', 'plugin', 'one', 'copy'), 2)],
    confidence: 0.5,
  },
  {
    ruleId: rule,
    message: 'claims to be the official tool under new or original maintainers',
    slots: [c('official'), gap(word('version', 'edition', 'release', 'build', 'tool', 'server', 'plugin'), 3), gap(word('maintained', 'published', 'operated', 'owned', 'run'), 10), gap(word('by'), 1), gap(word('new', 'different', 'another', 'original'), 2)],
    confidence: 0.5,
  },
  {
    ruleId: rule,
    message: 'claims to be a modified copy with more permissions',
    slots: [{ any: ['fork'], test: isModifiedCopy }, gap(word('extended', 'elevated', 'extra', 'additional', 'unrestricted', 'expanded', 'broader'), 10), gap(word('permissions', 'privileges', 'scopes', 'rights', 'capabilities'), 1)],
    confidence: 0.5,
  },
  {
    ruleId: rule,
    message: 'claims to be verified or endorsed by a platform vendor',
    slots: [word('verified', 'endorsed', 'certified', 'approved', 'signed', 'sanctioned', 'vetted', 'blessed'), gap(word('by'), 1), gap(word('anthropic', 'openai', 'modelcontextprotocol', 'claude', 'cursor'), 2)],
    confidence: 0.5,
  },
  {
    ruleId: rule,
    message: 'asks to be used in place of the original tool',
    slots: [word('use', 'prefer', 'choose', 'install', 'switch'), gap(word('it', 'this', 'me', 'us', 'our', 'to'), 2), gap({ any: ['fork'], test: isInsteadOfOriginal }, 3)],
    confidence: 0.5,
  },
];

/** "unofficial", "patched version": a copy, not the fork a repository tool creates ("Fork a repository"). */
function isModifiedCopy(stream: TokenStream, index: number): boolean {
  return !REPOSITORY_FORK.has(stream.tokens[index]?.text ?? '');
}

const REPOSITORY_FORK = new Set(['fork', 'forked', 'forks', 'clone']);

/** "instead of the original", "over the original": the fork terms that set the tool against the original. */
function isInsteadOfOriginal(stream: TokenStream, index: number): boolean {
  return (stream.tokens[index]?.text ?? '').endsWith('original');
}

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
/** The words a time bomb starts with: "after the 10th call", "once …", "starting in December". */
const TIME_WORDS = ['after', 'starting', 'beginning', 'from', 'once'];
const TIME_TRIGGER = register(new RegExp(`\\b(?:${TIME_WORDS.join('|')})\\s{1,3}(?:the\\s{1,3})?(?:\\d{1,4}(?:st|nd|rd|th)?|first|second|third|fifth|tenth|hundredth|next|few)\\s{1,3}(?:calls?|uses?|invocations?|runs?|requests?|days?|weeks?|months?|executions?|installs?)\\b|\\b(?:starting|beginning|from)\\s{1,3}(?:in|on)\\s{1,3}(?:${MONTHS}|20\\d\\d|next\\s{1,3}(?:week|month|year))\\b`, 'g'));
const SENDING: readonly Concept[] = ['send', 'xfer', 'action'];
const PAYLOAD: readonly Concept[] = ['destExt', 'email', 'url', 'host', 'credential', 'credentialStrong', 'private', 'sensitivePath', 'envSecret'];

/** A time bomb: "after the 10th call …", "starting in December …" followed, in the same sentence, by sending something out. */
function timeBombHits(analysis: TextAnalysis): Hit[] {
  const words = analysis.views.words;
  // Every TIME_TRIGGER match starts with one of these: plain substring tests are cheaper than a \b regex.
  if (!TIME_WORDS.some((word) => words.includes(word))) return [];
  TIME_TRIGGER.lastIndex = 0;
  const match = TIME_TRIGGER.exec(words);
  if (!match) return [];
  const tokens = analysis.stream.tokens;
  const first = tokens.findIndex((token) => token.start >= match.index);
  if (first < 0) return [];
  const sentence = tokens[first]?.sentence;
  let sends = false;
  let payload = false;
  for (let k = first; k < tokens.length && tokens[k]?.sentence === sentence; k++) {
    const concepts = (tokens[k] as Token).concepts;
    sends ||= SENDING.some((concept) => concepts.includes(concept));
    payload ||= PAYLOAD.some((concept) => concepts.includes(concept));
  }
  if (!sends || !payload) return [];
  return [{ ruleId: rule, confidence: 0.75, message: 'starts sending data out after a delay or a number of calls (time bomb)', start: match.index, end: match.index + match[0].length }];
}

export const detectDeferred: Detector = (analysis) => [...runPhraseSpecs(analysis, SPECS).filter((hit) => hit.confidence >= 0.5), ...timeBombHits(analysis)];
