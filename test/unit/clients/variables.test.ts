import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inputReference, isWholeReference, referenceFor, variableReferences, withoutReferences } from '../../../core/clients/variables';
import type { VariableSyntax } from '../../../core/model';

const refs = (value: string, syntax: VariableSyntax) => variableReferences(value, syntax).map((r) => [r.name, r.kind, value.slice(r.start, r.end)]);

test('variables: Claude Code ${VAR} and ${VAR:-default}', () => {
  assert.deepEqual(refs('${GITHUB_TOKEN}', 'claude'), [['GITHUB_TOKEN', 'env', '${GITHUB_TOKEN}']]);
  assert.deepEqual(refs('${CLAUDE_PROJECT_DIR:-.}/tools/${NAME}', 'claude'), [['CLAUDE_PROJECT_DIR', 'env', '${CLAUDE_PROJECT_DIR:-.}'], ['NAME', 'env', '${NAME}']]);
  assert.deepEqual(refs('$GITHUB_TOKEN ${env:X} ${1BAD}', 'claude'), []);
});

test('variables: Gemini $VAR and ${VAR}', () => {
  assert.deepEqual(refs('Bearer $GITHUB_PAT', 'gemini'), [['GITHUB_PAT', 'env', '$GITHUB_PAT']]);
  assert.deepEqual(refs('${DB}/$USER_x-1', 'gemini'), [['DB', 'env', '${DB}'], ['USER_x', 'env', '$USER_x']]);
  assert.deepEqual(refs('costs $5', 'gemini'), []);
});

test('variables: VS Code ${env:}, ${input:}, predefined; Cursor has no inputs', () => {
  assert.deepEqual(refs('${input:api-key}', 'vscode'), [['api-key', 'input', '${input:api-key}']]);
  assert.deepEqual(refs('${workspaceFolder}/.env ${userHome} ${env:HOME} ${/}', 'vscode'), [
    ['workspaceFolder', 'predefined', '${workspaceFolder}'],
    ['userHome', 'predefined', '${userHome}'],
    ['HOME', 'env', '${env:HOME}'],
    ['/', 'predefined', '${/}'],
  ]);
  assert.deepEqual(refs('${workspaceFolder:api} ${config:editor.tabSize}', 'vscode').map((r) => r[1]), ['predefined', 'predefined']);
  assert.deepEqual(refs('${GITHUB_TOKEN} ${input:x} ${unknownThing}', 'cursor'), []);
  assert.deepEqual(refs('Bearer ${env:MY_SERVICE_TOKEN}', 'cursor'), [['MY_SERVICE_TOKEN', 'env', '${env:MY_SERVICE_TOKEN}']]);
});

test('variables: Codex and plain clients have no reference syntax', () => {
  assert.deepEqual(refs('${TOKEN} $TOKEN ${env:TOKEN}', 'codex'), []);
  assert.deepEqual(refs('${TOKEN}', 'plain'), []);
  assert.equal(isWholeReference('${TOKEN}', 'plain'), false);
});

test('variables: whole references, auth schemes, and what literal text remains', () => {
  assert.equal(isWholeReference('${GITHUB_TOKEN}', 'claude'), true);
  assert.equal(isWholeReference('Bearer ${env:TOKEN}', 'cursor'), true);
  assert.equal(isWholeReference('${USER}:${PASS}', 'claude'), true);
  assert.equal(isWholeReference('sk-${SUFFIX}', 'claude'), false);
  assert.equal(isWholeReference('ghp_abc123', 'claude'), false);
  assert.equal(isWholeReference('Bearer ghp_abc${X}', 'claude'), false);
  assert.equal(isWholeReference('', 'claude'), false);
  assert.equal(withoutReferences('--token=${env:TOKEN} --verbose', 'vscode'), '--token= --verbose');
  assert.equal(withoutReferences('Bearer $KEY', 'gemini'), 'Bearer ');
  assert.equal(withoutReferences('${X', 'claude'), '${X');
});

test('variables: how to write a reference in each client', () => {
  assert.equal(referenceFor('GITHUB_TOKEN', 'claude'), '${GITHUB_TOKEN}');
  assert.equal(referenceFor('GITHUB_TOKEN', 'gemini'), '${GITHUB_TOKEN}');
  assert.equal(referenceFor('GITHUB_TOKEN', 'cursor'), '${env:GITHUB_TOKEN}');
  assert.equal(referenceFor('GITHUB_TOKEN', 'vscode'), '${env:GITHUB_TOKEN}');
  assert.equal(referenceFor('GITHUB_TOKEN', 'codex'), undefined);
  assert.equal(referenceFor('GITHUB_TOKEN', 'plain'), undefined);
  assert.equal(inputReference('github-token'), '${input:github-token}');
  for (const syntax of ['claude', 'gemini', 'cursor', 'vscode'] as const) {
    assert.equal(isWholeReference(referenceFor('TOKEN', syntax)!, syntax), true, syntax);
  }
  assert.equal(isWholeReference(inputReference('k'), 'vscode'), true);
});
