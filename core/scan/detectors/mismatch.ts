// Capability mismatch: the description promises read-only or safe behaviour while a parameter turns on
// writing, deleting or executing by default — the reviewer approves the promise, the model gets the default.
import type { Detector, Hit, TextAnalysis } from '../analysis';
import { c, gap, runPhraseSpecs, word, type PhraseSpec } from './phrase-kit';
import { RULES } from '../rules';
import type { ScanFinding } from '../types';
import { severityOf } from '../types';
import { quickTest, register } from './pattern-kit';

const READ_ONLY_CLAIM = quickTest(/\bread[- ]?only\b|\bsafely reads\b|\bpassive (?:monitor|viewer|reader)\b|\bwithout side[- ]effects?\b|\bnon-invasive\b|\bview[- ]only\b|\bharmless\b|\bsolo lectura\b|\blecture seule\b|\bschreibgeschutzt\b|\bnur lesend\b|\bnon-destructive\b|\bside-effect free\b|\bno side effects\b|\bonly reads\b|\bdoes(?: not|n't) (?:modify|write|change|delete)\b|\bnever (?:modifies|writes|changes|deletes)\b|\bnon-mutating\b|\bjust reads\b|\bonly (?:reads|retrieves|fetches|lists|queries)\b|\bwithout (?:modifying|changing|writing|altering)\b|\bnever (?:alters|mutates)\b/i);
const DESTRUCTIVE_NAME = /(?:write|delete|remove|drop|exec|overwrite|destroy|admin|sudo|unsafe|force|purge|truncate|wipe|mutat|commit|persist|cleanup|clean_up|modify|alter|upload|send)/i;
const DESTRUCTIVE_DEFAULT = register(/\b[a-z_]{0,30}(?:write|delete|remove|drop|exec|overwrite|destroy|admin|sudo|unsafe|purge|truncate|wipe|force|cleanup|clean_up|sync|mutat|commit|persist|modify|upload|erase|rm)[a-z_]{0,30}\b[^.;\n]{0,50}(?:\b(?:default(?:s| value| is)?(?: to)?|por defecto|par defaut|standardmassig)\s{0,2}[:=]?\s{0,2}(?:true|1|yes|on|enabled|['"]?(?:write|rw|read-write|read_write)['"]?)\b|\b(?:true|yes|on|enabled)\s{1,3}by\s{1,3}default\b|[:=]\s{0,2}(?:true|yes|on)\b[^.;\n]{0,12}\bdefault\b)|\b[a-z_]{0,30}(?:write|delete|remove|drop|exec|overwrite|destroy|purge|truncate|wipe|erase)[a-z_]{0,30}\s{0,2}(?:[:=]|\(\s{0,2}(?:bool(?:ean)?\s{0,2},\s{0,2})?)\s{0,2}(?:true|yes|on|enabled)\b/g);
const DESTRUCTIVE_ACTION = register(/\b(?:also|additionally|but|then|actually|secretly|quietly|silently|internally|in fact|side[- ]effects?\s{0,2}:)\s{1,3}(?:it\s{1,3})?(?:[a-z]{2,15}ly\s{1,3})?(?:deletes?|removes?|overwrites?|drops?|wipes?|modif(?:y|ies)|writes?|executes?|uploads?|sends?|updates?)\b|\b(?:including|incl\.?|even|also|plus)\s{1,3}(?:update|delete|drop|insert|truncate|alter)\s{0,2}(?:,|and|or)\s{1,3}(?:update|delete|drop|insert|truncate|alter)\b/g);

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
    slots: [{ any: ['capabilityNoun'], words: ['requires', 'require', 'required', 'needs', 'needed', 'grant', 'granted', 'necessary'] }, gap(c('riskyCapability'), 4), gap(c('riskyCapability'), 3)],
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
  if (!action) return [];
  return [{ ruleId: RULES.capabilityMismatch, confidence: 0.6, message: 'claims to be read-only but also changes or sends things', start: action.index, end: action.index + action[0].length }];
}

/** The same contradiction between the description (or readOnlyHint) and the input schema itself. */
export function schemaMismatch(description: string, annotations: unknown, inputSchema: unknown): ScanFinding[] {
  const properties = (inputSchema as { properties?: Record<string, { default?: unknown }> } | undefined)?.properties;
  if (!properties || typeof properties !== 'object') return [];
  const name = Object.keys(properties).find((key) => DESTRUCTIVE_NAME.test(key) && isOn(properties[key]?.default));
  // The claim is looked for last: the description can be a megabyte, the schema rarely has such a default.
  if (!name || !(READ_ONLY_CLAIM.test(description) || (annotations as { readOnlyHint?: unknown } | undefined)?.readOnlyHint === true)) return [];
  const confidence = 0.65;
  return [{ ruleId: RULES.capabilityMismatch, severity: severityOf(confidence), confidence, message: `claims to be read-only but parameter "${name}" defaults to on`, evidence: name, field: `inputSchema.properties.${name}.default`, start: 0, end: 0 }];
}

function isOn(value: unknown): boolean {
  return value === true || value === 1 || (typeof value === 'string' && ON_VALUES.has(value.toLowerCase()));
}

/** Default values that switch a destructive option on, including modes: `mode: "write"`. */
const ON_VALUES = new Set(['true', 'yes', 'on', 'enabled', '1', 'write', 'read_write', 'read-write', 'readwrite', 'rw', 'delete', 'overwrite', 'force']);
