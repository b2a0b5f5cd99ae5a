// scanToolDefinition: a tool as published in tools/list → verdict and findings. Every model-visible
// string is read: name, title, description, annotation title, and every string inside inputSchema and
// outputSchema (descriptions, titles, enums, defaults, examples); parameter names are checked too.
import { RULES } from './rules';
import { scanText } from './scan-text';
import { schemaMismatch } from './detectors/mismatch';
import { schemaStrings, suspiciousParameterNames } from './schema';
import { verdictOf } from './verdict';
import type { ScanContext, ScanFinding, ToolDefinition, ToolScanResult } from './types';

export function scanToolDefinition(tool: ToolDefinition, context: ScanContext = {}): ToolScanResult {
  // A listing's context already names every tool: shared as it is, its names are prepared once (analysis.ts).
  const own: ScanContext = context.ownTools?.includes(tool.name) ? context : { ...context, ownTools: [...(context.ownTools ?? []), tool.name] };
  const findings: ScanFinding[] = [];
  findings.push(...scanName(tool.name));
  for (const [field, text] of topLevelStrings(tool)) findings.push(...scanText(text, 'description', own, field));
  for (const { path, text } of [...schemaStrings(tool.inputSchema, 'inputSchema'), ...schemaStrings(tool.outputSchema, 'outputSchema')]) {
    findings.push(...scanText(text, 'description', own, path).map(asSchemaFinding));
  }
  findings.push(...suspiciousParameterNames(tool.inputSchema), ...schemaMismatch(tool.description ?? '', tool.annotations, tool.inputSchema));
  return { id: tool.name, verdict: verdictOf(findings), findings };
}

function topLevelStrings(tool: ToolDefinition): Array<[string, string]> {
  const fields: Array<[string, string]> = [];
  if (typeof tool.title === 'string') fields.push(['title', tool.title]);
  if (typeof tool.description === 'string') fields.push(['description', tool.description]);
  const annotationTitle = (tool.annotations as { title?: unknown } | undefined)?.title;
  if (typeof annotationTitle === 'string') fields.push(['annotations.title', annotationTitle]);
  return fields;
}

/** A name is an identifier: only characters a reviewer cannot see or would misread can hide anything in it. */
function scanName(name: string): ScanFinding[] {
  return /^[\x21-\x7e]{0,256}$/.test(name) ? [] : scanText(name, 'description', {}, 'name').filter((finding) => finding.ruleId === RULES.hiddenUnicode);
}

/** A finding inside the schema keeps what it found in the message and is filed as schema-field injection. */
function asSchemaFinding(finding: ScanFinding): ScanFinding {
  return { ...finding, ruleId: RULES.schemaInjection, message: `${finding.field}: ${finding.message} (${finding.ruleId})` };
}
