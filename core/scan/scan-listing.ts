// A whole server listing → one result per tool, plus the server's instructions, prompts and resources,
// each read as text a model will see. Other servers' tool names make cross-server shadowing visible.
import { scanText } from './scan-text';
import { scanToolDefinition } from './scan-tool';
import type { ServerListing } from './lockfile';
import { verdictOf } from './verdict';
import type { PeerTools, ScanFinding, ToolScanResult } from './types';

export function scanListing(listing: ServerListing, peers: PeerTools[] = []): ToolScanResult[] {
  const context = { ownTools: listing.tools.map((tool) => tool.name), peers };
  const results = listing.tools.map((tool) => scanToolDefinition(tool, context));
  if (listing.instructions) results.push(textResult('instructions', [[listing.instructions, 'instructions']], context));
  for (const prompt of listing.prompts ?? []) {
    const texts: Array<[string, string]> = [[prompt.name, 'name'], [prompt.description ?? '', 'description']];
    (prompt.arguments ?? []).forEach((argument, i) => texts.push([argument.description ?? '', `arguments.${i}.description`]));
    results.push(textResult(`prompt:${prompt.name}`, texts, context));
  }
  for (const resource of listing.resources ?? []) {
    results.push(textResult(`resource:${resource.name}`, [[resource.name, 'name'], [resource.description ?? '', 'description']], context));
  }
  return results;
}

function textResult(id: string, texts: Array<[string, string]>, context: { ownTools: string[]; peers: PeerTools[] }): ToolScanResult {
  const findings: ScanFinding[] = texts.filter(([text]) => text.length > 0).flatMap(([text, field]) => scanText(text, 'instructions', context, field));
  return { id, verdict: verdictOf(findings), findings };
}
