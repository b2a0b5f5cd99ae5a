// Does a name (env var, JSON key, header, CLI flag) announce that its value is a secret?
// The last word of the name decides: GITHUB_TOKEN and X-API-Key hold secrets, TOKEN_URL,
// MAX_TOKENS and SECRET_NAME hold something about a secret.

const SECRET_NOUNS = new Set([
  'token', 'secret', 'secrets', 'password', 'passwd', 'pwd', 'passphrase', 'passcode', 'credential', 'credentials', 'creds',
  'apikey', 'authorization', 'auth', 'oauth', 'cookie', 'otp', 'totp', 'privatekey', 'secretkey', 'connectionstring',
]);
// A single run like PGPASSWORD or npmAuthtoken: the secret noun is glued to a prefix.
const SECRET_SUFFIXES = ['password', 'passwd', 'secret', 'token', 'apikey', 'credentials'];
const PASSWORD_NOUNS = new Set(['password', 'passwd', 'pwd', 'passphrase', 'passcode', 'pass']);

// "<word>_key" is a secret unless the word says the key is public or an identifier.
const NON_SECRET_KEY_QUALIFIERS = new Set([
  'public', 'publishable', 'pub', 'host', 'sort', 'partition', 'primary', 'foreign', 'composite', 'unique', 'cache', 'idempotency',
  'dedup', 'dedupe', 'deduplication', 'object', 'routing', 'lookup', 'hash', 'range', 'shard', 'issue', 'project', 'space',
  'workspace', 'board', 'page', 'doc', 'document', 'file', 'node', 'row', 'column', 'map', 'group', 'entry', 'item', 'message',
  'translation', 'i18n', 'locale', 'label', 'hot', 'short', 'index', 'record', 'task', 'event', 'field', 'order', 'cursor',
  'prefix', 'meta', 'metadata', 'state', 'tracking', 'correlation', 'repo', 'team',
]);
// "<word>_token" is not a credential when the word marks a pagination cursor or an LLM token.
const NON_SECRET_TOKEN_QUALIFIERS = new Set([
  'page', 'next', 'prev', 'previous', 'continuation', 'pagination', 'sync', 'cursor', 'resume', 'start', 'end', 'stop', 'max',
  'min', 'bos', 'eos', 'pad', 'unk', 'sep', 'cls', 'mask', 'eot', 'special', 'input', 'output', 'completion', 'prompt', 'total', 'num',
]);
// Trailing words that qualify the value without changing what it is: API_KEY_B64, SECRET_VALUE, TOKEN_2.
const TRAILING_QUALIFIERS = new Set([
  'b', 'base', 'pem', 'raw', 'value', 'val', 'str', 'hex', 'enc', 'encoded', 'plain', 'plaintext', 'data', 'content', 'contents',
  'old', 'new', 'prod', 'production', 'dev', 'staging', 'test', 'primary', 'secondary', 'alt', 'backup', 'override', 'default', 'v',
]);

const WORD = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g;
// Every sensitive name contains one of these; most names do not, and are rejected cheaply.
const SENSITIVE_STEM = /token|secret|pass|pwd|key|auth|cred|cookie|otp|connection/i;
const MAX_NAME_LENGTH = 128;

/** Lower-cased words of a name: "X-API-Key" → [x, api, key]; "clientSecret" → [client, secret]. */
export function nameWords(name: string): string[] {
  if (name.length > MAX_NAME_LENGTH) return [];
  // An npmrc key "//registry.npmjs.org/:_authToken" is named by its last segment.
  const tail = name.slice(Math.max(name.lastIndexOf(':'), name.lastIndexOf('/')) + 1);
  const words = (tail.match(WORD) ?? []).map((word) => word.toLowerCase());
  while (words.length > 1 && isTrailingQualifier(words.at(-1)!)) words.pop();
  return words;
}

function isTrailingQualifier(word: string): boolean {
  return /^[0-9]+$/.test(word) || TRAILING_QUALIFIERS.has(word);
}

export function isSensitiveKeyName(name: string): boolean {
  if (!SENSITIVE_STEM.test(name)) return false;
  const words = nameWords(name);
  const last = words.at(-1);
  if (last === undefined) return false;
  const previous = words.at(-2);
  if (last === 'key' || last === 'keys') return previous !== undefined && !NON_SECRET_KEY_QUALIFIERS.has(previous);
  if (last === 'token') return previous === undefined || !NON_SECRET_TOKEN_QUALIFIERS.has(previous);
  if (last === 'pass') return previous !== undefined;
  if ((last === 'string' || last === 'strings') && previous === 'connection') return true;
  return SECRET_NOUNS.has(last) || SECRET_SUFFIXES.some((suffix) => last.length > suffix.length && last.endsWith(suffix));
}

/** Password-like names, whose values may be short and still be real credentials. */
export function isPasswordKeyName(name: string): boolean {
  const words = nameWords(name);
  const last = words.at(-1);
  if (last === undefined || !isSensitiveKeyName(name)) return false;
  return PASSWORD_NOUNS.has(last) || last.endsWith('password') || last.endsWith('passwd');
}

/** AWS_SECRET_ACCESS_KEY, aws_secret_key, SecretAccessKey. */
export function isAwsSecretKeyName(name: string): boolean {
  const joined = nameWords(name).join('');
  return joined === 'secretaccesskey' || joined === 'awssecretaccesskey' || joined === 'awssecretkey';
}
