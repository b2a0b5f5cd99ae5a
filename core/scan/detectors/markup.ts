// Markup smuggling: <IMPORTANT> blocks, fake <system> tags, chat-template tokens, "NOTE TO AI:",
// HTML and markdown comments carrying instructions, hidden HTML, and padding that pushes text out of view.
import type { Detector, Hit, TextAnalysis } from '../analysis';
import { RULES } from '../rules';
import { patterns, register, runPatternSpecs } from './pattern-kit';

const rule = RULES.markupSmuggling;

const SYSTEM_TAGS = new Set(['system', 'sys', 'system_prompt', 'system-prompt', 'systemprompt', 'system_message', 'system-message', 'admin', 'root', 'developer', 'instructions', 'instruction', 'assistant_instructions', 'hidden', 'secret', 'hidden-instruction', 'hidden_instruction', 'hidden-instructions', 'tool_instructions', 'override', 'jailbreak', 'ai', 'assistant', 'note_to_ai', 'llm', 'prompt', 'sudo', 'policy', 'context_override', 'priority_instructions']);
const EMPHASIS_TAGS = ['important', 'critical', 'urgent', 'priority', 'mandatory', 'attention', 'must', 'required', 'warning', 'note'];
const TAG = register(/<\/?\s{0,2}([a-z][\w-]{1,30})\b[^<>\n]{0,80}>/gi);

