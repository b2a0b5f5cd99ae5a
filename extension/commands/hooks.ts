// "Install / Uninstall Hooks" are registered here and implemented in extension/install/, bundled
// apart as dist/extension-hooks.js and loaded on first use: settings merging, the diff and the
// hook warm-up are not needed to activate. The path is computed so the bundler leaves it alone.
import * as path from 'node:path';
import { homeDirectory } from '../engine/scopes';
import type * as HooksPart from '../install/command';
import type { HookAction, HookCommandResult } from '../install/request';
import type { CommandContext } from './context';

let part: typeof HooksPart | undefined;

export function installHooks(ctx: CommandContext) {
  return (arg?: unknown): Promise<HookCommandResult> => run(ctx, 'install', arg);
}

export function uninstallHooks(ctx: CommandContext) {
  return (arg?: unknown): Promise<HookCommandResult> => run(ctx, 'uninstall', arg);
}

function run(ctx: CommandContext, action: HookAction, arg: unknown): Promise<HookCommandResult> {
  part ??= require(path.join(__dirname, 'extension-hooks.js')) as typeof HooksPart;
  return part.runHookCommand(ctx, homeDirectory(ctx.settings()), action, arg);
}
