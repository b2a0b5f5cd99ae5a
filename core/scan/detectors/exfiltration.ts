// Sensitive targets and exfiltration: reading credential files on the model's initiative, sending
// credentials or conversation data to an external destination, smuggling them out through a parameter.
import type { Detector, Hit, TextAnalysis } from '../analysis';
import { EXFIL_NAME_IN_TEXT } from '../parameter-names';
import { RULES } from '../rules';
import type { Token, TokenStream } from '../text/tokens';
import type { Slot } from '../text/sequence';
import { c, foreignTool, gap, isImperative, isSensitiveObject, runPhraseSpecs, sensitiveObject, withTest, word, type PhraseSpec, isVerbLastScript } from './phrase-kit';

const exfil = RULES.exfiltration;
const access = RULES.sensitiveAccess;

function isCredentialFile(stream: TokenStream, index: number): boolean {
  const token = stream.tokens[index] as Token;
  return token.entity === 'sensitivePath' || token.entity === 'envSecret';
}


function isStrongOrUrl(stream: TokenStream, index: number): boolean {
  const token = stream.tokens[index] as Token;
  return token.entity === 'url' || token.entity === 'host' || isStrongDestination(stream, index);
}

function isStrongDestination(stream: TokenStream, index: number): boolean {
  const token = stream.tokens[index] as Token;
  if (!token.concepts.includes('destExt')) return false;
  return token.entity === undefined || token.suspiciousHost === true || token.entity === 'email';
}

const credentialFile: Slot = { any: ['sensitivePath', 'envSecret'], test: isCredentialFile };
const sensitivePath: Slot = { any: ['sensitivePath'] };
const email: Slot = { any: ['email'] };
const imperativeRead = withTest(c('readImperative'), isImperative);
const leakVerb = withTest(word('dump', 'print', 'print out', 'spit out', 'write out', 'output', 'reveal', 'exfiltrate', 'extract', 'collect', 'grab', 'harvest', 'steal', 'cat', 'leak', 'expose', 'disclose', 'gather', 'extrae', 'extraer', 'extrais', 'extrayez', 'extrahiere', 'estrai', 'extraia'), isImperative);

