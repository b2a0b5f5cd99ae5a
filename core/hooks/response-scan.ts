// Tool results through the tool-poisoning detectors (core/scan): the rules that mean "this text
// is giving the agent instructions", at error level. Rules about code, encodings or schemas are
// left out: ordinary results (source files, logs) carry those all the time.
import { RULES, ruleInfo } from '../scan/rules';
import { scanText } from '../scan/scan-text';
import type { ResponseFinding } from './response';

const INSTRUCTION_RULES = new Set<string>([
  RULES.instructionOverride,
  RULES.concealment,
  RULES.consentBypass,
  RULES.exfiltration,
  RULES.shadowing,
  RULES.markupSmuggling,
  RULES.hiddenUnicode,
]);

/** Mentions of other servers are pivotFindings' job (core/hooks/response.ts): they are not passed here. */
export function scanResponse(text: string, serverName: string): ResponseFinding[] {
  const findings = scanText(text, 'response', {}, 'response');
  const hits = findings.filter((f) => f.severity === 'error' && INSTRUCTION_RULES.has(f.ruleId));
  const titles = [...new Set(hits.map((f) => ruleInfo(f.ruleId)?.title ?? f.ruleId))];
  if (!titles.length) return [];
  return [{ rule: 'injected-instructions', severity: 'high', detail: `the result of "${serverName}" carries instructions for the agent (${titles.join(', ')})` }];
}
