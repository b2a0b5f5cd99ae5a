// `mcp-warden scan-tools FILE…`: the poisoning scan on tool definitions saved to files, offline —
// nothing is started or contacted.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scanRecord } from '../../core/scan/scan-record';
import { applySuppressions, readSuppressions, SuppressionsError } from '../../core/scan/suppressions';
import { parseToolFile, ToolFileError, type ToolRecord } from '../../core/scan/tool-files';
import type { ToolScanResult } from '../../core/scan/types';
import { EXIT, UsageError, type Command } from '../command';
import { styleFor } from '../style';
import { countVerdicts, renderResults, resultJson } from './scan-output';

export const scanToolsCommand: Command = {
  name: ['scan-tools'],
  summary: 'scan tool definitions saved in files for poisoning (offline)',
  help: `Usage: mcp-warden scan-tools [options] FILE…

Scans tool definitions for tool poisoning without starting or contacting any server. FILE is JSON
(a tools/list result {"tools": [...]}, an array of tool definitions, or one tool) or JSON Lines
(one tool definition, or one corpus record {"id", "tool", "surface"}, per line).

Options:
  --json                one JSON object per tool and line: {"id","verdict","findings":[...]}
  --suppressions FILE   suppressions to apply (format: docs/scanner.md)

Exit codes: 0 nothing malicious, 1 a malicious definition, 2 usage or unreadable input.`,
  options: { json: { type: 'boolean' }, suppressions: { type: 'string' } },
  positionals: true,
  async run(values, positionals, io) {
    if (positionals.length === 0) throw new UsageError('give at least one FILE');
    const records = positionals.flatMap((file) => readRecords(path.resolve(io.cwd, file), file));
    let results: ToolScanResult[] = records.map(scanRecord);
    if (typeof values.suppressions === 'string') results = suppress(results, path.resolve(io.cwd, values.suppressions), io.stderr);
    if (values.json) for (const result of results) io.stdout.write(`${JSON.stringify(resultJson(result))}\n`);
    else {
      const style = styleFor(io.isTty, io.env);
      io.stdout.write(`${[...renderResults(results, style), countVerdicts(results)].join('\n')}\n`);
    }
    return results.some((result) => result.verdict === 'malicious') ? EXIT.findings : EXIT.clean;
  },
};

function readRecords(file: string, shown: string): ToolRecord[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return parseToolFile(text, shown);
  } catch (error) {
    if (error instanceof ToolFileError) throw new UsageError(error.message);
    throw error;
  }
}

function suppress(results: ToolScanResult[], file: string, stderr: NodeJS.WritableStream): ToolScanResult[] {
  try {
    const outcome = applySuppressions(results, readSuppressions(file));
    for (const gone of outcome.expired) stderr.write(`mcp-warden scan-tools: suppression of ${gone.ruleId} ${gone.hash.slice(0, 19)}… expired on ${gone.expires}; the finding is reported again\n`);
    return outcome.results;
  } catch (error) {
    if (error instanceof SuppressionsError) throw new UsageError(error.message);
    throw error;
  }
}
