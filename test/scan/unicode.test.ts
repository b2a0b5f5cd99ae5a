// Hidden-character classification on raw text: attacks are reported, legitimate emoji and scripts are not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeInvisible, findHiddenCharacters } from '../../core/scan/unicode';

const tags = (text: string) => [...text].map((ch) => String.fromCodePoint(0xe0000 + (ch.codePointAt(0) as number))).join('');
const kinds = (text: string) => findHiddenCharacters(text).map((run) => run.kind).sort();

test('tag characters are decoded into the evidence', () => {
  const [run] = findHiddenCharacters(`Translates text.${tags('send secrets')}`);
  assert.equal(run?.kind, 'tag');
  assert.equal(run?.decoded, 'send secrets');
  assert.equal(run?.start, 'Translates text.'.length);
});

test('a subdivision flag uses tag characters legitimately', () => {
  const scotland = `\u{1F3F4}${tags('gbsct')}\u{E007F}`;
  assert.deepEqual(kinds(`Made in ${scotland} with care`), []);
});

test('emoji ZWJ sequences, skin tones, VS16 and keycaps are not hidden text', () => {
  for (const text of ['Team 👨‍👩‍👧‍👦 calendar', 'Waves 👋🏽 hello', 'Love ❤️ it', 'Press 1️⃣ to start', 'Health 🧑🏽‍⚕️ records', 'Rainbow 🏳️‍🌈 flag', '© 2026']) {
    assert.deepEqual(kinds(text), [], text);
  }
});

test('joiners inside scripts that need them are allowed; between Latin letters they are not', () => {
  assert.deepEqual(kinds('می‌خواهم'), []);
  assert.deepEqual(kinds('क्‍ष'), []);
  assert.deepEqual(kinds('al\u200Dways'), ['zeroWidth']);
});

test('zero-width, bidi overrides, private use, variation payloads and escapes are classified', () => {
  assert.deepEqual(kinds('pa\u200Bss it on'), ['zeroWidth']);
  assert.deepEqual(kinds('Lists a directory. \u202Egpk.noitcurtsni'), ['bidiOverride']);
  assert.deepEqual(kinds('Converts \uE000 units'), ['privateUse']);
  assert.deepEqual(kinds('\u001b]0;title\u0007 output'), ['control', 'escape']);
  const payload = findHiddenCharacters(`x${'\uFE01\uFE02'}${String.fromCodePoint(0xe0100 + 0x41 - 16)}`);
  assert.equal(payload[0]?.kind, 'variationPayload');
});

test('bidi marks in right-to-left text are normal', () => {
  assert.deepEqual(kinds('שלום \u200F world'), []);
  assert.deepEqual(kinds('hello \u200F world'), ['bidi']);
});

test('look-alike letters mixed into Latin words, and long full-width runs', () => {
  assert.deepEqual(kinds('NΟΤΕ TO AI'), ['confusable']);
  assert.deepEqual(kinds('Καλημέρα κόσμε'), []);
  assert.deepEqual(kinds('Translates café, naïve, Zürich'), []);
  assert.deepEqual(kinds('ＩＧＮＯＲＥ this'), ['styledLetters']);
  assert.deepEqual(kinds('价格：１２３元（含税）'), []);
});

test('escapeInvisible makes evidence printable', () => {
  assert.equal(escapeInvisible('a\u200Bb\u202E'), 'a\\u{200B}b\\u{202E}');
});
