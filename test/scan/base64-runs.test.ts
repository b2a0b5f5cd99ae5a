// Where the base64 search starts: the first run of twelve or more base64 characters from a position that is
// not a lower-case word (or is one followed by "=" padding). Checked against that definition written as a regex.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { nextBase64Run } from '../../core/scan/detectors/encoded';

function byDefinition(text: string, from: number): number {
  const run = /[A-Za-z0-9+/_-]{12,}/g;
  run.lastIndex = from;
  for (let match = run.exec(text); match; match = run.exec(text)) {
    const end = match.index + match[0].length;
    if (text[end] === '=' || !/^[a-z]+$/.test(match[0])) return match.index;
  }
  return -1;
}

const PIECES = ['a', 'b', 'Z', '7', '+', '/', '_', '-', '=', ' ', '.', 'é', 'configuration', 'aGVsbG8gd29ybGQ', 'abcdefghijkl', 'abcdefghijkl=', 'QUJD'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));

test('nextBase64Run finds the run the definition finds, from any start', () => {
  fc.assert(
    fc.property(text, fc.nat(), (input, seed) => {
      const from = input.length === 0 ? 0 : seed % (input.length + 1);
      assert.equal(nextBase64Run(input, from), byDefinition(input, from));
    }),
    { numRuns: 3000 },
  );
});

test('nextBase64Run skips words and short runs', () => {
  assert.equal(nextBase64Run('the configuration of aGVsbG8gd29ybGQ= here', 0), 21);
  assert.equal(nextBase64Run('abcdefghijklmnop', 0), -1);
  assert.equal(nextBase64Run('abcdefghijklmnop=', 0), 0);
  assert.equal(nextBase64Run('short QUJDRA== x', 0), -1);
});
