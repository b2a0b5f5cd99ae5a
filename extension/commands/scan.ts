// "Scan Tool Descriptions" is registered here and implemented in extension/scan/command.ts, bundled
// apart as dist/extension-scan.js and loaded on first use: running the scanner, its prompts and
// progress are not needed to activate. The path is computed so the bundler leaves it alone.
import * as path from 'node:path';
import { homeDirectory } from '../engine/scopes';
import type * as ScanPart from '../scan/command';
import type { ScanToolsOutcome } from '../scan/command';
import type { ScanResults } from '../scan/results';
import type { CommandContext } from './context';

export const SCAN_TOOLS = 'mcpWarden.scanTools';

let part: typeof ScanPart | undefined;

export function scanTools(ctx: CommandContext, results: ScanResults) {
  return (arg?: unknown): Promise<ScanToolsOutcome | undefined> => {
    part ??= require(path.join(__dirname, 'extension-scan.js')) as typeof ScanPart;
    return part.runScanCommand(ctx, results, homeDirectory(ctx.settings()), arg);
  };
}
