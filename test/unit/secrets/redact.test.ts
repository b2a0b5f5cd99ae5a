import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CIRCULAR, REDACTED, TRUNCATED, UNREADABLE, fingerprint, redactText, redactValue } from '../../../core/secrets';
import { ALNUM, CORPUS, pick, seededRandom } from './corpus';

/** Fails when any 8-character piece of `secret` survives in `output`, unless `context` (the same data without the secret) has it too. */
function assertNoPieceOf(secret: string, output: string, where: string, context = ''): void {
  for (let i = 0; i + 8 <= secret.length; i++) {
    const piece = secret.slice(i, i + 8);
    if (context.includes(piece)) continue;
    assert.ok(!output.includes(piece), `${where}: "${piece}" of the secret survived in ${output.slice(0, 400)}`);
  }
}

// The ways a credential reaches the audit log: as text in nested data, inside prose, as a
// header, an env var, a CLI argument, a URL password, or inside JSON held in a string.
const EMBEDDINGS: Record<string, (text: string, secret: string) => unknown> = {
  'nested arrays and objects': (text) => ({ a: { b: [1, { c: [text] }] } }),
  'inside prose': (text) => ({ note: `I found this: ${text} in the file, please rotate it.` }),
  'a header': (_, secret) => ({ headers: { Authorization: `Bearer ${secret}`, 'X-API-Key': secret } }),
  'an env var': (_, secret) => ({ env: { SERVICE_TOKEN: secret, DB_PASSWORD: secret } }),
  'a CLI argument': (_, secret) => ({ args: ['--api-key', secret, '-e', `SERVICE_TOKEN=${secret}`, `--token=${secret}`] }),
  'a URL password': (_, secret) => ({ url: `https://x-access-token:${encodeURIComponent(secret)}@git.example.com/org/repo.git` }),
  'JSON held in a string': (text) => ({ content: [{ type: 'text', text: JSON.stringify({ result: { line: text } }, null, 2) }] }),
  'a JSON-escaped string in prose': (text) => ({ log: `payload=${JSON.stringify({ line: text })}` }),
};

describe('redactValue removes every credential in the corpus, wherever it is', () => {
  CORPUS.forEach((entry, index) => {
    test(`${entry.kind} #${index}`, () => {
      for (const seed of [1, 2, 3]) {
        const sample = entry.make(seededRandom(seed));
        for (const [name, embed] of Object.entries(EMBEDDINGS)) {
          const input = embed(sample.text, sample.secret);
          const before = JSON.stringify(input);
          const output = JSON.stringify(redactValue(input));
          const context = JSON.stringify(embed(sample.text.replace(sample.secret, '·'), '·'));
          assertNoPieceOf(sample.secret, output, `seed ${seed}, ${name}`, context);
          assert.equal(JSON.stringify(input), before, 'the input is not modified');
        }
      }
    });
  });
});

describe('redactValue keeps what is not secret', () => {
  test('references and placeholders survive unchanged', () => {
    const config = {
      env: { GITHUB_TOKEN: '${GITHUB_TOKEN}', API_KEY: '<your-api-key>', PASSWORD: 'changeme', SECRET: '', NOTION_TOKEN: '$NOTION_TOKEN' },
      headers: { Authorization: 'Bearer ${env:TOKEN}', 'X-API-Key': '{{ secrets.API_KEY }}' },
      args: ['--token', '${TOKEN}', '--password=${DB_PASSWORD}'],
      url: 'postgres://app:${DB_PASSWORD}@db.internal/app',
    };
    assert.deepEqual(redactValue(config), config);
  });

  test('an ordinary MCP tool call and config survive unchanged', () => {
    const call = {
      tool_name: 'mcp__github__create_issue',
      tool_input: { owner: 'octo', repo: 'hello', title: 'Token refresh fails', body: 'The token endpoint returns 401; see https://example.com/docs#tokens.', labels: ['bug'], max_tokens: 4096 },
      server: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-github@2025.4.8', '--read-only'], env: { LOG_LEVEL: 'debug', TOKEN_URL: 'https://auth.example.com/token' } },
      commit: pick(seededRandom(3), '0123456789abcdef', 40),
      ok: true,
      count: 3,
      nothing: null,
    };
    assert.deepEqual(redactValue(call), call);
  });

  test('text without credentials is returned as it was', () => {
    const text = 'Connected to postgres://localhost/db as user@host; sha 3f786850e387550fdab836ed7e6dc881de23001b; MAX_TOKENS=4096.';
    assert.equal(redactText(text), text);
  });

  test('JSON held in a string is left byte for byte when it holds nothing secret', () => {
    const text = '{ "a": 1,\n  "b": [true, "x"] }';
    assert.equal(redactValue({ text }).text, text);
  });
});

