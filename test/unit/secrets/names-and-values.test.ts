import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isReferenceOrPlaceholder, isSensitiveKeyName, looksLikeSecretValue } from '../../../core/secrets';
import { ALNUM, pick, seededRandom } from './corpus';

const SENSITIVE_NAMES = [
  'Authorization', 'Proxy-Authorization', 'X-API-Key', 'x-api-key', 'X-Auth-Token', 'GITHUB_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'password',
  'PASSWORD', 'db_password', 'PGPASSWORD', 'MYSQL_PWD', 'DB_PASS', 'client_secret', 'clientSecret', 'api_key', 'apiKey', 'APIKEY', 'apikey',
  'PRIVATE_KEY', 'privateKey', 'private_key_pem', 'SECRET_KEY_BASE', 'AWS_SECRET_ACCESS_KEY', 'aws_secret_access_key', 'STRIPE_KEY',
  'OPENAI_API_KEY', 'API_KEY_2', 'API_KEY_B64', 'token', 'access_token', 'refreshToken', 'sessionToken', 'auth', 'oauth', 'credentials',
  'creds', 'Cookie', 'Set-Cookie', 'connectionString', 'ConnectionStrings', '--api-key', '--token', '-password', '_authToken',
  '//registry.npmjs.org/:_authToken', 'webhook_secret', 'ENCRYPTION_KEY', 'passphrase', 'SSH_KEY', 'Ocp-Apim-Subscription-Key',
];
const NON_SENSITIVE_NAMES = [
  'TOKEN_URL', 'tokenUrl', 'MAX_TOKENS', 'max_tokens', 'maxTokens', 'tokenizer', 'token_count', 'AUTH_TYPE', 'author', 'key', 'KEY',
  'public_key', 'publishableKey', 'sort_key', 'primaryKey', 'cacheKey', 'idempotency-key', 'issueKey', 'fileKey', 'AWS_ACCESS_KEY_ID',
  'keyId', 'SECRET_NAME', 'secretArn', 'password_hash', 'PASSWORD_FILE', 'PRIVATE_KEY_PATH', 'pageToken', 'next_page_token',
  'nextPageToken', 'pass', 'bypass', 'passed', 'keyboard', 'monkey', 'DATABASE_URL', 'LOG_LEVEL', 'name', 'url', 'pin', 'x'.repeat(200),
  '',
];

describe('isSensitiveKeyName', () => {
  for (const name of SENSITIVE_NAMES) test(`${name} is sensitive`, () => assert.equal(isSensitiveKeyName(name), true));
  for (const name of NON_SENSITIVE_NAMES) test(`${name.slice(0, 30) || '(empty)'} is not sensitive`, () => assert.equal(isSensitiveKeyName(name), false));
});

const REFERENCES_AND_PLACEHOLDERS = [
  '${GITHUB_TOKEN}', '${env:TOKEN}', '${input:apiKey}', '$TOKEN', '$(cat /run/secrets/token)', '{{ secrets.API_KEY }}', '<your-token>',
  '<API_KEY>', '%API_KEY%', 'op://vault/item/field', 'arn:aws:secretsmanager:us-east-1:123:secret:x', 'Bearer ${env:TOKEN}',
  'Bearer <token>', 'token ${GH_TOKEN}', 'changeme', 'CHANGEME', 'password', 'secret', 'xxx', 'xxxxxxxxxxxxxxxx', 'XXXX-XXXX-XXXX',
  '********', '••••••', 'sk-...', 'ghp_…', 'your-api-key', 'your_token_here', 'paste-token-here', 'sk-xxxxxxxxxxxxxxxx', '[REDACTED]',
  '[REDACTED:github-classic-pat]', '', '   ', 'prefix-${TOKEN}', 'null', 'undefined', 'placeholder', 'example-token',
];
const REAL_LOOKING = ['hunter2', 'Tr0ub4dor&3', 'a$b9Xk2mPq', 'pa$$w0rd', 'ghp_' + pick(seededRandom(1), ALNUM, 36), '7f3c9a0e'];

describe('isReferenceOrPlaceholder', () => {
  for (const value of REFERENCES_AND_PLACEHOLDERS) test(`${JSON.stringify(value)} is a reference or placeholder`, () => assert.equal(isReferenceOrPlaceholder(value), true));
  for (const value of REAL_LOOKING) test(`${JSON.stringify(value.slice(0, 12))} is not`, () => assert.equal(isReferenceOrPlaceholder(value), false));
});

describe('looksLikeSecretValue', () => {
  const random = seededRandom(2);
  const secrets = [
    pick(random, ALNUM, 32) + 'aA1',
    pick(random, '0123456789abcdef', 40) + 'a1',
    '550e8400-e29b-41d4-a716-446655440000',
    Buffer.from(pick(random, ALNUM, 30)).toString('base64'),
    'Zx9' + pick(random, ALNUM + '-_', 20),
  ];
  const notSecrets = [
    'short1A', 'my-server-name', 'SomeConfigName', 'production', 'a sentence with spaces in it', '${GITHUB_TOKEN}', '<your-token>',
    'changeme', 'xxxxxxxxxxxxxxxxxxxx', '/run/secrets/api-token', './secrets/token.txt', 'C:\\secrets\\token', 'https://example.com/token',
    '12345678901234567890', 'aaaaaaaaaaaaaaaaaaaaaaaa', 'your-api-key-goes-here', 'sk-' + '...', 'settings.SECRET_KEY_2',
    'process.env.GITHUB_TOKEN',
  ];
  for (const value of secrets) test(`${value.slice(0, 12)}… looks like a secret`, () => assert.equal(looksLikeSecretValue(value), true));
  for (const value of notSecrets) test(`${JSON.stringify(value)} does not`, () => assert.equal(looksLikeSecretValue(value), false));
});
