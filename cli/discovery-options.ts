// Turns --home / --project / --system-root / --policy into a DiscoveryEnv, validating them first.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultDiscoveryEnv } from '../core/discovery';
import type { DiscoveryEnv } from '../core/clients/types';
import { UsageError, type CommandIo } from './command';

export interface DiscoveryArgs {
  env: DiscoveryEnv;
  policyPath?: string;
}

export function discoveryFromOptions(values: Record<string, unknown>, io: CommandIo): DiscoveryArgs {
  const home = directoryOption(values.home, '--home', io.cwd);
  const project = directoryOption(values.project, '--project', io.cwd) ?? io.cwd;
  const systemRoot = directoryOption(values['system-root'], '--system-root', io.cwd) ?? '';
  const env = defaultDiscoveryEnv({ ...(home ? { home } : {}), project, systemRoot, env: io.env });
  const policy = typeof values.policy === 'string' ? path.resolve(io.cwd, values.policy) : undefined;
  return { env, ...(policy ? { policyPath: policy } : {}) };
}

function directoryOption(value: unknown, flag: string, cwd: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const resolved = path.resolve(cwd, value);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(resolved);
  } catch {
    throw new UsageError(`${flag} ${value}: no such directory`);
  }
  if (!stat.isDirectory()) throw new UsageError(`${flag} ${value}: not a directory`);
  return resolved;
}
