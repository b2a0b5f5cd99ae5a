// Typed access to the `mcpWarden.*` settings declared in package.json.
import * as vscode from 'vscode';

export const SECTION = 'mcpWarden';

export interface WardenSettings {
  /** Explicit policy file; undefined when the setting is empty. */
  policyPath?: string;
  /** Home directory to read client configs from; undefined means the real one. */
  homeDirectory?: string;
  includeHomeConfigs: boolean;
  run: 'onType' | 'onSave';
  debounceMilliseconds: number;
  codeLensEnabled: boolean;
  statusBarEnabled: boolean;
}

export function readSettings(): WardenSettings {
  const config = vscode.workspace.getConfiguration(SECTION);
  const text = (key: string) => config.get<string>(key)?.trim() || undefined;
  const policyPath = text('policyPath');
  const homeDirectory = text('homeDirectory');
  return {
    ...(policyPath ? { policyPath } : {}),
    ...(homeDirectory ? { homeDirectory } : {}),
    includeHomeConfigs: config.get<boolean>('includeHomeConfigs', true),
    run: config.get<'onType' | 'onSave'>('run', 'onType'),
    debounceMilliseconds: Math.max(0, config.get<number>('debounceMilliseconds', 300)),
    codeLensEnabled: config.get<boolean>('codeLens.enabled', true),
    statusBarEnabled: config.get<boolean>('statusBar.enabled', true),
  };
}

/** Settings whose change means every file must be found and checked again. */
export function affectsDiscovery(event: vscode.ConfigurationChangeEvent): boolean {
  return ['policyPath', 'homeDirectory', 'includeHomeConfigs'].some((key) => event.affectsConfiguration(`${SECTION}.${key}`));
}