describe('redactValue: how values are replaced', () => {
  const secret = 'Zq' + pick(seededRandom(4), ALNUM, 30) + '7';
  const token = 'gh' + 'p_' + pick(seededRandom(5), ALNUM, 36);

  test('values under sensitive names become [REDACTED]; an auth scheme is kept', () => {
    assert.deepEqual(redactValue({ password: 'hunter2', Authorization: `Bearer ${secret}`, pin: 1234, api_key: 42, secret: true }), {
      password: REDACTED,
      Authorization: `Bearer ${REDACTED}`,
      pin: 1234,
      api_key: REDACTED,
      secret: true,
    });
  });

  test('everything under a sensitive name is redacted, however deep', () => {
    assert.deepEqual(redactValue({ credentials: { user: 'bob', list: ['a1', 'b2'], enabled: true } }), { credentials: { user: REDACTED, list: [REDACTED, REDACTED], enabled: true } });
  });

  test('recognised credentials in ordinary strings are named by kind', () => {
    assert.deepEqual(redactValue({ note: `use ${token} now` }), { note: 'use [REDACTED:github-classic-pat] now' });
  });

  test('assignments held as one string keep their name', () => {
    assert.deepEqual(redactValue(['SERVICE_TOKEN=' + secret, '--api-key=' + secret, 'X-API-Key: ' + secret, 'Password: must be long']), [
      `SERVICE_TOKEN=${REDACTED}`,
      `--api-key=${REDACTED}`,
      `X-API-Key: ${REDACTED}`,
      'Password: must be long',
    ]);
  });

  test('a value after a sensitive flag is redacted, the next flag is not', () => {
    assert.deepEqual(redactValue(['--token', secret, '--verbose', 'file.txt']), ['--token', REDACTED, '--verbose', 'file.txt']);
    assert.deepEqual(redactValue(['--api-key', '--verbose']), ['--api-key', '--verbose']);
  });

  test('JSON held in a string is redacted as data', () => {
    const text = JSON.stringify({ password: 'hunter2', ok: 1 });
    assert.deepEqual(JSON.parse(redactValue({ text }).text), { password: REDACTED, ok: 1 });
  });

  test('URL passwords are replaced in place', () => {
    assert.equal(redactValue('mongodb+srv://app:' + secret + '@cluster0.example.net/db'), 'mongodb+srv://app:[REDACTED:database-url-password]@cluster0.example.net/db');
    assert.equal(redactValue(new URL(`https://u:${secret}@example.com/x`)), 'https://u:[REDACTED:url-userinfo-password]@example.com/x');
  });

  test('a credential used as an object key is redacted', () => {
    assert.deepEqual(Object.keys(redactValue({ [token]: 1 })), ['[REDACTED:github-classic-pat]']);
  });
});

describe('redactValue never throws', () => {
  test('cycles become [CIRCULAR]', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a.self = a;
    a.list = [a, { back: a }];
    assert.deepEqual(redactValue(a), { name: 'a', self: CIRCULAR, list: [CIRCULAR, { back: CIRCULAR }] });
  });

  test('shared sub-objects are copied once, not once per path', () => {
    let node: Record<string, unknown> = { leaf: 'x' };
    for (let i = 0; i < 60; i++) node = { left: node, right: node };
    const copy = redactValue(node) as Record<string, unknown>;
    assert.equal(copy.left, copy.right);
  });

  test('anything deeper than 64 levels becomes [TRUNCATED]', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100; i++) deep = [deep];
    let depth = 0;
    let cursor: unknown = redactValue(deep);
    while (Array.isArray(cursor)) {
      cursor = cursor[0];
      depth++;
    }
    assert.equal(depth, 64);
    assert.equal(cursor, TRUNCATED);
  });

  test('throwing getters, toJSON and proxies', () => {
    const getter = Object.defineProperty({ ok: 1 }, 'bad', { enumerable: true, get: () => { throw new Error('no'); } });
    const badJson = { toJSON: () => { throw new Error('no'); } };
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('no'); } });
    assert.deepEqual(redactValue({ getter, badJson, proxy }), { getter: { ok: 1, bad: UNREADABLE }, badJson: UNREADABLE, proxy: UNREADABLE });
  });

  test('a "__proto__" key stays data', () => {
    const input = JSON.parse('{"__proto__": {"password": "hunter2"}}') as object;
    const output = redactValue(input);
    assert.equal(Object.getPrototypeOf(output), Object.prototype);
    assert.deepEqual(Object.getOwnPropertyDescriptor(output, '__proto__')?.value, { password: REDACTED });
  });

  test('primitives, dates, bigints, functions and undefined', () => {
    const fn = () => 1;
    assert.deepEqual(redactValue({ d: new Date(0), n: 10n, f: fn, u: undefined, s: Symbol.for('x') }), { d: '1970-01-01T00:00:00.000Z', n: 10n, f: fn, u: undefined, s: Symbol.for('x') });
    assert.equal(redactValue('plain'), 'plain');
    assert.equal(redactValue(null), null);
  });
});

describe('redactText', () => {
  test('is idempotent on every corpus sample', () => {
    for (const entry of CORPUS) {
      const once = redactText(`value: ${entry.make(seededRandom(7)).text} end`);
      assert.equal(redactText(once), once, entry.kind);
    }
  });

  test('replaces each credential with its kind and keeps the rest', () => {
    const token = 'gh' + 'p_' + pick(seededRandom(8), ALNUM, 36);
    assert.equal(redactText(`export GITHUB_TOKEN=${token} # mine`), 'export GITHUB_TOKEN=[REDACTED:github-classic-pat] # mine');
  });
});

describe('fingerprint', () => {
  test('is the first 12 hex digits of the SHA-256', () => {
    assert.equal(fingerprint('abc'), 'ba7816bf8f01');
  });

  test('is stable, distinguishes secrets, and can be keyed', () => {
    const secret = pick(seededRandom(9), ALNUM, 40);
    assert.equal(fingerprint(secret), fingerprint(secret));
    assert.notEqual(fingerprint(secret), fingerprint(secret + 'x'));
    assert.match(fingerprint(secret, 'installation-key'), /^[0-9a-f]{12}$/);
    assert.notEqual(fingerprint(secret, 'installation-key'), fingerprint(secret));
    assert.ok(!fingerprint(secret).includes(secret.slice(0, 8)));
  });
});
