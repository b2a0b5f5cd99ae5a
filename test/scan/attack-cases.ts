// The two checks every written attack list makes (evasion-classes, attack-paraphrases): an attack is
// flagged by one of the rules its class names, at warning level or above; a look-alike stays clean.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanText } from '../../core/scan/scan-text';
import { verdictOf } from '../../core/scan/verdict';

export function testAttacks<Class extends string>(classes: Readonly<Record<Class, readonly string[]>>, attacks: ReadonlyArray<readonly [Class, string]>): void {
  for (const [attackClass, text] of attacks) {
    test(`${attackClass}: ${text.slice(0, 70)}`, () => {
      const findings = scanText(text, 'description');
      const allowed = classes[attackClass];
      assert.notEqual(verdictOf(findings), 'clean', JSON.stringify(findings));
      assert.ok(findings.some((finding) => allowed.includes(finding.ruleId) && finding.confidence >= 0.5), findings.map((f) => `${f.ruleId}:${f.confidence}`).join(', '));
    });
  }
}

export function testLookAlikes(texts: readonly string[]): void {
  for (const text of texts) {
    test(`stays clean: ${text.slice(0, 70)}`, () => {
      const findings = scanText(text, 'description');
      assert.equal(verdictOf(findings), 'clean', JSON.stringify(findings));
    });
  }
}
