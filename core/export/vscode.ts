// VS Code (GitHub Copilot agent): `chat.mcp.access` can only say none / registry / all. It cannot
// name servers, so the policy's approvals cannot be expressed; the export is the strictest
// setting that does not contradict the policy, with what it cannot say in the notes.
import type { EffectivePolicy } from '../policy/load';
import type { ExportNote, ExportResult } from './types';

export interface VsCodeExportOptions {
  /** A private MCP registry that lists only the approved servers. */
  registryUrl?: string;
}

export function exportVsCode(policy: EffectivePolicy, options: VsCodeExportOptions): ExportResult {
  const settings: Record<string, string> = options.registryUrl
    ? { 'chat.mcp.access': 'registry', 'chat.mcp.gallery.serviceUrl': options.registryUrl }
    : { 'chat.mcp.access': 'none' };
  const notes: ExportNote[] = [
    {
      message: `VS Code cannot allow individual servers: the ${policy.servers.length} approved servers of the policy cannot be expressed in chat.mcp.access (none | registry | all). ${
        options.registryUrl
          ? 'With "registry", only servers installed from the registry at chat.mcp.gallery.serviceUrl are allowed: it must list only approved servers, at their approved versions.'
          : 'With "none", Copilot agent mode uses no MCP server at all; pass --registry-url with a private registry that lists only the approved servers to allow those.'
      }`,
    },
    { message: 'deploy as device policy: ChatMCP (values none / registry / all; the enterprise docs call them off / registryOnly / allowed) and McpGalleryServiceUrl, via ADMX on Windows, a configuration profile on macOS, or /etc/vscode/policy.json on Linux (path not confirmed by VS Code docs)' },
    { message: 'tool lists, argument rules and the audit log do not apply in VS Code: it has no hooks MCP Warden installs (its Claude-compatible hooks ignore matchers)' },
  ];
  return { content: `${JSON.stringify(settings, null, 2)}\n`, notes };
}
