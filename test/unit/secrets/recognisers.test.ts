import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { CREDENTIAL_KINDS, credentialKindLabel, findCredentials, findCredentialsInField, type CredentialKind } from '../../../core/secrets';
import { ALNUM, CORPUS, pick, seededRandom } from './corpus';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const MEDIUM_CONFIDENCE = new Set<CredentialKind>(['stripe-test-secret', 'stripe-test-restricted', 'firecrawl-api-key', 'twilio-api-key']);

interface Surrounding {
  name: string;
  wrap: (text: string) => string;
  /** How the secret reads inside the wrapped text. */
  encode: (secret: string) => string;
}

const asIs = (secret: string) => secret;
const SURROUNDINGS: Surrounding[] = [
  { name: 'alone', wrap: (t) => t, encode: asIs },
  { name: 'between spaces', wrap: (t) => ` ${t} `, encode: asIs },
  { name: 'in quotes', wrap: (t) => `"${t}"`, encode: asIs },
  { name: 'between lines', wrap: (t) => `first line\n${t}\nlast line`, encode: asIs },
  { name: 'in HTML', wrap: (t) => `<p>${t}</p>`, encode: asIs },
  { name: 'as a JSON string', wrap: (t) => `{"value": ${JSON.stringify(t)}}`, encode: (s) => JSON.stringify(s).slice(1, -1) },
];

describe('every corpus format is recognised as exactly its kind', () => {
  CORPUS.forEach((entry, index) => {
    test(`${entry.kind} #${index}`, () => {
      for (const seed of SEEDS) {
        const sample = entry.make(seededRandom(seed));
        for (const surrounding of SURROUNDINGS) {
          const text = surrounding.wrap(sample.text);
          const found = findCredentials(text);
          const where = `seed ${seed}, ${surrounding.name}`;
          assert.equal(found.length, 1, `${where}: ${JSON.stringify(found)}`);
          const [match] = found;
          assert.equal(match!.kind, entry.kind, where);
          assert.equal(match!.label, credentialKindLabel(entry.kind), where);
          assert.equal(text.slice(match!.start, match!.end), surrounding.encode(sample.secret), where);
          assert.equal(match!.confidence, MEDIUM_CONFIDENCE.has(entry.kind) ? 'medium' : 'high', where);
        }
      }
    });
  });

  test('the corpus covers every kind', () => {
    const covered = new Set(CORPUS.map((entry) => entry.kind));
    assert.deepEqual(CREDENTIAL_KINDS.filter((kind) => !covered.has(kind)), []);
  });

  test('docs/credentials.md documents every kind', () => {
    const docs = readFileSync(new URL('../../../docs/credentials.md', import.meta.url), 'utf8');
    assert.deepEqual(CREDENTIAL_KINDS.filter((kind) => !docs.includes(`| \`${kind}\` |`)), []);
  });
});

const random = seededRandom(99);
const gitSha = pick(random, '0123456789abcdef', 40);
const base64Image = 'data:image/png;base64,iVBORw0KGgo' + Buffer.from(Array.from({ length: 3000 }, () => Math.floor(random() * 256))).toString('base64');
const jwtWithoutAlg = `${Buffer.from('{"typ":"JWT"}').toString('base64url')}.${Buffer.from('{"sub":"1"}').toString('base64url')}.${pick(random, ALNUM, 43)}`;

