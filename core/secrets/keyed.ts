// A value judged together with the name it is stored under. Shared by the text recogniser
// for "NAME=value" assignments and by findCredentialsInField for structured config.

import type { Confidence, CredentialKind } from './kinds';
import { isAwsSecretKeyName, isPasswordKeyName, isSensitiveKeyName } from './key-names';
import { isPlausiblePassword, looksLikeSecretValue } from './values';

export interface KeyedVerdict {
  kind: CredentialKind;
  confidence: Confidence;
}

const AWS_SECRET_SHAPE = /^[A-Za-z0-9/+]{40}$/;

/** Is `value`, stored under `name`, a plaintext secret? Undefined when it is not. */
export function judgeKeyedValue(name: string, value: string): KeyedVerdict | undefined {
  if (!isSensitiveKeyName(name)) return undefined;
  const kind = keyedKind(name, value);
  if (looksLikeSecretValue(value)) return { kind, confidence: 'high' };
  if (isPasswordKeyName(name) && isPlausiblePassword(value)) return { kind, confidence: 'medium' };
  return undefined;
}

function keyedKind(name: string, value: string): CredentialKind {
  return isAwsSecretKeyName(name) && AWS_SECRET_SHAPE.test(value.trim()) ? 'aws-secret-access-key' : 'generic-secret-assignment';
}
