// Theme icons for scopes and verdicts in the inventory.
import * as vscode from 'vscode';
import type { ConfigScope } from '../../core/model';
import type { VerdictStatus } from '../../core/policy/evaluate';
import { statusLabel } from '../present/labels';

const SCOPES: Record<ConfigScope, [string, string]> = {
  managed: ['Managed (machine-wide)', 'organization'],
  user: ['User', 'account'],
  local: ['Local (per project)', 'person'],
  project: ['Project', 'repo'],
  plugin: ['Plugin', 'extensions'],
  agent: ['Subagent', 'hubot'],
  profile: ['Profile', 'settings'],
  devcontainer: ['Dev container', 'vm'],
  'legacy-settings': ['Settings (legacy)', 'settings-gear'],
  extension: ['Extension', 'extensions'],
};

export function scopeTitle(scope: ConfigScope): string {
  return SCOPES[scope][0];
}

export function scopeIcon(scope: ConfigScope): vscode.ThemeIcon {
  return new vscode.ThemeIcon(SCOPES[scope][1]);
}

export function serverIcon(status: VerdictStatus): vscode.ThemeIcon {
  const label = statusLabel(status);
  const color = label.approved ? 'testing.iconPassed' : status === 'impersonation' || status === 'no-policy' ? 'problemsWarningIcon.foreground' : 'problemsErrorIcon.foreground';
  return new vscode.ThemeIcon(label.icon, new vscode.ThemeColor(color));
}
