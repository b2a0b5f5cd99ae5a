// Starting a server runs its code. Whether the scanner may start one: approved servers only, others
// only when the user explicitly asks; never a denied or impersonating one; and never one declared by
// an untrusted workspace (its command, arguments and environment are the workspace author's choice).
import type { ConfigScope, ServerEntry } from '../model';
import type { VerdictStatus } from '../policy/evaluate';

export interface GateOptions {
  /** `--include-unapproved`: also start servers the policy does not approve (never denied ones). */
  includeUnapproved: boolean;
  /** The workspace is trusted (the editor's workspace trust, `--trust-workspace` on the CLI). */
  workspaceTrusted: boolean;
}

/** Scopes whose files live in the project: whoever wrote the repository chose what they run. */
const WORKSPACE_SCOPES: ReadonlySet<ConfigScope> = new Set(['project', 'devcontainer']);
const NEVER_START: ReadonlySet<VerdictStatus> = new Set(['denied', 'impersonation', 'malformed']);

/** Why the server must not be started, or undefined when it may be. */
export function refusalReason(entry: ServerEntry, status: VerdictStatus, options: GateOptions): string | undefined {
  if (NEVER_START.has(status)) return `not started: the policy verdict is "${status}"`;
  if (WORKSPACE_SCOPES.has(entry.scope) && !options.workspaceTrusted) return 'not started: declared by the workspace, which is not trusted (use --trust-workspace after reviewing it)';
  if (status !== 'approved' && !options.includeUnapproved) return `not started: the server is ${status === 'no-policy' ? 'not checked against a policy' : 'not approved'} (use --include-unapproved to scan it anyway)`;
  if (entry.command === undefined && entry.url === undefined) return 'not started: the entry has neither a command nor a URL';
  return undefined;
}