const SPECS = patterns([
  {
    ruleId: rule,
    message: 'chat-template or tool-protocol token in text',
    pattern: /<\|(?:im_start|im_end|system|user|assistant|endoftext|begin_of_text|start_header_id|eot_id)\|?>|<<\/?SYS>>|\[\/?INST\]|<\/?(?:tool_description|function_calls|function_results|tool_result|tool_call)\b[^<>\n]{0,40}>/gi,
    confidence: 0.85,
  },
  {
    ruleId: rule,
    message: 'fake system marker ([SYSTEM], ### SYSTEM MESSAGE, SYSTEM:)',
    pattern: /\[(?:SYSTEM|SYS|ADMIN|DEVELOPER|ASSISTANT INSTRUCTIONS?|AI INSTRUCTIONS?|HIDDEN INSTRUCTIONS?|SYSTEM OVERRIDE|SYSTEM MESSAGE)\b[^\]\n]{0,200}\]|(?:#{1,6}|={2,6}|-{3,6}|\*{2,4}) {0,3}(?:BEGIN |START )?(?:NEW |UPDATED )?SYSTEM (?:MESSAGE|PROMPT|INSTRUCTIONS?|UPDATE|OVERRIDE)|\bEND OF (?:THE )?(?:TOOL )?(?:DESCRIPTION|INSTRUCTIONS|CONTEXT|DOCUMENT|SYSTEM PROMPT)\b|-{3,6} {0,2}END (?:OF )?(?:USER |TOOL )?(?:INPUT|PROMPT|CONTEXT|CONVERSATION|DESCRIPTION|DOCUMENT)\b|(?:^|[.!?\n\]>-] {0,3})SYSTEM {0,2}(?:OVERRIDE|MESSAGE|NOTICE)? {0,2}: {0,3}[A-Za-z]/g,
    confidence: 0.8,
  },
  {
    ruleId: rule,
    message: 'note addressed to the AI model',
    pattern: /\b(?:note|notice|message|instructions?|attention|reminder|important note)\s{1,3}(?:to|for)\s{1,3}(?:the\s{1,3})?(?:ai|assistant|model|llm|agent|claude|gpt|ai assistant|language model)\s{0,2}:|(?:ai|助手|模型)\s{0,2}请注意|给\s{0,2}(?:ai|助手|模型)的|nota (?:para|a) (?:la )?ia\b|note (?:pour|a) l'ia\b|hinweis (?:fur|an) (?:die )?ki\b/g,
    confidence: 0.55,
    view: 'words',
  },
  {
    ruleId: rule,
    message: 'emphasis marker in brackets ([[IMPORTANT]], {IMPORTANT}, «IMPORTANT»)',
    pattern: /(?:\[\[|\{\{?|«|【|<<)\s{0,2}(?:IMPORTANT|CRITICAL|URGENT|ATTENTION|MANDATORY|PRIORITY|NOTE TO (?:AI|ASSISTANT|MODEL))\s{0,2}(?:\]\]|\}\}?|»|】|>>)/gi,
    confidence: 0.6,
  },
  {
    ruleId: rule,
    message: 'markdown comment (invisible when rendered)',
    pattern: /(?:^|\n) {0,3}\[(?:\/\/|comment|_|#)\]: {0,3}(?:#|<>) {0,3}\(/g,
    confidence: 0.6,
  },
  {
    ruleId: rule,
    message: 'HTML styled to be invisible',
    pattern: /style\s{0,2}=\s{0,2}["'][^"'\n]{0,200}?(?:display\s{0,2}:\s{0,2}none|visibility\s{0,2}:\s{0,2}hidden|font-size\s{0,2}:\s{0,2}0(?![.\d])|opacity\s{0,2}:\s{0,2}0(?![.\d]))/gi,
    confidence: 0.7,
  },
]);

function tagHits(analysis: TextAnalysis): Hit[] {
  const hits: Hit[] = [];
  const text = analysis.views.plain;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(text); match && hits.length < 6; match = TAG.exec(text)) {
    const name = (match[1] as string).toLowerCase();
    if (match[0].startsWith('</')) continue;
    if (SYSTEM_TAGS.has(name)) hits.push({ ruleId: rule, confidence: 0.8, message: `<${name}> tag: instructions disguised as system or hidden text`, start: match.index, end: match.index + match[0].length });
    else if (isEmphasisTag(name)) hits.push({ ruleId: rule, confidence: 0.65, message: `<${name}> block: the classic carrier of hidden tool instructions`, start: match.index, end: match.index + match[0].length });
  }
  return hits;
}

/** <IMPORTANT>, <important>, and misspellings one or two edits away (<IMPORTENT>). */
function isEmphasisTag(name: string): boolean {
  return EMPHASIS_TAGS.some((tag) => name === tag || (tag.length >= 6 && editDistanceAtMost(name, tag, 2)));
}

export function editDistanceAtMost(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return (previous[b.length] as number) <= limit;
}

const COMMENT_CONTENT = register(/\b(?:you|must|ignore|override|never|always|send|read|instructions?|system|assistant|ai|model|secret|credentials?|password|do not|don't)\b/i);

/** <!-- … --> found with indexOf, so an unclosed or repeated opener cannot make the scan quadratic. */
/** Comments, found in `text` (offsets are `text`'s: plain for the full analysis, raw for long texts). */
function commentHits(text: string, raw: boolean): Hit[] {
  const hits: Hit[] = [];
  for (let open = text.indexOf('<!--'); open !== -1 && hits.length < 4; open = text.indexOf('<!--', open + 4)) {
    const close = text.indexOf('-->', open + 4);
    if (close === -1) break;
    const body = text.slice(open + 4, close);
    const instructs = COMMENT_CONTENT.test(body.slice(0, 2000));
    hits.push({ ruleId: rule, confidence: instructs ? 0.8 : 0.4, message: instructs ? 'HTML comment carrying instructions (invisible when rendered)' : 'HTML comment (invisible when rendered)', start: open, end: close + 3, ...(raw ? { raw: true } : {}) });
    open = close;
  }
  return hits;
}

const PADDING_NEWLINES = 25;
const PADDING_SPACES = 200;

/** Long runs of blank lines or spaces push the rest of a description out of a reviewer's view. */
function paddingHits(raw: string): Hit[] {
  if (!raw.includes('\n\n\n') && !raw.includes('          ') && !raw.includes('\t\t\t')) return [];
  let newlines = 0;
  let spaces = 0;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw.charCodeAt(i);
    if (ch === 10) newlines++;
    else if (ch !== 13 && ch !== 32 && ch !== 9) newlines = 0;
    spaces = ch === 32 || ch === 9 ? spaces + 1 : 0;
    if (newlines >= PADDING_NEWLINES || spaces >= PADDING_SPACES) {
      const next = raw.slice(i).search(/\S/);
      return next < 0 ? [] : [{ ruleId: rule, confidence: 0.55, message: 'long blank padding hides the text that follows it', start: i + next, end: Math.min(raw.length, i + next + 40), raw: true }];
    }
  }
  return [];
}

const ROLE_TURN = register(/(?:^|[.!?\n]) {0,3}(human|user|assistant|system|ai)\s{0,2}:\s/gi);

/** "Human: … Assistant: Sure, here are …": a conversation written into the text, so the model reads it as its own past turns. */
function fakeTurnHits(text: string): Hit[] {
  if (!text.includes(':')) return [];
  ROLE_TURN.lastIndex = 0;
  const roles = new Set<string>();
  let first = -1;
  for (let match = ROLE_TURN.exec(text); match; match = ROLE_TURN.exec(text)) {
    const role = (match[1] as string).toLowerCase();
    roles.add(role === 'human' ? 'user' : role === 'ai' ? 'assistant' : role);
    if (first < 0) first = match.index;
    if (roles.size >= 2 && roles.has('assistant')) return [{ ruleId: rule, confidence: 0.7, message: 'writes fake conversation turns (User: … Assistant: …)', start: first, end: match.index + match[0].length }];
  }
  return [];
}

export const detectMarkup: Detector = (analysis) => [...runPatternSpecs(analysis, SPECS), ...tagHits(analysis), ...fakeTurnHits(analysis.views.plain), ...commentHits(analysis.views.plain, false), ...paddingHits(analysis.views.raw)];

/** The markup checks that read a whole long text cheaply: comments and padding. */
export function wholeTextMarkupHits(raw: string): Hit[] {
  return [...commentHits(raw, true), ...paddingHits(raw)];
}
