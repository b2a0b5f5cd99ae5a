// Judging a value on its own: is it a reference to a secret kept elsewhere, a placeholder
// someone forgot to fill in, or something that looks like the secret itself?

const AUTH_SCHEME_PREFIX = /^(?:bearer|basic|token|bot)[ \t]+/i;

// References that may sit inside a longer value ("Bearer ${TOKEN}", "{{ secrets.KEY }}").
const EMBEDDED_REFERENCE = /\$\{[^{}]*\}|\$\([^()]*\)|\{\{[^{}]*\}\}|<[A-Za-z][\w .:-]*>/g;
// References that only count when they are the whole value: "$TOKEN", "%TOKEN%", a
// 1Password or Vault reference, an AWS ARN. Inside a longer value they could be part of a
// password ("pa$word").
const WHOLE_REFERENCE = /^(?:\$[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z_][A-Za-z0-9_]*%|(?:op|vault|keychain|secret|secrets|env):\/\/\S*|arn:\S*)$/;

const PLACEHOLDER_VALUES = new Set([
  'changeme', 'change-me', 'change_me', 'password', 'passwd', 'pass', 'pwd', 'pw', 'secret', 'token', 'apikey', 'api-key', 'api_key', 'key',
  'none', 'null', 'nil', 'undefined', 'empty', 'true', 'false', 'redacted', 'hidden', 'masked', 'placeholder', 'required', 'optional',
  'string', 'value', 'test', 'demo', 'example', 'sample', 'dummy', 'fake', 'todo', 'tbd', 'fixme', 'replaceme', 'replace-me', 'replace_me',
  'notset', 'not-set', 'unset', 'default',
]);
const PLACEHOLDER_WORDS = new Set(['your', 'yours', 'placeholder', 'changeme', 'replaceme', 'example', 'dummy', 'redacted', 'todo', 'fixme', 'fake', 'sample', 'insert']);
const MASK_CHARS = /^[xX*•.…#_-]+$/;

export const REDACTION_MARKER_PREFIX = '[REDACTED';

/** Strips a leading HTTP auth scheme ("Bearer ", "Basic ", "token "), so the credential itself can be judged. */
export function withoutAuthScheme(value: string): string {
  return value.replace(AUTH_SCHEME_PREFIX, '');
}

export function authSchemePrefix(value: string): string {
  return AUTH_SCHEME_PREFIX.exec(value)?.[0] ?? '';
}

/**
 * True when the value names a secret kept elsewhere (`${VAR}`, `$VAR`, `{{…}}`, `<…>`, `%VAR%`,
 * `op://…`) or is a placeholder ("changeme", "xxxx", "<your-token>", "sk-..."), or is
 * already a redaction marker. Such values are safe to keep and are never reported.
 */
export function isReferenceOrPlaceholder(value: string): boolean {
  const bare = withoutAuthScheme(value.trim()).trim();
  if (bare === '' || bare.startsWith(REDACTION_MARKER_PREFIX)) return true;
  return isReference(bare) || isPlaceholder(bare);
}

function isReference(value: string): boolean {
  if (WHOLE_REFERENCE.test(value)) return true;
  const rest = value.replace(EMBEDDED_REFERENCE, '');
  return rest !== value && !looksLikeSecretValue(rest);
}

function isPlaceholder(value: string): boolean {
  const lower = value.toLowerCase();
  if (lower.endsWith('...') || lower.endsWith('…') || MASK_CHARS.test(value)) return true;
  if (PLACEHOLDER_VALUES.has(withoutSentenceEnd(lower))) return true;
  const words = lower.split(/[^a-z0-9]+/).filter(Boolean);
  if (words.at(-1) === 'here') return true;
  return words.some((word) => PLACEHOLDER_WORDS.has(word) || /^x{3,}$/.test(word));
}

/**
 * Would a person reading this value under a key like "API_KEY" take it for the secret itself?
 * Long enough, one token (no whitespace), mixed character classes, high entropy, and not a
 * reference, placeholder, path, URL or plain identifier ("my-server-name").
 */
export function looksLikeSecretValue(value: string): boolean {
  const v = value.trim();
  if (v.length < 12 || /\s/.test(v)) return false;
  if (isReferenceOrPlaceholder(v) || isPathOrUrl(v) || isIdentifierLike(v)) return false;
  return characterClassCount(v) >= 2 && shannonEntropy(v) >= 3;
}

/**
 * A weaker test for values under password-like keys: people choose short, low-entropy
 * passwords ("hunter2", "123456"), and they are still plaintext credentials.
 */
export function isPlausiblePassword(value: string): boolean {
  const v = value.trim();
  if (v.length < 6 || isReferenceOrPlaceholder(v) || isPathOrUrl(v)) return false;
  return !/^[A-Za-z]+$/.test(withoutSentenceEnd(v));
}

/** "required." in prose is the word "required". */
function withoutSentenceEnd(value: string): string {
  return value.replace(/[.,!?]$/, '');
}

export function isPathOrUrl(value: string): boolean {
  return /^(?:\/|\.{1,2}\/|~\/|[A-Za-z]:\\|\\\\)/.test(value) || value.includes('://');
}

/**
 * "my-server-name", "SomeConfigName", "production", "settings.SECRET_KEY_2": words (and a short
 * number), not random characters. Such values under a secret's name are references in code.
 */
function isIdentifierLike(value: string): boolean {
  const segments = value.split(/[-_.]/).filter((segment) => !/^[0-9]{1,4}$/.test(segment));
  if (segments.length === 0 || !segments.every((segment) => /^[A-Za-z]+$/.test(segment))) return false;
  const words = segments.flatMap((segment) => segment.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g) ?? []);
  const isOneLongRun = words.length === 1 && value.length > 20;
  return !isOneLongRun && words.every((word) => word.length >= 3);
}

function characterClassCount(value: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/].filter((cls) => cls.test(value)).length;
}

/** Bits per character of the value's own character distribution. */
export function shannonEntropy(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const length = [...value].length;
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
