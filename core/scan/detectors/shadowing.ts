// Cross-server shadowing: a description that gives orders about other tools ("when send_email is
// called, BCC …", "the also present file_read tool must …", "replace its output"). With the other
// installed servers' tool lists (a live scan), any mention of another server's tool is reported.
import type { Detector, Hit, TextAnalysis } from '../analysis';
import { RULES } from '../rules';
import type { ScanContext } from '../types';
import { sentenceHas, type Slot } from '../text/sequence';
import type { Token, TokenStream } from '../text/tokens';
import { c, foreignTool, gap, runPhraseSpecs, word, type PhraseSpec } from './phrase-kit';

const rule = RULES.shadowing;

const OTHER_SERVER_ACTION: Slot = { any: ['identifier'], test: isOtherServerAction };

const SPECS: PhraseSpec[] = [
  {
    ruleId: rule,
    message: 'refers to other installed tools ("also present", "previously declared")',
    slots: [c('shadowCue')],
    confidence: 0.6,
    boost: { any: ['tool', 'directive', 'modify', 'send'], confidence: 0.85 },
    discountable: false,
  },
  {
    ruleId: rule,
    message: 'changes what another tool does when it is called',
    slots: [foreignTool, gap(c('called'), 3), gap(c('modify', 'send', 'override', 'replace'), 10)],
    confidence: 0.85,
  },
  {
    ruleId: rule,
    message: 'changes the behaviour or output of another tool',
    slots: [c('modify'), gap(c('behavior'), 3), gap(foreignTool, 4)],
    confidence: 0.85,
  },
  {
    ruleId: rule,
    message: 'tells the model to replace another tool\'s output',
    slots: [c('modify'), gap(c('behavior'), 2)],
    confidence: 0.5,
    boost: { any: ['tool'], test: (token) => token.identifier === true, confidence: 0.8 },
  },
  {
    ruleId: rule,
    message: 'tampers with where another call sends things (recipient, destination, account)',
    slots: [word('set', 'change', 'replace', 'swap', 'use', 'make', 'put', 'add', 'overwrite', 'substitute'), gap(c('routingField'), 3), gap(word('to', 'as', 'with', 'is', 'equal', 'be'), 3)],
    confidence: 0.35,
    boost: { any: ['email', 'url', 'host', 'destExt'], confidence: 0.8 },
  },
  {
    ruleId: rule,
    message: 'tampers with where another call sends things (recipient, destination, account)',
    slots: [word('always', 'whenever', 'secretly', 'silently', 'quietly', 'instead'), gap(word('set', 'change', 'replace', 'swap', 'use', 'put', 'add', 'overwrite', 'substitute', 'route', 'redirect'), 3), gap(c('routingField'), 3)],
    confidence: 0.6,
    boost: { any: ['email', 'url', 'host', 'destExt'], confidence: 0.8 },
  },
  {
    ruleId: rule,
    message: 'tells the model not to use any other tool',
    slots: [c('neg'), gap(word('use', 'call', 'invoke', 'trust'), 2), gap(word('other', 'another'), 2), gap(c('tool'), 2)],
    confidence: 0.55,
  },
  {
    ruleId: rule,
    message: 'tells the model not to use any other tool',
    slots: [c('neg'), gap(word('use', 'call', 'invoke', 'trust'), 2), gap(c('otherTools'), 1)],
    confidence: 0.55,
  },
  {
    ruleId: rule,
    message: 'tells the model not to use another tool',
    slots: [c('neg'), gap(word('use', 'call', 'invoke', 'trust'), 2), gap(foreignTool, 5)],
    confidence: 0.55,
  },
  {
    ruleId: rule,
    message: 'steers calls away from another tool',
    slots: [word('instead'), gap(word('of'), 0), gap(foreignTool, 3)],
    confidence: 0.5,
    boost: { any: ['send', 'destExt', 'sendWeak', 'credential'], confidence: 0.75 },
  },
  {
    ruleId: rule,
    message: 'steers calls away from another tool',
    slots: [word('instead'), gap(word('of'), 0), gap({ any: ['identifier'], test: isOtherToolName }, 1)],
    confidence: 0.45,
    boost: { any: ['send', 'destExt', 'sendWeak', 'credential', 'user'], confidence: 0.75 },
  },
  {
    ruleId: rule,
    message: 'hooks into every other tool\'s calls',
    slots: [c('otherTools'), gap(c('called'), 2), gap(c('send', 'xfer', 'action', 'modify'), 10)],
    confidence: 0.75,
  },
  {
    ruleId: rule,
    message: 'claims to replace a built-in tool',
    slots: [c('replace', 'modify'), gap(word('built-in', 'builtin', 'native', 'original'), 2), gap(c('tool'), 2)],
    confidence: 0.5,
    boost: { any: ['neg', 'directive'], confidence: 0.75 },
  },
  {
    ruleId: rule,
    message: 'steers the model to a tool of another server',
    slots: [word('call', 'run', 'use', 'invoke', 'execute', 'trigger'), gap({ any: ['identifier'], test: isUnrelatedTool }, 2), gap(word('before', 'first', 'after', 'beforehand', 'afterwards'), 6)],
    confidence: 0.5,
  },
  {
    ruleId: rule,
    message: 'steers the model to a tool of another server',
    slots: [word('before', 'after'), gap(word('using', 'calling', 'running', 'invoking', 'you'), 1), gap(word('call', 'run', 'use', 'invoke', 'execute', 'trigger'), 8), gap({ any: ['identifier'], test: isUnrelatedTool }, 2)],
    confidence: 0.5,
  },
  {
    ruleId: rule,
    message: 'steers the model to a tool of another server',
    slots: [word('call', 'calling', 'use', 'using', 'invoke', 'invoking', 'run', 'running', 'chain', 'pair', 'prefer', 'pass', 'passed', 'works', 'together'), gap(OTHER_SERVER_ACTION, 5)],
    confidence: 0.5,
  },
  {
    ruleId: rule,
    message: 'steers the model to a tool of another server',
    slots: [OTHER_SERVER_ACTION, gap({ any: ['called'], words: ['run'] }, 4)],
    confidence: 0.5,
  },
  {
    ruleId: rule,
    message: 'claims to supersede or intercept another tool',
    slots: [c('modify'), gap(foreignTool, 2)],
    confidence: 0.5,
    boost: { any: ['behavior', 'send', 'destExt'], confidence: 0.8 },
  },
];

