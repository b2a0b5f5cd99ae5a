// Credentials in one named field of a structured config: an env var, a header, a CLI flag's value.

import { findCredentials } from './find';
import { credentialKindLabel, type CredentialMatch } from './kinds';
import { judgeKeyedValue } from './keyed';

/**
 * Credentials in `value`, stored under `name` (offsets are into `value`). A value with no
 * recognisable format is still reported when the name is sensitive ("GITHUB_TOKEN",
 * "X-API-Key", "--password") and the value looks like the secret itself rather than a
 * reference or placeholder.
 */
export function findCredentialsInField(name: string, value: string): CredentialMatch[] {
  const found = findCredentials(value);
  if (found.length > 0) return found;
  const verdict = judgeKeyedValue(name, value);
  if (verdict === undefined) return [];
  const start = value.length - value.trimStart().length;
  const end = value.trimEnd().length;
  return [{ kind: verdict.kind, label: credentialKindLabel(verdict.kind), start, end, confidence: verdict.confidence }];
}