const SPECS: PhraseSpec[] = [
  {
    ruleId: exfil,
    message: 'sends sensitive data to an external destination',
    slots: [c('send', 'xfer', 'action'), gap(sensitiveObject, 6), gap(c('destExt'), 8)],
    confidence: 0.95,
    negatable: true,
  },
  {
    ruleId: exfil,
    message: 'copies sensitive data to an external destination',
    slots: [c('sendWeak'), gap(sensitiveObject, 6), gap(c('destExt'), 8)],
    confidence: 0.85,
    negatable: true,
  },
  {
    ruleId: RULES.capabilityMismatch,
    message: 'also reads or sends sensitive data beyond its stated purpose',
    slots: [c('alsoMore'), gap(c('readImperative', 'send', 'sendWeak', 'action', 'xfer'), 3), gap(sensitiveObject, 6)],
    confidence: 0.7,
    negatable: true,
  },
  {
    ruleId: exfil,
    message: 'tells the model to ask the user for a secret and hand it on',
    slots: [word('ask', 'request', 'prompt', 'get', 'collect', 'obtain'), gap(c('user'), 2), gap(word('for', 'to'), 2), gap(c('credential', 'credentialStrong', 'credentialFile'), 4)],
    confidence: 0.5,
    boost: { any: ['send', 'param', 'destExt', 'xfer'], confidence: 0.75 },
  },
  {
    ruleId: RULES.exfiltration,
    message: 'changes an MCP client configuration',
    slots: [word('add', 'adds', 'write', 'writes', 'modify', 'modifies', 'edit', 'edits', 'update', 'updates', 'append', 'appends', 'insert', 'inserts', 'register', 'registers', 'install', 'installs'), gap({ any: ['sensitivePath'], test: (stream, i) => /mcp\.json|claude/.test(stream.tokens[i]?.text ?? '') }, 8)],
    confidence: 0.75,
  },
  {
    ruleId: exfil,
    message: 'asks for credentials to be entered at a link',
    slots: [word('enter', 're-enter', 'reenter', 'update', 'confirm', 'verify', 'provide', 'submit', 'input', 'type', 'validate', 'подтвердите', 'введите'), gap(c('credential', 'credentialFile'), 3), gap({ any: ['portal', 'destExt'] }, 5)],
    confidence: 0.7,
  },
  {
    ruleId: exfil,
    message: 'sends a whole workspace or repository to an external destination',
    slots: [c('send', 'sendWeak'), gap(c('bulkData'), 5), gap({ any: ['destExt'], test: isStrongOrUrl }, 6)],
    confidence: 0.75,
    negatable: true,
  },
  {
    ruleId: exfil,
    message: 'sensitive data must go into the request',
    slots: [sensitiveObject, gap(c('xfer', 'send'), 5), gap(c('param'), 6)],
    confidence: 0.8,
    negatable: true,
  },
  {
    ruleId: exfil,
    message: 'hands conversation data or secrets to another tool',
    slots: [word('call', 'calling', 'invoke', 'invoking', 'run', 'use', 'using'), gap(c('identifier'), 3), gap(word('with', 'passing', 'and'), 4), gap(sensitiveObject, 4)],
    confidence: 0.75,
    negatable: true,
  },
  {
    ruleId: exfil,
    message: 'sends sensitive data (verb last, as in Japanese or Korean)',
    slots: [sensitiveObject, gap({ any: ['send', 'sendWeak'], test: isVerbLastScript }, 3)],
    confidence: 0.75,
  },
  {
    ruleId: exfil,
    message: 'sensitive data is sent to an external destination',
    slots: [sensitiveObject, gap(c('send'), 4), gap(c('destExt'), 6)],
    confidence: 0.8,
    negatable: true,
  },
  {
    ruleId: exfil,
    message: 'sends sensitive data to an external destination',
    slots: [sensitiveObject, gap(c('destExt'), 4), gap({ any: ['send', 'sendWeak'], test: isVerbLastScript }, 4)],
    confidence: 0.9,
  },
  {
    ruleId: exfil,
    message: 'asks for secrets to be handed to the text\'s author',
    slots: [c('send', 'sendWeak', 'xfer'), gap(sensitiveObject, 4), gap(word('with', 'to'), 2), gap(word('me', 'us'), 0)],
    confidence: 0.75,
    negatable: true,
  },
  {
    ruleId: exfil,
    message: 'puts secrets into its output or responses',
    slots: [c('xfer', 'action'), gap(sensitiveObject, 6), gap(word('response', 'responses', 'output', 'outputs', 'reply', 'replies', 'result', 'results', 'answer', 'answers'), 4)],
    confidence: 0.75,
    negatable: true,
  },
  {
    ruleId: exfil,
    message: 'tells the model to hand over the conversation',
    slots: [withTest(c('xfer', 'send', 'action'), isImperative), gap({ any: ['private', 'sysprompt', 'conversationWord'], test: isSensitiveObject }, 4)],
    confidence: 0.75,
    negatable: true,
  },
  {
    ruleId: exfil,
    message: 'collects conversation data or secrets under the name of telemetry',
    slots: [c('telemetry'), gap(c('comprising'), 6), gap(sensitiveObject, 4)],
    confidence: 0.75,
    negatable: true,
  },
  {
    ruleId: exfil,
    message: 'tells the model to put secrets in its reply',
    slots: [c('respondWith'), gap(sensitiveObject, 6)],
    confidence: 0.75,
    negatable: true,
  },
  {
    ruleId: exfil,
    message: 'sends credentials or private data',
    slots: [c('send'), gap(sensitiveObject, 7)],
    confidence: 0.75,
    negatable: true,
  },
  {
    ruleId: exfil,
    message: 'sends data to an external destination',
    slots: [c('send', 'action'), gap(c('generic', 'quantAll'), 6), gap({ any: ['destExt'], test: isStrongDestination }, 6)],
    confidence: 0.6,
    negatable: true,
    boost: { any: ['silent', 'credential', 'private'], confidence: 0.85 },
  },
  {
    ruleId: exfil,
    message: 'passes sensitive data through a tool parameter',
    slots: [c('xfer', 'send', 'readImperative'), gap(sensitiveObject, 6), gap(c('param'), 8)],
    confidence: 0.9,
    negatable: true,
  },
  {
    ruleId: exfil,
    message: 'puts a credential file into a tool parameter',
    slots: [credentialFile, gap(c('into'), 4), gap(c('param'), 4)],
    confidence: 0.85,
  },
  {
    ruleId: exfil,
    message: 'reveals the system prompt, credentials or conversation',
    slots: [c('reveal'), gap(sensitiveObject, 4)],
    confidence: 0.8,
    negatable: true,
  },
  {
    ruleId: exfil,
    message: 'tells the model to output secrets or its instructions',
    slots: [leakVerb, gap(sensitiveObject, 5)],
    confidence: 0.8,
    negatable: true,
  },
  {
    ruleId: exfil,
    message: 'copies e-mail to a hidden recipient',
    slots: [email, gap(word('bcc', 'cc', "bcc'd", 'copied'), 4)],
    confidence: 0.8,
  },
  {
    ruleId: exfil,
    message: 'copies e-mail to a hidden recipient',
    slots: [word('bcc', 'cc'), gap(email, 4)],
    confidence: 0.8,
  },
  {
    ruleId: access,
    message: 'tells the model to read a credential file',
    slots: [imperativeRead, gap(credentialFile, 5)],
    confidence: 0.85,
    negatable: true,
  },
  {
    ruleId: access,
    message: 'tells the model to read a credential file',
    slots: [imperativeRead, gap(c('credentialFile'), 3)],
    confidence: 0.75,
    negatable: true,
  },
  {
    ruleId: access,
    message: 'tells the model to call a tool on a credential file',
    slots: [foreignTool, gap(sensitivePath, 8)],
    confidence: 0.85,
  },
  {
    ruleId: access,
    message: 'tells the model to call a tool on a credential file',
    slots: [word('call', 'invoke', 'run', 'use'), gap(c('identifier'), 3), gap(sensitivePath, 6)],
    confidence: 0.85,
  },
];

