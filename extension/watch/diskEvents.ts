// What a change on disk means: a config file is re-checked on its own; a policy file, an unknown
// file or a new folder means the set of files may have changed, so everything is found again.
import * as fs from 'node:fs';
import type * as vscode from 'vscode';
import type { Debouncer } from '../engine/debounce';
import type { WardenEngine } from '../engine/engine';
import { FileWatchers, type TreeChange } from './watchers';

export const DISK_DEBOUNCE_MS = 100;
const IGNORED_FOLDERS = /[\\/](node_modules|\.git)([\\/]|$)/;

export function createDiskWatchers(engine: WardenEngine, debouncer: Debouncer, log: vscode.LogOutputChannel, requestRefresh: (reason: string) => void): FileWatchers {
  const onFileChange = (file: string) => {
    log.debug(`changed on disk: ${file}`);
    if (engine.isPolicyFile(file) || !engine.isConfigFile(file)) return requestRefresh(`changed on disk: ${file}`);
    debouncer.schedule(`disk:${file}`, DISK_DEBOUNCE_MS, () => engine.checkPath(file));
  };
  const onTreeChange = (changed: string, change: TreeChange) => {
    if (IGNORED_FOLDERS.test(changed)) return;
    if (change === 'deleted') return engine.checkUnder(changed);
    if (isDirectory(changed)) requestRefresh(`folder created: ${changed}`);
  };
  return new FileWatchers(onFileChange, onTreeChange);
}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}
