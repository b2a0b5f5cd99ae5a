// Credential samples generated at run time, one generator per kind. No realistic token is
// written literally in this file (a pre-commit check rejects them): prefixes are split
// ('gh' + 'p_') and bodies are random.

import type { CredentialKind } from '../../../core/secrets';

export type Random = () => number;

/** Small deterministic PRNG (mulberry32), so a failing sample can be reproduced from its seed. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
export const ALNUM = UPPER + LOWER + DIGITS;
const HEX = '0123456789abcdef';
const URLSAFE = ALNUM + '-_';
const BASE64 = ALNUM + '+/';
const PASSWORD_CHARS = ALNUM + '!*-_~:@$%.';

export function pick(random: Random, alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}

/** Random characters that always include an upper-case letter, a lower-case letter and a digit. */
function mixed(random: Random, alphabet: string, length: number): string {
  return pick(random, UPPER, 1) + pick(random, LOWER, 1) + pick(random, DIGITS, 1) + pick(random, alphabet, length - 3);
}

function base64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}

export interface Sample {
  /** The text a recogniser sees: the secret with whatever context it needs. */
  text: string;
  /** The part that must never survive redaction. */
  secret: string;
}

export interface CorpusEntry {
  kind: CredentialKind;
  make: (random: Random) => Sample;
}

function alone(kind: CredentialKind, makeSecret: (random: Random) => string): CorpusEntry {
  return {
    kind,
    make: (random) => {
      const secret = makeSecret(random);
      return { text: secret, secret };
    },
  };
}

function inContext(kind: CredentialKind, makeSecret: (random: Random) => string, wrap: (secret: string) => string): CorpusEntry {
  return {
    kind,
    make: (random) => {
      const secret = makeSecret(random);
      return { text: wrap(secret), secret };
    },
  };
}

