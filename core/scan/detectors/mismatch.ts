// Capability mismatch: the description promises read-only or safe behaviour while a parameter turns on
// writing, deleting or executing by default — the reviewer approves the promise, the model gets the default.
import type { Detector, Hit, TextAnalysis } from '../analysis';
import { c, gap, optional, runPhraseSpecs, word, type PhraseSpec } from './phrase-kit';
import { RULES } from '../rules';
import type { ScanFinding } from '../types';
import { severityOf } from '../types';
import { register } from './pattern-kit';
import { quickTest } from '../regex-union';

const READ_ONLY_CLAIM = quickTest(/\bread[- ]?only\b|\bsafely (?:reads|lists|views|inspects|browses|queries|retrieves|shows|displays|returns)\b|\bsafe (?:sql|query|read|viewer|explorer|browser|inspector|lookup)\b|\bpassive (?:monitor|viewer|reader)\b|\bwithout side[- ]effects?\b|\bnon-invasive\b|\bview[- ]only\b|\bharmless\b|\bsolo lectura\b|\blecture seule\b|\bschreibgeschutzt\b|\bnur lesend\b|\bnon-destructive\b|\bside-effect free\b|\bno side effects\b|\bonly reads\b|\bdoes(?: not|n't) (?:modify|write|change|delete)\b|\bnever (?:modifies|writes|changes|deletes)\b|\bnon-mutating\b|\bjust reads\b|\bonly (?:reads|retrieves|fetches|lists|queries)\b|\bwithout (?:modifying|changing|writing|altering)\b|\bnever (?:alters|mutates)\b|\bpurely informational\b|\binformational only\b|\bobserve[- ]only\b|\bmonitor(?:ing)?[- ]only\b/i);
/** A word that changes things, as one part of a parameter name ("allow_writes", "force_delete", "rm"), not
 *  inside another word ("confirm", "async", "enforce", "dropdown"). */
const DESTRUCTIVE_WORD = String.raw`(?:writes?|delete[sd]?|remove[sd]?|drops?|exec|execute[sd]?|execution|overwrites?|destroy|admin|sudo|unsafe|purge[sd]?|truncate[sd]?|wipe[sd]?|force|forced|cleanup|clean_up|sync|mutate[sd]?|mutation|commits?|persist|modify|modifies|upload[sd]?|erase[sd]?|rm|reset|flush|apply|publish|kill|terminate|revoke|send|fix|autofix|restart|reboot|shutdown)`;
const DESTRUCTIVE_NAME_BODY = String.raw`(?:[a-z]{1,20}_){0,3}${DESTRUCTIVE_WORD}(?:_[a-z]{1,20}){0,3}`;
/** The name inside prose ("allow_writes (default true)"), and a schema property's whole name. */
const DESTRUCTIVE_NAME_SOURCE = String.raw`\b${DESTRUCTIVE_NAME_BODY}\b`;
const DESTRUCTIVE_NAME = new RegExp(`^${DESTRUCTIVE_NAME_BODY}$`);
const DEFAULT_WORD = String.raw`\b(?:default(?:s| value| is)?(?: to)?|por defecto|par defaut|standardmassig)\s{0,2}[:=]?\s{0,2}`;
/** Values that are themselves destructive, whatever the parameter is called: `mode: "write"`, `acl: "public-read-write"`. */
const DESTRUCTIVE_VALUE_WORDS = ['write', 'read-write', 'read_write', 'readwrite', 'rw', 'rwx', 'public-read-write', 'delete', 'overwrite', 'force', 'admin', 'root', 'superuser'];
/** The same values written in prose, and the file modes that write ("w", "a+"), which are only values when quoted. */
const DESTRUCTIVE_VALUE = String.raw`(?:['"]?(?:${DESTRUCTIVE_VALUE_WORDS.join('|')})['"]?(?![\w-])|['"](?:w|wb|w\+|a|ab|a\+|r\+)['"])`;
/** Switches that keep a tool harmless while on: off by default contradicts a read-only claim. (A preview pane
 *  or a confirmation prompt switched off is not: neither makes a read-only tool write.) */
const SAFETY_SWITCH_BODY = String.raw`(?:dry_?run|read_?only|safe_?mode|sandbox(?:ed)?)`;
const SAFETY_SWITCH = String.raw`\b${SAFETY_SWITCH_BODY}\b`;
const DESTRUCTIVE_DEFAULT = register(new RegExp([
  String.raw`${DESTRUCTIVE_NAME_SOURCE}[^.;\n]{0,50}?(?:${DEFAULT_WORD}(?:true|1|yes|on|enabled|${DESTRUCTIVE_VALUE})\b|\b(?:true|yes|on|enabled)\s{1,3}by\s{1,3}default\b|[:=]\s{0,2}(?:true|yes|on)\b[^.;\n]{0,12}\bdefault\b)`,
  String.raw`${DESTRUCTIVE_NAME_SOURCE}\s{0,2}(?:\(\s{0,2}bool(?:ean)?\s{0,2}\)\s{0,2})?(?:[:=]|\(\s{0,2}(?:bool(?:ean)?\s{0,2},\s{0,2})?)\s{0,2}(?:true|yes|on|enabled)\b`,
  `${DEFAULT_WORD}${DESTRUCTIVE_VALUE}`,
  String.raw`${DESTRUCTIVE_VALUE}\s{1,3}by\s{1,3}default\b`,
  String.raw`${SAFETY_SWITCH}[^.;\n]{0,30}?(?:${DEFAULT_WORD}(?:false|no|off|disabled|0)\b|\b(?:false|no|off|disabled)\s{1,3}by\s{1,3}default\b)`,
  String.raw`\bby default,?\s{1,3}(?:write|delete|admin|root|exec|execute|destructive)\s{1,3}(?:access|mode|permissions?|operations?)\s{1,3}(?:is|are)\s{1,3}(?:enabled|on|granted|allowed)\b`,
  String.raw`\b(?:write|delete|admin|root|exec|execute|destructive)\s{1,3}(?:access|mode|permissions?|operations?)\s{1,3}(?:is|are)\s{1,3}(?:enabled|on|granted|allowed)\s{1,3}by\s{1,3}default\b`,
].join('|'), 'g'));
const DESTRUCTIVE_ACTION = register(/\b(?:also|additionally|but|then|actually|secretly|quietly|silently|internally|in fact|side[- ]effects?\s{0,2}:|which|that)\s{1,3}(?:it\s{1,3}|also\s{1,3})?(?:[a-z]{2,15}ly\s{1,3})?(?:deletes?|removes?|overwrites?|drops?|wipes?|modif(?:y|ies)|writes?|executes?|uploads?|sends?|updates?|applies|moves|restarts|reboots|purges)\b|\b(?:are|is)\s{1,3}also\s{1,3}(?:sent|uploaded|posted|forwarded|written|deleted|overwritten|executed|removed)\b|\bdefault\b[^.;\n]{0,40}?\b(?:writes|deletes|removes|overwrites|uploads|sends|executes|applies|modifies|moves|restarts|reboots|wipes|purges|drops)\b|\b(?:including|incl\.?|even|also|plus)\s{1,3}(?:update|delete|drop|insert|truncate|alter)\s{0,2}(?:,|and|or)\s{1,3}(?:update|delete|drop|insert|truncate|alter)\b/g);

/** A tool cannot be granted permissions by its description; a manifest-style list of broad ones primes the reader to grant them. */
const CAPABILITY_SPECS: PhraseSpec[] = [
  {
    ruleId: RULES.capabilityMismatch,
    message: 'declares broad capabilities for itself (shell, network, storage …)',
    slots: [c('capabilityNoun'), gap(word('required', 'needed', 'requested', 'necessary', 'granted'), 1), gap(c('riskyCapability'), 4)],
    confidence: 0.5,
  },
  {
    ruleId: RULES.capabilityMismatch,
    message: 'declares broad capabilities for itself (shell, network, storage …)',
    slots: [{ any: ['capabilityNoun'], words: ['requires', 'require', 'required', 'needs', 'needed', 'grant', 'granted', 'necessary', 'requests', 'requested', 'wants', 'demands'] }, gap(c('riskyCapability'), 4), gap(c('riskyCapability'), 3)],
    confidence: 0.5,
  },
  {
    ruleId: RULES.capabilityMismatch,
    message: 'declares broad capabilities for itself (shell, network, storage …)',
    slots: [word('must', 'should'), gap(word('have', 'get', 'be'), 1), optional(gap(word('granted', 'given'), 1)), gap(c('riskyCapability'), 3), gap(c('riskyCapability'), 3)],
    confidence: 0.5,
  },
  {
    ruleId: RULES.capabilityMismatch,
    message: 'declares broad capabilities for itself (shell, network, storage …)',
    slots: [word('required', 'requires', 'require', 'necessary', 'needed', 'needs', 'requested', 'requests', 'grant', 'granted'), gap(c('capabilityNoun'), 2), gap(c('riskyCapability'), 4)],
    confidence: 0.5,
  },
];

export const detectCapabilityMismatch: Detector = (analysis) => [...runPhraseSpecs(analysis, CAPABILITY_SPECS), ...readOnlyContradictions(analysis)];

function readOnlyContradictions(analysis: TextAnalysis): Hit[] {
  const words = analysis.views.words;
  if (!READ_ONLY_CLAIM.test(words)) return [];
  DESTRUCTIVE_DEFAULT.lastIndex = 0;
  const match = DESTRUCTIVE_DEFAULT.exec(words);
  if (match) return [{ ruleId: RULES.capabilityMismatch, confidence: 0.6, message: 'claims to be read-only but a destructive option defaults to on', start: match.index, end: match.index + match[0].length }];
  DESTRUCTIVE_ACTION.lastIndex = 0;
  const action = DESTRUCTIVE_ACTION.exec(words);
  if (!action) return hostileDefaults(analysis);
  return [{ ruleId: RULES.capabilityMismatch, confidence: 0.6, message: 'claims to be read-only but also changes or sends things', start: action.index, end: action.index + action[0].length }];
}

/** A default that sends to an attacker-looking host: "callback_url (default: http://collector.evil.example/cb)". */
function hostileDefaults(analysis: TextAnalysis): Hit[] {
  const words = analysis.views.words;
  const url = analysis.stream.entities.find((entity) => entity.suspiciousHost && DEFAULT_BEFORE.test(words.slice(Math.max(0, entity.start - 24), entity.start)));
  if (!url) return [];
  return [{ ruleId: RULES.capabilityMismatch, confidence: 0.6, message: 'claims to be read-only but sends to an attacker-looking host by default', start: url.start, end: url.end }];
}

/** DEFAULT_WORD (and an opening quote) just before the URL. */
const DEFAULT_BEFORE = register(new RegExp(`${DEFAULT_WORD}['"]?$`));

/** The same contradiction between the description (or readOnlyHint) and the input schema itself. */
export function schemaMismatch(description: string, annotations: unknown, inputSchema: unknown): ScanFinding[] {
  const properties = (inputSchema as { properties?: Record<string, { default?: unknown }> } | undefined)?.properties;
  if (!properties || typeof properties !== 'object') return [];
  const name = Object.keys(properties).find((key) => destructiveByDefault(key, properties[key]?.default));
  // The claim is looked for last: the description can be a megabyte, the schema rarely has such a default.
  if (!name || !(READ_ONLY_CLAIM.test(description) || (annotations as { readOnlyHint?: unknown } | undefined)?.readOnlyHint === true)) return [];
  const confidence = 0.65;
  return [{ ruleId: RULES.capabilityMismatch, severity: severityOf(confidence), confidence, message: `claims to be read-only but parameter "${name}" defaults to on`, evidence: name, field: `inputSchema.properties.${name}.default`, start: 0, end: 0 }];
}

/** A destructive switch on, a destructive value (`mode: "write"`), or a safety switch off (`dry_run: false`). */
function destructiveByDefault(key: string, value: unknown): boolean {
  if (value === undefined || value === null) return false;
  const name = snakeCase(key);
  if (DESTRUCTIVE_NAME.test(name) && isOn(value)) return true;
  if (typeof value === 'string' && DESTRUCTIVE_VALUES.has(value.toLowerCase())) return true;
  return SAFETY_NAME.test(name) && isOff(value);
}

function snakeCase(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/-/g, '_').toLowerCase();
}

function isOn(value: unknown): boolean {
  return value === true || value === 1 || (typeof value === 'string' && ON_VALUES.has(value.toLowerCase()));
}

function isOff(value: unknown): boolean {
  return value === false || value === 0 || (typeof value === 'string' && OFF_VALUES.has(value.toLowerCase()));
}

const ON_VALUES = new Set(['true', 'yes', 'on', 'enabled', '1']);
const OFF_VALUES = new Set(['false', 'no', 'off', 'disabled', '0']);
const DESTRUCTIVE_VALUES = new Set(DESTRUCTIVE_VALUE_WORDS);
const SAFETY_NAME = new RegExp(`^${SAFETY_SWITCH_BODY}$`);
