// Credentials in one named field of a structured config: an env var, a header, a CLI flag's value.

import { findCredentials } from './find';
import { credentialKindLabel, type CredentialMatch } from './kinds';
import { judgeKeyedValue } from './keyed';
import { authSchemePrefix } from './values';

/**
 * Credentials in `value`, stored under `name` (offsets are into `value`). A value with no
 * recognisable format is still reported when the name is sensitive ("GITHUB_TOKEN",
 * "X-API-Key", "--password") and the value looks like the secret itself rather than a
 * reference or placeholder ("Authorization": "token …" reports the part after the scheme).
 */
export function findCredentialsInField(name: string, value: string): CredentialMatch[] {
  const found = findCredentials(value);
  if (found.length > 0) return found;
  const leading = value.length - value.trimStart().length;
  const start = leading + authSchemePrefix(value.slice(leading)).length;
  const end = Math.max(start, value.trimEnd().length);
  const verdict = judgeKeyedValue(name, value.slice(start, end));
  if (verdict === undefined) return [];
  return [{ kind: verdict.kind, label: credentialKindLabel(verdict.kind), start, end, confidence: verdict.confidence }];
}