function pem(random: Random): string {
  const label = ['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'ENCRYPTED PRIVATE KEY'][Math.floor(random() * 5)];
  const lines = Array.from({ length: 4 }, () => pick(random, BASE64, 64));
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n${pick(random, BASE64, 20)}==\n-----END ${label}-----`;
}

function jwt(random: Random): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(JSON.stringify({ sub: pick(random, ALNUM, 12), iat: Math.floor(random() * 2e9) }));
  return `${header}.${payload}.${pick(random, URLSAFE, 43)}`;
}

function basicCredentials(random: Random): string {
  return Buffer.from(`svc-${pick(random, LOWER, 6)}:${mixed(random, ALNUM, 16)}`).toString('base64');
}

export const CORPUS: readonly CorpusEntry[] = [
  alone('github-classic-pat', (r) => 'gh' + 'p_' + mixed(r, ALNUM, 36)),
  alone('github-fine-grained-pat', (r) => 'github' + '_pat_' + mixed(r, ALNUM, 22) + '_' + pick(r, ALNUM, 59)),
  alone('github-oauth', (r) => 'gh' + 'o_' + mixed(r, ALNUM, 36)),
  alone('github-app-token', (r) => 'gh' + (r() < 0.5 ? 's_' : 'u_') + mixed(r, ALNUM, 36)),
  alone('github-refresh-token', (r) => 'gh' + 'r_' + mixed(r, ALNUM, 76)),
  alone('aws-access-key-id', (r) => (r() < 0.5 ? 'AK' + 'IA' : 'AS' + 'IA') + pick(r, UPPER + '234567', 16)),
  inContext('aws-secret-access-key', (r) => mixed(r, BASE64, 40), (s) => `aws_secret_access_key = ${s}`),
  alone('slack-bot-token', (r) => 'xo' + 'xb-' + pick(r, DIGITS, 12) + '-' + pick(r, DIGITS, 13) + '-' + mixed(r, ALNUM, 24)),
  alone('slack-user-token', (r) => 'xo' + 'xp-' + pick(r, DIGITS, 12) + '-' + pick(r, DIGITS, 12) + '-' + pick(r, DIGITS, 13) + '-' + pick(r, HEX, 32)),
  alone('slack-workspace-token', (r) => 'xo' + 'xa-2-' + pick(r, DIGITS, 12) + '-' + mixed(r, ALNUM, 32)),
  alone('slack-refresh-token', (r) => 'xo' + 'xe-1-' + mixed(r, ALNUM, 140)),
  alone('slack-app-token', (r) => 'xa' + 'pp-1-A' + pick(r, UPPER + DIGITS, 10) + '-' + pick(r, DIGITS, 13) + '-' + pick(r, HEX, 64)),
  alone('slack-webhook', (r) => `https://hooks.slack.com/services/T${pick(r, UPPER + DIGITS, 10)}/B${pick(r, UPPER + DIGITS, 10)}/${mixed(r, ALNUM, 24)}`),
  alone('discord-webhook', (r) => `https://discord.com/api/webhooks/${pick(r, DIGITS, 19)}/${mixed(r, URLSAFE, 68)}`),
  alone('stripe-live-secret', (r) => 'sk' + '_live_' + mixed(r, ALNUM, 99)),
  alone('stripe-live-restricted', (r) => 'rk' + '_live_' + mixed(r, ALNUM, 99)),
  alone('stripe-test-secret', (r) => 'sk' + '_test_' + mixed(r, ALNUM, 24)),
  alone('stripe-test-restricted', (r) => 'rk' + '_test_' + mixed(r, ALNUM, 24)),
  alone('stripe-webhook-secret', (r) => 'wh' + 'sec_' + mixed(r, ALNUM, 32)),
  alone('openai-api-key', (r) => 'sk-' + 'proj-' + mixed(r, URLSAFE, 156)),
  alone('openai-api-key', (r) => 'sk-' + mixed(r, ALNUM, 20) + 'T3Blbk' + 'FJ' + mixed(r, ALNUM, 20)),
  alone('anthropic-api-key', (r) => 'sk-' + 'ant-' + 'api03-' + mixed(r, URLSAFE, 93) + 'AA'),
  alone('anthropic-admin-key', (r) => 'sk-' + 'ant-' + 'admin01-' + mixed(r, URLSAFE, 93) + 'AA'),
  alone('anthropic-oauth-token', (r) => 'sk-' + 'ant-' + 'oat01-' + mixed(r, URLSAFE, 93) + 'AA'),
  alone('openrouter-api-key', (r) => 'sk-' + 'or-v1-' + pick(r, HEX, 64)),
  alone('groq-api-key', (r) => 'gs' + 'k_' + mixed(r, ALNUM, 52)),
  alone('xai-api-key', (r) => 'xa' + 'i-' + mixed(r, ALNUM, 80)),
  alone('perplexity-api-key', (r) => 'pp' + 'lx-' + mixed(r, ALNUM, 48)),
  alone('huggingface-token', (r) => 'hf' + '_' + mixed(r, ALNUM, 34)),
  alone('gitlab-pat', (r) => 'gl' + 'pat-' + mixed(r, URLSAFE, 20)),
  alone('gitlab-deploy-token', (r) => 'gl' + 'dt-' + mixed(r, URLSAFE, 20)),
  alone('npm-token', (r) => 'np' + 'm_' + mixed(r, ALNUM, 36)),
  alone('pypi-token', (r) => 'py' + 'pi-AgEIcHlwaS5vcmc' + mixed(r, URLSAFE, 120)),
  alone('docker-hub-token', (r) => 'dc' + 'kr_pat_' + mixed(r, URLSAFE, 27)),
  alone('google-api-key', (r) => 'AI' + 'za' + mixed(r, URLSAFE, 35)),
  alone('google-oauth-client-secret', (r) => 'GO' + 'CSPX-' + mixed(r, URLSAFE, 28)),
  alone('google-oauth-access-token', (r) => 'ya' + '29.' + mixed(r, URLSAFE, 150)),
  inContext('azure-storage-key', (r) => mixed(r, BASE64, 86) + '==', (s) => `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${s};EndpointSuffix=core.windows.net`),
  alone('azure-client-secret', (r) => pick(r, ALNUM, 3) + '8Q' + '~' + mixed(r, ALNUM + '_~.-', 34)),
  inContext('azure-sas-signature', (r) => mixed(r, ALNUM, 40) + '%3D', (s) => `https://acct.blob.core.windows.net/c/b.txt?sv=2022-11-02&sp=r&sig=${s}`),
  alone('atlassian-api-token', (r) => 'AT' + 'ATT3' + mixed(r, URLSAFE, 180) + '=' + pick(r, HEX.toUpperCase(), 8)),
  alone('sentry-auth-token', (r) => 'sn' + 'tryu_' + pick(r, HEX, 64)),
  alone('linear-api-key', (r) => 'li' + 'n_api_' + mixed(r, ALNUM, 40)),
  alone('figma-token', (r) => 'fi' + 'gd_' + mixed(r, URLSAFE, 40)),
  alone('notion-token', (r) => 'nt' + 'n_' + mixed(r, ALNUM, 46)),
  alone('context7-api-key', (r) => 'ct' + 'x7sk-' + [8, 4, 4, 4, 12].map((n) => pick(r, HEX, n)).join('-')),
  alone('tavily-api-key', (r) => 'tv' + 'ly-' + mixed(r, ALNUM, 32)),
  alone('firecrawl-api-key', (r) => 'fc' + '-' + pick(r, HEX, 32)),
  alone('databricks-token', (r) => 'da' + 'pi' + pick(r, HEX, 32)),
  alone('digitalocean-token', (r) => 'do' + 'p_v1_' + pick(r, HEX, 64)),
  alone('supabase-token', (r) => 'sb' + 'p_' + pick(r, HEX, 40)),
  alone('twilio-api-key', (r) => 'S' + 'K' + pick(r, HEX, 32)),
  alone('sendgrid-api-key', (r) => 'S' + 'G.' + mixed(r, URLSAFE, 22) + '.' + mixed(r, URLSAFE, 43)),
  alone('jwt', jwt),
  alone('pem-private-key', pem),
  inContext('database-url-password', (r) => mixed(r, PASSWORD_CHARS, 20), (s) => `postgres://app_user:${s}@db.internal:5432/app`),
  inContext('database-url-password', (r) => mixed(r, ALNUM, 24), (s) => `mongodb+srv://reader:${s}@cluster0.example.net/test?retryWrites=true`),
  inContext('database-url-password', (r) => mixed(r, ALNUM, 24), (s) => `redis://:${s}@cache.internal:6379/0`),
  inContext('url-userinfo-password', (r) => mixed(r, PASSWORD_CHARS, 20), (s) => `https://deploy:${s}@git.example.com/org/repo.git`),
  inContext('basic-auth-credentials', basicCredentials, (s) => `Authorization: Basic ${s}`),
  inContext('basic-auth-credentials', (r) => mixed(r, ALNUM + '!*-_~', 18), (s) => `curl -u deploy:${s} https://api.example.com/`),
  inContext('http-cookie', (r) => `session=${mixed(r, ALNUM, 32)}; theme=dark`, (s) => `Cookie: ${s}`),
  inContext('bearer-token', (r) => mixed(r, ALNUM + '-._~', 48), (s) => `Authorization: Bearer ${s}`),
  inContext('generic-secret-assignment', (r) => mixed(r, ALNUM, 32), (s) => `MY_SERVICE_API_KEY="${s}"`),
  inContext('generic-secret-assignment', (r) => mixed(r, HEX, 40), (s) => `client_secret: ${s}`),
  inContext('generic-secret-assignment', (r) => mixed(r, ALNUM, 32), (s) => `--api-key ${s}`),
];
