// A ready-to-review policy entry for a server someone wants approved: what the "request approval" fix copies.
import type { ApprovedServer, ServerMatch } from '../../policy-schema/schema';
import type { Identity } from '../identity/index';
import type { ServerEntry } from '../model';

export function approvalSnippet(entry: ServerEntry, identity: Identity): string {
  const match = matchFor(identity);
  const id = entry.name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'server';
  const draft: ApprovedServer = {
    id,
    name: entry.name,
    match: match ?? { command: entry.command ?? '', args: entry.args ?? [] },
    scope: { credential: 'other', scopes: [], maxLifetime: 'P90D', revocation: 'TBD: where to revoke the credential', readOnly: false },
    owner: 'TBD: owning team',
    reviewed: new Date().toISOString().slice(0, 10),
  };
  return `${JSON.stringify(draft, null, 2)}\n`;
}

function matchFor(identity: Identity): ServerMatch | undefined {
  switch (identity.kind) {
    case 'url':
      return { url: identity.url };
    case 'package':
      return { package: identity.name, ecosystem: identity.ecosystem, ...(identity.pinned ? { version: identity.version } : {}), ...(identity.args.length ? { args: identity.args } : {}), ...runnerArgs(identity.runnerFlags) };
    case 'image':
      return { image: identity.name, ...(identity.digest ? { digest: identity.digest } : {}), ...(identity.args.length ? { args: identity.args } : {}), ...runnerArgs(identity.runnerFlags) };
    case 'command':
      return { command: identity.command, args: identity.args };
    default:
      return undefined;
  }
}

function runnerArgs(flags: string[]): { runnerArgs?: string[] } {
  return flags.length ? { runnerArgs: flags } : {};
}
