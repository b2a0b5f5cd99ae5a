// Finds every MCP config file of every client and reads it without ever throwing:
// a missing, unreadable, looping, oversized or malformed file becomes a status with a reason.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ALL_CLIENTS, clientModule } from './clients/registry';
import type { DiscoveryEnv, DiscoveryFs } from './clients/types';
import type { CandidateFile, ConfigFile } from './model';
import { stripBom } from './text/line-index';

/** Files above this size are reported, not parsed; a real ~/.claude.json is a few MB. */
export const MAX_CONFIG_BYTES = 64 * 1024 * 1024;

export function defaultDiscoveryEnv(overrides: Partial<DiscoveryEnv> = {}): DiscoveryEnv {
  return {
    home: overrides.home ?? os.homedir(),
    project: overrides.project ?? process.cwd(),
    platform: overrides.platform ?? process.platform,
    env: overrides.env ?? process.env,
    systemRoot: overrides.systemRoot ?? '',
  };
}

export const nodeDiscoveryFs: DiscoveryFs = {
  listDir(dir) {
    try {
      return fs.readdirSync(dir);
    } catch {
      return [];
    }
  },
  isDir(p) {
    try {
      return fs.lstatSync(p).isDirectory();
    } catch {
      return false;
    }
  },
};

export function candidateFiles(env: DiscoveryEnv, dfs: DiscoveryFs = nodeDiscoveryFs): CandidateFile[] {
  const seen = new Set<string>();
  const result: CandidateFile[] = [];
  for (const client of ALL_CLIENTS) {
    for (const candidate of client.candidates(env, dfs)) {
      const key = `${candidate.client}\0${candidate.kind}\0${candidate.path}`;
      if (seen.has(key)) continue;
      seen.add(key);
      result.push(candidate);
    }
  }
  return result;
}

export interface ReadOptions {
  maxBytes?: number;
}

/** Reads and parses one candidate. Never throws. */
export function readConfigFile(candidate: CandidateFile, options: ReadOptions = {}): ConfigFile {
  const base = { ...candidate, errors: [], problems: [], servers: [] };
  let text: string;
  try {
    const stat = fs.statSync(candidate.path);
    if (!stat.isFile()) return { ...base, status: 'unreadable', error: { message: `${candidate.path} is not a regular file` } };
    const limit = options.maxBytes ?? MAX_CONFIG_BYTES;
    if (stat.size > limit) {
      return { ...base, status: 'too-large', error: { message: `the file is ${formatBytes(stat.size)}, over the ${formatBytes(limit)} limit, and was not read; its servers are unchecked` } };
    }
    text = fs.readFileSync(candidate.path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ...base, status: 'missing' };
    return { ...base, status: 'unreadable', error: { message: describeReadError(code, candidate.path) } };
  }
  return parseConfigText(candidate, text);
}

/** Parses text that is (or will be) the content of `candidate`, e.g. an unsaved editor buffer. */
export function parseConfigText(candidate: CandidateFile, rawText: string): ConfigFile {
  const text = stripBom(rawText);
  const parsed = clientModule(candidate.client).parse(text, candidate);
  const [firstError] = parsed.errors;
  return {
    ...candidate,
    status: firstError ? 'error' : 'ok',
    ...(firstError ? { error: firstError } : {}),
    errors: parsed.errors,
    problems: parsed.warnings,
    servers: parsed.servers,
  };
}

export function discover(env: DiscoveryEnv, options: ReadOptions = {}): ConfigFile[] {
  return candidateFiles(env).map((candidate) => readConfigFile(candidate, options));
}

/** Which client file is this path? Used by the editor for open buffers and by watchers. */
export function classifyPath(filePath: string, env: DiscoveryEnv): CandidateFile | undefined {
  const wanted = path.resolve(filePath);
  return candidateFiles(env).find((candidate) => path.resolve(candidate.path) === wanted);
}

function describeReadError(code: string | undefined, filePath: string): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `permission denied reading ${filePath}; its servers are unchecked`;
    case 'ELOOP':
      return `${filePath} is a symbolic link loop; its servers are unchecked`;
    case 'EISDIR':
      return `${filePath} is a directory, not a config file`;
    default:
      return `cannot read ${filePath} (${code ?? 'unknown error'}); its servers are unchecked`;
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}
