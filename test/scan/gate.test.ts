// Which servers the scanner may start, and the environment it starts them with.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { refusalReason } from '../../core/scan/gate';
import { expand, launchEnvironment, LaunchError } from '../../core/scan/launch-env';
import type { ServerEntry } from '../../core/model';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 }, offset: 0, length: 0 };
const entry = (over: Partial<ServerEntry> = {}): ServerEntry => ({ client: 'claude-code', scope: 'user', file: '/f', name: 's', nameRange: range, range, transport: 'stdio', command: 'node', args: [], valueRanges: {}, problems: [], variableSyntax: 'claude', ...over });
const closed = { includeUnapproved: false, workspaceTrusted: false };

test('approved servers start; unapproved only on request; denied and impersonating never', () => {
  assert.equal(refusalReason(entry(), 'approved', closed), undefined);
  assert.match(refusalReason(entry(), 'not-approved', closed)!, /include-unapproved/);
  assert.equal(refusalReason(entry(), 'not-approved', { ...closed, includeUnapproved: true }), undefined);
  assert.equal(refusalReason(entry(), 'unpinned', { ...closed, includeUnapproved: true }), undefined);
  for (const status of ['denied', 'impersonation', 'malformed'] as const) assert.ok(refusalReason(entry(), status, { includeUnapproved: true, workspaceTrusted: true }));
});

test('servers declared by the workspace need a trusted workspace, even approved ones', () => {
  assert.match(refusalReason(entry({ scope: 'project' }), 'approved', closed)!, /trust-workspace/);
  assert.equal(refusalReason(entry({ scope: 'project' }), 'approved', { ...closed, workspaceTrusted: true }), undefined);
  assert.equal(refusalReason(entry({ scope: 'local' }), 'approved', closed), undefined);
});

test('the environment the client would give: its own env plus the entry\'s, references expanded per client', () => {
  const context = { env: { PATH: '/bin', TOKEN: 't0k' }, project: '/work/app', home: '/home/u' };
  assert.deepEqual(launchEnvironment(entry({ env: { A: '${TOKEN}', B: '${MISSING:-dflt}' } }), context), { PATH: '/bin', TOKEN: 't0k', A: 't0k', B: 'dflt' });
  assert.equal(expand('${env:TOKEN}@${workspaceFolder}', 'vscode', context, 'x'), 't0k@/work/app');
  assert.throws(() => expand('${input:api-key}', 'vscode', context, 'env.KEY'), LaunchError);
  const desktop = launchEnvironment(entry({ client: 'claude-desktop', env: { X: '1' } }), { ...context, env: { SECRET_IN_SHELL: 's', PATH: '/bin' } });
  assert.equal(desktop.SECRET_IN_SHELL, undefined);
  assert.equal(desktop.X, '1');
});
