// Credentials recognised by their structure rather than a vendor prefix: PEM private keys,
// JSON Web Tokens, passwords inside URLs, webhook URLs and Azure formats.

import type { Recogniser, Verdict } from './recogniser';
import { TOKEN_END, TOKEN_START } from './recogniser';
import { isReferenceOrPlaceholder } from './values';

const PEM_LABEL = '[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----';
// The body runs until the next "-----" (the END line, or the next PEM block) or until a
// character that cannot be in a PEM body, such as the quote closing a JSON string; a key
// truncated before its END line is still redacted up to that point.
const PEM_BODY = String.raw`(?:[A-Za-z0-9+/=\s\\:,.]|-(?!----))*`;

export const PEM_PRIVATE_KEY: Recogniser = {
  kind: 'pem-private-key',
  confidence: 'high',
  pattern: new RegExp(`-----BEGIN ${PEM_LABEL}${PEM_BODY}(?:-----END ${PEM_LABEL})?`, 'g'),
  needles: ['PRIVATE KEY'],
};

export const JWT: Recogniser = {
  kind: 'jwt',
  confidence: 'high',
  // The header is a JSON object, so its base64url starts "ey" ('{"' or '{ ') or "ew" ('{\n').
  pattern: new RegExp(`${TOKEN_START}e[wy][A-Za-z0-9_-]{6,2000}\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*${TOKEN_END}`, 'g'),
  needles: ['.'],
  judge: (secret) => (hasJwtHeader(secret.slice(0, secret.indexOf('.'))) ? { kind: 'jwt', confidence: 'high' } : undefined),
};

function hasJwtHeader(segment: string): boolean {
  const decoded = Buffer.from(segment, 'base64url').toString('utf8');
  // Cheap tests first: JSON.parse throwing on every near-miss would dominate the scan.
  if (!decoded.trimEnd().endsWith('}') || !decoded.includes('"alg"')) return false;
  try {
    const header: unknown = JSON.parse(decoded);
    return typeof header === 'object' && header !== null && typeof (header as { alg?: unknown }).alg === 'string';
  } catch {
    return false;
  }
}

const DATABASE_SCHEMES = new Set([
  'postgres', 'postgresql', 'mysql', 'mysqlx', 'mariadb', 'mongodb', 'mongodb+srv', 'redis', 'rediss', 'valkey', 'amqp', 'amqps',
  'mssql', 'sqlserver', 'oracle', 'cockroachdb', 'clickhouse', 'neo4j', 'neo4j+s', 'bolt', 'couchbase', 'couchbases', 'memcached',
  'nats', 'cassandra', 'snowflake', 'db2',
]);

export const URL_PASSWORD: Recogniser = {
  kind: 'url-userinfo-password',
  confidence: 'high',
  // scheme://user:password@host — the password may contain '@' and ':'; the last '@' before
  // the path ends it, as in a URL parser. The user part may be empty (redis://:pw@host).
  pattern: /(?<![A-Za-z0-9+.-])(?<scheme>[A-Za-z][A-Za-z0-9+.-]{0,30}):\/\/[^\s:/?#@"'<>\\]*:(?<secret>[^\s/?#"'<>\\]+)@/g,
  needles: ['://'],
  judge: (secret, match) => judgeUrlPassword(secret, match.groups?.scheme ?? ''),
};

function judgeUrlPassword(password: string, scheme: string): Verdict | undefined {
  if (isReferenceOrPlaceholder(password)) return undefined;
  const isDatabase = DATABASE_SCHEMES.has(scheme.toLowerCase());
  return { kind: isDatabase ? 'database-url-password' : 'url-userinfo-password', confidence: 'high' };
}

export const SLACK_WEBHOOK: Recogniser = {
  kind: 'slack-webhook',
  confidence: 'high',
  pattern: /https?:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_\/-]{20,}/g,
  needles: ['hooks.slack.com'],
};

export const DISCORD_WEBHOOK: Recogniser = {
  kind: 'discord-webhook',
  confidence: 'high',
  pattern: /https?:\/\/(?:(?:canary|ptb)\.)?discord(?:app)?\.com\/api\/webhooks\/[0-9]{5,30}\/[A-Za-z0-9_-]{20,}/g,
  needles: ['discord'],
};

export const AZURE_STORAGE_KEY: Recogniser = {
  kind: 'azure-storage-key',
  confidence: 'high',
  pattern: /AccountKey=(?<secret>[A-Za-z0-9+\/]{86}==)/g,
  needles: ['AccountKey='],
};

export const AZURE_CLIENT_SECRET: Recogniser = {
  kind: 'azure-client-secret',
  confidence: 'high',
  // Entra ID client secrets carry "8Q~" at offset 3 (the 'Q' is the format version).
  pattern: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}8Q~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/g,
  needles: ['8Q~'],
};

export const AZURE_SAS_SIGNATURE: Recogniser = {
  kind: 'azure-sas-signature',
  confidence: 'high',
  pattern: /[?&]sig=(?<secret>[A-Za-z0-9%+\/=]{30,})/g,
  needles: ['sig='],
};
