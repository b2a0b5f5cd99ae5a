// Every rule id the scanner reports is documented (diagnostics link to docs/rules/<id>.md).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { RULE_INFO } from '../../core/scan/rules';

test('every scanner rule id has its page in docs/rules', () => {
  for (const rule of RULE_INFO) assert.ok(fs.existsSync(path.resolve(__dirname, '../../docs/rules', `${rule.id}.md`)), rule.id);
});
