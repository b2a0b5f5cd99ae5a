// The hook's view of the machine: who runs it, where home and the state directory are.
// Read once per process; everything below takes it as a parameter.
import { homedir, hostname, userInfo } from 'node:os';
import type { Principal } from '../core/audit/event';
import { cacheDir, type StateLocation } from '../core/audit/paths';
import type { DiscoveryEnv } from '../core/clients/types';

export interface HookRuntime extends StateLocation {
  cacheDir: string;
  principal: Principal;
}

export function hookRuntime(env: NodeJS.ProcessEnv): HookRuntime {
  const home = env.HOME || env.USERPROFILE || homedir();
  const loc: StateLocation = { home, platform: process.platform, env };
  return { ...loc, cacheDir: cacheDir(loc), principal: { userName: userName(env), hostName: hostname() } };
}

/** Discovery settings for one project; machine-wide paths are always the real ones. */
export function discoveryEnv(rt: HookRuntime, project: string | undefined): DiscoveryEnv {
  return { home: rt.home, platform: rt.platform, env: rt.env, systemRoot: '', ...(project ? { project } : {}) };
}

function userName(env: NodeJS.ProcessEnv): string {
  try {
    return userInfo().username;
  } catch {
    return env.USER || env.USERNAME || 'unknown';
  }
}
