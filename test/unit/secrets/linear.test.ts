// Megabyte-sized adversarial inputs for every pattern family. A super-linear pattern would
// not finish; the assertions check the results, not the time (a bench measures speed).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findCredentials, redactText } from '../../../core/secrets';
import { ALNUM, pick, seededRandom } from './corpus';

const token = 'gh' + 'p_' + pick(seededRandom(1), ALNUM, 36);

const ADVERSARIAL: Record<string, string> = {
  'one long run': 'a'.repeat(1e6),
  'repeated PEM openers': '-----BEGIN '.repeat(1e5),
  'repeated token prefixes': ('gh' + 'p_').repeat(2.5e5),
  'colon pairs before an @': 'x:'.repeat(5e5) + '@',
  'equals pairs': 'x='.repeat(5e5),
  'schemes without authority': 'a://'.repeat(2.5e5),
  'JWT-like header runs': 'eyJ'.repeat(333_333),
  'JWT-like segments': 'eyJhbGciOi.'.repeat(90_000),
  'repeated Bearer': 'Bearer '.repeat(140_000),
  'Bearer then one huge word': 'Bearer ' + 'a'.repeat(1e6),
  'unclosed quoted values': '"a":"'.repeat(2e5),
  'one unclosed quoted value full of keys': 'password: "' + 'a: '.repeat(3e5),
  'repeated sensitive flags': '--token '.repeat(125_000),
  'repeated Basic': 'Basic '.repeat(160_000),
  'Slack-like prefixes': ('xo' + 'xb-').repeat(200_000),
  'Slack-like prefixes with a short body': ('xo' + 'xb-1-abc_').repeat(100_000),
  'repeated sk-': 'sk-'.repeat(333_333),
  'dashes': '-'.repeat(1e6),
  'maximal keys': ('a'.repeat(63) + '=').repeat(15_000),
  'at signs': '@'.repeat(1e6),
  'slashes and colons': '//:'.repeat(333_333),
  'Azure secret markers': 'abc8Q~'.repeat(166_666),
  'SAS signature openers': '?sig='.repeat(200_000),
  'AWS secret names': 'aws_secret_access_key='.repeat(45_000),
  'repeated Cookie headers': 'Cookie: '.repeat(125_000),
  'repeated curl users': '-u a:'.repeat(200_000),
  'escaped quotes': '\\"'.repeat(5e5),
  'backslash-n runs': '\\n'.repeat(5e5),
};

describe('adversarial megabyte inputs are scanned completely', () => {
  for (const [name, text] of Object.entries(ADVERSARIAL)) {
    test(name, () => {
      assert.deepEqual(findCredentials(text), []);
      // The scan reaches the end: a real token after the adversarial prefix is still found.
      const found = findCredentials(`${text}\n${token}\n`);
      assert.deepEqual(found.map((m) => [m.kind, m.start]), [['github-classic-pat', text.length + 1]]);
    });
  }

  test('a URL whose password is half a megabyte of "a:"', () => {
    const text = 'https://u:' + 'a:'.repeat(5e5) + '@h.example';
    assert.deepEqual(findCredentials(text).map((m) => [m.kind, m.start, m.end]), [['url-userinfo-password', 10, 10 + 1e6]]);
  });

  test('forty thousand PEM headers without bodies are forty thousand keys', () => {
    const text = '-----BEGIN PRIVATE KEY-----'.repeat(40_000);
    const found = findCredentials(text);
    assert.equal(found.length, 40_000);
    assert.equal(redactText(text), '[REDACTED:pem-private-key]'.repeat(40_000));
  });

  test('a megabyte PEM body without an END line is one key', () => {
    const text = '-----BEGIN PRIVATE KEY-----\n' + 'QUJD\n'.repeat(2e5);
    assert.deepEqual(findCredentials(text).map((m) => [m.start, m.end]), [[0, text.length]]);
  });

  test('a megabyte of tokens side by side', () => {
    const line = `${token} `;
    const text = line.repeat(Math.floor(1e6 / line.length));
    assert.equal(findCredentials(text).length, Math.floor(1e6 / line.length));
  });
});