const NEAR_MISSES: Record<string, string> = {
  'a git SHA': `commit ${gitSha}`,
  'a UUID': 'request 550e8400-e29b-41d4-a716-446655440000 done',
  'a base64 image chunk': base64Image,
  'sk- with a short body': 'sk-abc123',
  'ghp_ alone': 'the prefix gh' + 'p_ marks a classic token',
  'ghp_ with 35 characters': 'gh' + 'p_' + pick(random, ALNUM, 35),
  'ghp_ glued to a longer run': 'gh' + 'p_' + pick(random, ALNUM, 40),
  'a ${VAR} reference': '${GITHUB_TOKEN}',
  'a bearer reference': 'Bearer ${env:TOKEN}',
  'a bearer placeholder': 'Authorization: Bearer <token>',
  'bearer in prose': 'Use a Bearer token in the Authorization header.',
  'a GitHub Actions secret reference': 'token: ${{ secrets.GH_TOKEN }}',
  'a URL without a password': 'https://user@example.com/path',
  'a URL with a port': 'https://example.com:8443/x?a=b@c',
  'an scp-style git remote': 'git@github.com:org/repo.git',
  'an ssh URL with a user only': 'ssh://git@github.com/org/repo',
  'a local database URL': 'postgres://localhost/db',
  'a database URL with a user only': 'postgres://user@localhost/db',
  'a database URL with a password reference': 'postgres://user:${DB_PASSWORD}@localhost/db',
  'a masked database URL password': 'postgres://user:****@localhost/db',
  'a mongodb+srv URL without credentials': 'mongodb+srv://cluster0.example.net/test',
  'a token count': 'MAX_TOKENS=4096',
  'a token endpoint': 'TOKEN_URL=https://auth.example.com/token',
  'a tokenizer name': 'tokenizer: cl100k_base',
  'a masked password': 'password: ********',
  'a changeme password': 'PASSWORD=changeme',
  'an angle-bracket placeholder': 'api_key: <your-api-key>',
  'a your-…-here placeholder': 'API_KEY=your-api-key-here',
  'an x placeholder': 'secret: xxxxxxxxxxxxxxxx',
  'a JWT-shaped value without "alg"': jwtWithoutAlg,
  'an AWS-looking word': 'AKIAEXAMPLE',
  'a version string': 'v1.2.3-rc.1+build.5',
  'a Slack prefix alone': 'xo' + 'xb-your-bot-token',
  'a PEM public key': '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----',
  'a PEM certificate': '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----',
  'a WWW-Authenticate challenge': 'WWW-Authenticate: Basic realm="example"',
  'Basic with base64 that has no colon': 'Authorization: Basic dGVzdGluZw==',
  'an npm integrity hash': `"integrity": "sha512-${Buffer.from(pick(random, ALNUM, 64)).toString('base64')}"`,
  'a docker digest': 'image: ghcr.io/org/app@sha256:' + pick(random, '0123456789abcdef', 64),
  'a short Google-looking key': 'AI' + 'zaShort',
  'prose about secrets': 'The token: is stored in the secret manager; password: required.',
  'a redaction marker': 'token: [REDACTED:github-classic-pat] and API_KEY=[REDACTED]',
  'a Stripe publishable key': 'pk_' + 'live_' + pick(random, ALNUM, 24),
  'an SSH public key': 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBkG8yKq6R0nUwl9d4EXAMPLE user@host',
  'a Hugging Face function name': 'from huggingface_hub import hf_hub_download',
  'an identifier under a sensitive key': 'secret_name: my-production-secret',
  'a path under a sensitive key': 'PRIVATE_KEY=/run/secrets/private-key.pem',
  'a URL under a sensitive key': 'AUTH=https://auth.example.com/oauth/authorize',
  'a short value under a sensitive key': 'token: abc123',
  'a CLI flag followed by another flag': '--api-key --verbose',
};

describe('near-misses are not credentials', () => {
  for (const [name, text] of Object.entries(NEAR_MISSES)) {
    test(name, () => assert.deepEqual(findCredentials(text), []));
  }
});

