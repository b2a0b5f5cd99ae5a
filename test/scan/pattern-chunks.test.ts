// A spec list whose union would pass V8's 20 KB optimization limit is cut into several unions, and a
// spec in a later chunk still runs when its chunk matches (and only then).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse } from '../../core/scan/analysis';
import { MAX_UNION_SOURCE, patterns, REGISTERED_PATTERNS, runPatternSpecs } from '../../core/scan/detectors/pattern-kit';
import { RULES } from '../../core/scan/rules';

// 40 specs of about 900 characters each: 36,000 characters in all, more than one union can hold.
const SPECS = patterns(Array.from({ length: 40 }, (_, i) => ({
  ruleId: RULES.codeExecution,
  message: `marker ${i}`,
  pattern: new RegExp(`\\bmarker${i}x\\b(?:${Array.from({ length: 120 }, (_, k) => `w${i}v${k}`).join('|')})?`, 'gi'),
  confidence: 0.6,
})));

const scan = (text: string) => runPatternSpecs(analyse(text, 'description', {}, 0, () => []), SPECS).map((hit) => hit.message);

test('the specs are larger than one union may be', () => {
  assert.ok(SPECS.reduce((sum, spec) => sum + spec.pattern.source.length, 0) > 1.5 * MAX_UNION_SOURCE);
});

test('a spec in the first, a middle and the last chunk each report their match; nothing else does', () => {
  const unionsBefore = REGISTERED_PATTERNS.length;
  assert.deepEqual(scan('see marker0x here'), ['marker 0']);
  assert.ok(REGISTERED_PATTERNS.length - unionsBefore >= 2, 'the list was cut into at least two unions');
  assert.deepEqual(scan('see marker21x here'), ['marker 21']);
  assert.deepEqual(scan('see marker39x and marker2x'), ['marker 2', 'marker 39']);
  assert.deepEqual(scan('marker39 without the x, markers elsewhere'), []);
});

test('every union stays under the limit', () => {
  scan('warm');
  for (const pattern of REGISTERED_PATTERNS) assert.ok(pattern.source.length < 20_000, `${pattern.source.length} characters`);
});