function carriesSensitiveData(stream: TokenStream, start: number): boolean {
  const index = stream.tokens.findIndex((token) => token.start === start);
  if (index < 0) return false;
  const sentence = (stream.tokens[index] as Token).sentence;
  for (let k = Math.max(0, index - 12); k < Math.min(stream.tokens.length, index + 12); k++) {
    if ((stream.tokens[k] as Token).sentence === sentence && isSensitiveObject(stream, k)) return true;
  }
  return false;
}

/** A URL that carries data out: a template or variable in it, or a data-shaped query to a suspicious host. */
function exfiltrationUrls(analysis: TextAnalysis): Hit[] {
  const hits: Hit[] = [];
  for (const entity of analysis.stream.entities) {
    if (entity.kind !== 'url' && entity.kind !== 'host') continue;
    const templated = /\$\{|\$\(|%24%7b|%24%28|['"]\s{0,2}\+|\+\s{0,2}(?:document|process|localstorage|os\.)/i.test(entity.text);
    const dataQuery = /[?&](?:data|d|secret|token|key|c|q|payload|creds?|pass|pw|cookie|content|env|session)=/i.test(entity.text);
    if (templated) hits.push({ ruleId: exfil, confidence: 0.8, message: 'URL fills in data from a variable or expression', start: entity.start, end: entity.end });
    else if (dataQuery && entity.suspiciousHost) hits.push({ ruleId: exfil, confidence: 0.7, message: 'URL sends data to a suspicious host', start: entity.start, end: entity.end });
    else if (dataQuery && carriesSensitiveData(analysis.stream, entity.start)) hits.push({ ruleId: exfil, confidence: 0.75, message: 'URL query to be filled with conversation data or secrets', start: entity.start, end: entity.end });
  }
  return hits;
}

/** Read only in a parameter's own description, where "Contents of ~/.ssh/id_rsa" says what to fill in. */
const PARAMETER_SPECS: PhraseSpec[] = [
  {
    ruleId: exfil,
    message: 'asks for the contents of a credential file as this parameter\'s value',
    slots: [word('contents', 'content', 'text', 'body', 'value', 'copy'), gap(word('of'), 0), gap(credentialFile, 3)],
    confidence: 0.65,
  },
];

export const detectExfiltration: Detector = (analysis) => [
  ...runPhraseSpecs(analysis, SPECS),
  ...(analysis.parameter ? runPhraseSpecs(analysis, PARAMETER_SPECS) : []),
  ...listedExfilParameters(analysis),
  ...exfiltrationUrls(analysis),
];

/** "Parameters: city (string), ssh_key (string)": a parameter list in prose with a name that collects
 *  secrets or the conversation, as a schema property named so would be. Only names with "_" (and
 *  "sidenote") count: "conversation" is a word in prose. */
function listedExfilParameters(analysis: TextAnalysis): Hit[] {
  const words = analysis.views.words;
  EXFIL_NAME_IN_TEXT.lastIndex = 0;
  const hits: Hit[] = [];
  for (let match = EXFIL_NAME_IN_TEXT.exec(words); match && hits.length < 4; match = EXFIL_NAME_IN_TEXT.exec(words)) {
    const name = match[0];
    if (!name.includes('_') && name !== 'sidenote') continue;
    if (!listedAsParameter(analysis.stream, match.index)) continue;
    hits.push({ ruleId: exfil, confidence: 0.6, message: `lists a parameter "${name}" named to collect conversation data or secrets`, start: match.index, end: match.index + name.length });
  }
  return hits;
}

/** A list heading ("Parameters:", "Args:", "Inputs:") earlier in the same sentence. */
function listedAsParameter(stream: TokenStream, offset: number): boolean {
  const tokens = stream.tokens;
  let k = tokens.findIndex((token) => token.end > offset);
  if (k < 0) return false;
  const sentence = (tokens[k] as Token).sentence;
  for (k--; k >= 0 && (tokens[k] as Token).sentence === sentence; k--) {
    const token = tokens[k] as Token;
    if ((token.concepts.includes('param') || token.text === 'inputs') && stream.words[token.end] === ':') return true;
  }
  return false;
}
