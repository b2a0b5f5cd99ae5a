// Replacing credentials in free text.

import type { CredentialKind } from './kinds';
import { findCredentials } from './find';

export function redactionMarker(kind: CredentialKind): string {
  return `[REDACTED:${kind}]`;
}

/** `text` with every credential replaced by "[REDACTED:<kind>]"; everything else is kept as it was. */
export function redactText(text: string): string {
  const matches = findCredentials(text);
  if (matches.length === 0) return text;
  let redacted = '';
  let copied = 0;
  for (const match of matches) {
    redacted += text.slice(copied, match.start) + redactionMarker(match.kind);
    copied = match.end;
  }
  return redacted + text.slice(copied);
}
