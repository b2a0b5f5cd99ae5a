// Every regular expression the detectors run has bounded repetition, so none can go super-linear:
// `*`, `+` and `{n,}` are rejected outside character classes. The bench measures the time on hostile input.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import '../../core/scan/scan-text';
import { forEachRegexSyntaxChar, REGISTERED_PATTERNS } from '../../core/scan/detectors/pattern-kit';

/** Positions of unbounded quantifiers in a pattern source, ignoring escaped characters and classes. */
export function unboundedQuantifiers(source: string): number[] {
  const found: number[] = [];
  forEachRegexSyntaxChar(source, (ch, i) => {
    if (ch === '*' || ch === '+') found.push(i);
    else if (ch === '{' && /^\{\d+,\}/.test(source.slice(i))) found.push(i);
  });
  return found;
}

test('the checker itself', () => {
  assert.deepEqual(unboundedQuantifiers('a{1,3}[*+]\\*b'), []);
  assert.deepEqual(unboundedQuantifiers('a+b*c{2,}'), [1, 3, 5]);
});

test('every registered detector pattern has bounded repetition and is global', () => {
  assert.ok(REGISTERED_PATTERNS.length > 20, `only ${REGISTERED_PATTERNS.length} patterns registered`);
  for (const pattern of REGISTERED_PATTERNS) {
    assert.deepEqual(unboundedQuantifiers(pattern.source), [], pattern.source);
  }
});
