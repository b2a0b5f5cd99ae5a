// The ASCII fast path of the text fold is the general fold, character for character and offset for offset.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { foldAsciiText, foldText } from '../../core/scan/text/normalize';

// Line breaks, tabs, runs of spaces and control characters are what the fast path handles itself.
const ASCII_PIECES = ['a', 'Z', '.', '~', ' ', '  ', '\t', '\n', '\r\n', '\v', '\f', '\x00', '\x07', '\x1b', '\x7f', 'ignore', 'prev\x01ious'];
const asciiText = fc.oneof(fc.array(fc.constantFrom(...ASCII_PIECES), { maxLength: 60 }).map((pieces) => pieces.join('')), fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)), maxLength: 200 }));

test('foldAsciiText gives foldText\'s text and raw-offset map on any ASCII text', () => {
  fc.assert(
    fc.property(asciiText, (raw) => {
      const fast = foldAsciiText(raw);
      const general = foldText(raw);
      assert.equal(fast.text, general.text);
      assert.deepEqual([...fast.map], [...general.map]);
    }),
    { numRuns: 2000 },
  );
});

test('foldAsciiText collapses a run of blanks to one space, or one line break if the run holds one', () => {
  assert.deepEqual(foldAsciiText('  a \t b\n\n c \x07\r\n'), { text: 'a b\nc', map: new Int32Array([2, 6, 6, 10, 10, 15]) });
});
