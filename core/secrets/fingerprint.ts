import { createHash, createHmac } from 'node:crypto';

/**
 * A short identifier for a secret (the first 12 hex digits of its SHA-256), so a log can say
 * "the same token as before" without holding the token. For low-entropy secrets such as
 * passwords a plain hash can be reversed by guessing; pass an installation-specific `key`
 * to use HMAC-SHA-256 instead.
 */
export function fingerprint(secret: string, key?: string): string {
  const hash = key === undefined ? createHash('sha256') : createHmac('sha256', key);
  return hash.update(secret, 'utf8').digest('hex').slice(0, 12);
}