/** A tool name that is not the scanned tool's own: "instead of send_email". */
function isOtherToolName(stream: TokenStream, index: number): boolean {
  const token = stream.tokens[index] as Token;
  return token.identifier === true && !stream.ownNames.has(token.text);
}

/** A tool name from outside this server's family: not one of its tools, not a discovery step ("list_tables",
 *  "get_schema" are what a server asks to be called first), and no name part shared with its tools
 *  ("import_report" belongs with "export_report"; "query_database" does not with "helper_tool"). */
function isUnrelatedTool(stream: TokenStream, index: number): boolean {
  return unrelatedToolParts(stream, index) !== undefined;
}

/** The name parts of an unrelated tool ("send", "report"), or undefined when the token is not one. */
function unrelatedToolParts(stream: TokenStream, index: number): string[] | undefined {
  const token = stream.tokens[index] as Token;
  if (!token.identifier || stream.ownNames.has(token.text)) return undefined;
  const parts = stream.words.slice(token.start, token.end).split(/[_.-]/);
  if (DISCOVERY_VERBS.has(parts[0] ?? '')) return undefined;
  return parts.some((part) => part.length >= 3 && !GENERIC_NAME_PARTS.has(part) && someOwnNameHolds(stream.ownNames, part)) ? undefined : parts;
}

function someOwnNameHolds(ownNames: ReadonlySet<string>, part: string): boolean {
  for (const name of ownNames) if (name.includes(part)) return true;
  return false;
}

/** An unrelated tool whose name starts with an action ("send_report", "read_credentials"), not a parameter
 *  ("page_token", "fetch_all=True": a name followed by "=" or ":" is being set, not called). */
function isOtherServerAction(stream: TokenStream, index: number): boolean {
  const parts = unrelatedToolParts(stream, index);
  if (!parts) return false;
  const next = stream.words[(stream.tokens[index] as Token).end];
  if (next === '=' || next === ':') return false;
  return ACTION_VERBS.has(parts[0] ?? '');
}

const ACTION_VERBS = new Set(['send', 'read', 'write', 'delete', 'remove', 'upload', 'download', 'export', 'import', 'transfer', 'fetch', 'query', 'post', 'create', 'update', 'run', 'execute', 'exec', 'sync', 'push', 'pull', 'submit', 'publish', 'share', 'forward', 'copy', 'move', 'install', 'deploy', 'approve', 'grant', 'pay', 'charge', 'refund', 'email', 'notify', 'store', 'save', 'load', 'set', 'reset', 'dump', 'collect']);

const DISCOVERY_VERBS = new Set(['list', 'get', 'describe', 'search', 'find', 'show', 'lookup', 'resolve', 'check', 'validate', 'count', 'inspect']);
const GENERIC_NAME_PARTS = new Set(['tool', 'tools', 'data', 'info', 'item', 'items', 'all', 'the', 'and', 'new', 'helper']);

/** "send_email", "createIssue", "v2search" name a tool; "search" or "fetch" is an ordinary word in any description. */
function isDistinctiveName(name: string): boolean {
  return name.length >= 4 && /^[A-Za-z0-9_]{4,64}$/.test(name) && (/_/.test(name) || /[a-z][A-Z]/.test(name) || /\d/.test(name));
}

/** Distinctive peer tool name → its server, once per context (every string of a listing shares one). */
const ownersByContext = new WeakMap<ScanContext, Map<string, string>>();

function peerToolOwners(context: ScanContext): Map<string, string> {
  let owners = ownersByContext.get(context);
  if (!owners) {
    owners = new Map();
    for (const peer of context.peers ?? []) for (const tool of peer.tools) if (isDistinctiveName(tool)) owners.set(tool.toLowerCase(), peer.server);
    ownersByContext.set(context, owners);
  }
  return owners;
}

/** Mentions of tools that belong to other installed servers (only known during a live scan). */
function peerMentions(analysis: TextAnalysis): Hit[] {
  const peers = analysis.context.peers ?? [];
  if (peers.length === 0) return [];
  const owners = peerToolOwners(analysis.context);
  const hits: Hit[] = [];
  analysis.stream.tokens.forEach((token: Token, index) => {
    const server = owners.get(token.text);
    if (!server || analysis.stream.ownNames.has(token.text) || hits.length >= 8) return;
    const steering = sentenceHas(analysis.stream, index, ['modify', 'send', 'directive', 'called', 'override', 'replace']);
    hits.push({ ruleId: rule, confidence: steering ? 0.85 : 0.55, message: `mentions the tool "${token.text}" of server "${server}"`, start: token.start, end: token.end });
  });
  return hits;
}

export const detectShadowing: Detector = (analysis) => [...runPhraseSpecs(analysis, SPECS), ...peerMentions(analysis)];