describe('recognition details', () => {
  const token = 'gh' + 'p_' + pick(seededRandom(5), ALNUM, 36);

  test('matches are sorted and do not overlap', () => {
    const text = `a=${token} b: Bearer ${token} c ${'gh' + 'o_' + pick(seededRandom(6), ALNUM, 36)}`;
    const found = findCredentials(text);
    assert.deepEqual(found.map((m) => m.kind), ['github-classic-pat', 'github-classic-pat', 'github-oauth']);
    for (let i = 1; i < found.length; i++) assert.ok(found[i]!.start >= found[i - 1]!.end);
  });

  test('a known token under a sensitive name is named by its format, not as a generic assignment', () => {
    assert.deepEqual(findCredentials(`GITHUB_TOKEN=${token}`).map((m) => m.kind), ['github-classic-pat']);
    assert.deepEqual(findCredentials(`{"Authorization": "Bearer ${token}"}`).map((m) => m.kind), ['github-classic-pat']);
  });

  test('an OpenAI-style key is not confused with an Anthropic key', () => {
    const anthropic = 'sk-' + 'ant-' + 'api03-' + pick(seededRandom(7), ALNUM, 95);
    assert.deepEqual(findCredentials(anthropic).map((m) => m.kind), ['anthropic-api-key']);
    assert.deepEqual(findCredentials('sk-' + pick(seededRandom(8), ALNUM, 48)).map((m) => [m.kind, m.confidence]), [['openai-api-key', 'medium']]);
  });

  test('a database URL password may contain "@" and ":"; the last "@" ends it', () => {
    const text = 'mysql://root:p@ss:w0rd@127.0.0.1:3306/app';
    const [match] = findCredentials(text);
    assert.equal(text.slice(match!.start, match!.end), 'p@ss:w0rd');
    assert.equal(match!.kind, 'database-url-password');
  });

  test('a PEM key cut off before its END line is still covered up to the cut', () => {
    const body = pick(seededRandom(9), ALNUM, 200);
    const text = `{"key": "-----BEGIN PRIVATE KEY-----\\n${body}", "next": 1}`;
    const [match] = findCredentials(text);
    assert.equal(match!.kind, 'pem-private-key');
    assert.ok(text.slice(match!.start, match!.end).endsWith(body));
  });

  test('a short password under a password name is reported with medium confidence', () => {
    assert.deepEqual(findCredentials('"password": "hunter2"').map((m) => [m.kind, m.confidence]), [['generic-secret-assignment', 'medium']]);
    assert.deepEqual(findCredentials('DB_PASS=123456').map((m) => m.kind), ['generic-secret-assignment']);
  });

  test('an assignment hidden inside another value is found ("env": "TOKEN=…")', () => {
    const secret = pick(seededRandom(10), ALNUM, 30) + 'aA1';
    const text = `"env": "SERVICE_TOKEN=${secret}"`;
    const [match] = findCredentials(text);
    assert.equal(text.slice(match!.start, match!.end), secret);
  });

  test('an escaped JSON string inside a JSON string', () => {
    const secret = pick(seededRandom(11), ALNUM, 30) + 'aA1';
    const text = JSON.stringify({ body: JSON.stringify({ api_key: secret }) });
    const [match] = findCredentials(text);
    assert.equal(text.slice(match!.start, match!.end), secret);
  });
});

describe('findCredentialsInField', () => {
  const opaque = 'Zq' + pick(seededRandom(12), ALNUM, 30) + '7';

  test('an opaque value under a sensitive name', () => {
    assert.deepEqual(findCredentialsInField('SERVICE_TOKEN', `  ${opaque} `), [
      { kind: 'generic-secret-assignment', label: credentialKindLabel('generic-secret-assignment'), start: 2, end: 2 + opaque.length, confidence: 'high' },
    ]);
  });

  test('an AWS secret access key is named by its variable', () => {
    const secret = 'wJ' + pick(seededRandom(13), ALNUM + '+/', 37) + '1';
    assert.deepEqual(findCredentialsInField('AWS_SECRET_ACCESS_KEY', secret).map((m) => m.kind), ['aws-secret-access-key']);
  });

  test('a recognisable token is reported whatever the name', () => {
    const token = 'gh' + 'p_' + pick(seededRandom(14), ALNUM, 36);
    assert.deepEqual(findCredentialsInField('args.3', token).map((m) => m.kind), ['github-classic-pat']);
  });

  test('references, placeholders and non-sensitive names are not reported', () => {
    assert.deepEqual(findCredentialsInField('GITHUB_TOKEN', '${GITHUB_TOKEN}'), []);
    assert.deepEqual(findCredentialsInField('Authorization', 'Bearer ${env:TOKEN}'), []);
    assert.deepEqual(findCredentialsInField('API_KEY', '<your-api-key>'), []);
    assert.deepEqual(findCredentialsInField('LOG_LEVEL', opaque), []);
    assert.deepEqual(findCredentialsInField('--password', 'changeme'), []);
  });

  test('a flag value is judged by the flag name', () => {
    assert.deepEqual(findCredentialsInField('--password', 's3cret!pw').map((m) => [m.kind, m.confidence]), [['generic-secret-assignment', 'medium']]);
  });
});
