// One offline record → a result: tool definitions get the full definition scan; response and
// argument texts (corpus records, hook payloads) are scanned as the text they are.
import { scanText } from './scan-text';
import { scanToolDefinition } from './scan-tool';
import type { ToolRecord } from './tool-files';
import { verdictOf } from './verdict';
import type { ToolScanResult } from './types';

export function scanRecord(record: ToolRecord): ToolScanResult {
  if (record.surface === 'description' || record.surface === 'instructions') return { ...scanToolDefinition(record.tool, { ownTools: record.siblings }), id: record.id };
  const findings = scanText(record.tool.description ?? '', record.surface);
  return { id: record.id, verdict: verdictOf(findings), findings };
}
