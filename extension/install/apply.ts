// The editor-independent half of installing the hooks: where the hook runs from, putting its files
// there, and writing the settings change that was previewed (and nothing else).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { StateLocation } from '../../core/audit/paths';
import { prepareCodeCache } from '../../core/export/code-cache';
import type { HookCommand } from '../../core/export/hook-config';
import type { HookPlan } from '../../core/export/install';
import { readText } from '../../core/export/install';
import { refreshHookCopy, stableHookDir } from './hookCopy';
import { findNode, type NodeSearch } from './nodeRuntime';

export interface HookTarget {
  command: HookCommand;
  hookDir: string;
}

export function hookTarget(state: StateLocation, search: NodeSearch): HookTarget | { error: string } {
  const found = findNode(search);
  if ('error' in found) return found;
  const hookDir = stableHookDir(state);
  return { command: { node: found.node, script: path.join(hookDir, 'hook.js') }, hookDir };
}

/** Copies the bundles and prepares their start-up cache; returns a note when the cache could not be made. */
export function placeHookFiles(bundleDir: string, target: HookTarget): string | undefined {
  refreshHookCopy(bundleDir, target.hookDir);
  const cache = prepareCodeCache(target.command.node, target.command.script);
  return cache.written ? undefined : `the hook's start-up cache was not prepared (${cache.reason}); the hook works, a few milliseconds slower per call`;
}

/** Written in place (a settings file that is a link stays one), only if nobody changed it since the preview. */
export function writeHookPlan(plan: HookPlan): void {
  if ((readText(plan.file) ?? '') !== plan.before) throw new Error(`${plan.file} changed after the preview; nothing was written, run the command again`);
  fs.mkdirSync(path.dirname(plan.file), { recursive: true });
  fs.writeFileSync(plan.file, plan.after);
}
