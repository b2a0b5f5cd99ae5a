import assert from 'node:assert/strict';
import { test } from 'node:test';
import { variableReferences, withoutReferences } from '../../core/clients/variables';
import { LineIndex } from '../../core/text/line-index';

test('LineIndex counts LF, CRLF and lone CR line ends as VS Code does', () => {
  const index = new LineIndex('a\nb\r\nc\rd');
  assert.deepEqual([0, 2, 5, 7].map((offset) => index.position(offset)), [
    { line: 0, character: 0 },
    { line: 1, character: 0 },
    { line: 2, character: 0 },
    { line: 3, character: 0 },
  ]);
  assert.deepEqual(index.position(3), { line: 1, character: 1 }, 'the CR of a CRLF belongs to its line');
});

test("Continue's ${{ secrets.NAME }} is a reference, not a literal", () => {
  assert.deepEqual(variableReferences('Bearer ${{ secrets.LINEAR_KEY }}', 'continue').map((r) => [r.name, r.kind]), [['LINEAR_KEY', 'env']]);
  assert.equal(withoutReferences('Bearer ${{ secrets.LINEAR_KEY }}', 'continue'), 'Bearer ');
});
