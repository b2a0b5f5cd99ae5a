import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { findCredentials, redactText, redactValue } from '../../../core/secrets';
import { CORPUS, seededRandom } from './corpus';

const separator = fc.constantFrom(' ', '\n', '\t', ' \r\n');
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));
const sample = fc.record({ entry: fc.integer({ min: 0, max: CORPUS.length - 1 }), seed: fc.integer() }).map(({ entry, seed }) => CORPUS[entry]!.make(seededRandom(seed)));

test('redactText never throws and never lets a secret through, whatever text surrounds it', () => {
  fc.assert(
    fc.property(anyText, sample, separator, anyText, (before, { text, secret }, sep, after) => {
      const output = redactText(before + sep + text + sep + after);
      assert.ok(!output.includes(secret));
      // Secrets are random beyond their prefix; their last 12 characters must be gone too.
      assert.ok(!output.includes(secret.slice(-12)));
    }),
    { numRuns: 1000 },
  );
});

test('findCredentials and redactText never throw on arbitrary text, and matches are ordered and disjoint', () => {
  fc.assert(
    fc.property(fc.oneof(anyText, fc.string({ unit: fc.constantFrom(...'ghp_:=@/."\'\\ -aAkK0{}$<>BEGIN'.split('')), maxLength: 400 })), (text) => {
      const found = findCredentials(text);
      for (let i = 0; i < found.length; i++) {
        assert.ok(found[i]!.start < found[i]!.end && found[i]!.end <= text.length);
        if (i > 0) assert.ok(found[i]!.start >= found[i - 1]!.end);
      }
      redactText(text);
    }),
    { numRuns: 2000 },
  );
});

test('redactValue never throws on arbitrary JSON-like data', () => {
  fc.assert(
    fc.property(fc.anything({ maxDepth: 6, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }), (value) => {
      redactValue(value);
    }),
    { numRuns: 500 },
  );
});
