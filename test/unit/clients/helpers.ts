// Shared by the client tests: fixture loading, range slicing, an in-memory DiscoveryFs and
// the range invariants every parser must keep.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ClientModule, DiscoveryEnv, DiscoveryFs, ParsedFile } from '../../../core/clients/types';
import type { CandidateFile, ClientId, ConfigFormat, ConfigScope, ServerEntry, SourceRange } from '../../../core/model';
import { LineIndex } from '../../../core/text/line-index';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'clients');

/**
 * Fixture text with its credential placeholders filled in. Fixtures hold `<<FAKE_GITHUB_CLASSIC_PAT>>`
 * rather than a token literal, so no credential-shaped string is ever committed.
 */
export function fixture(client: string, name: string): string {
  return fillFakeCredentials(readFileSync(path.join(FIXTURES, client, name), 'utf8'));
}

const FAKE_CREDENTIALS: Record<string, string> = {
  FAKE_GITHUB_CLASSIC_PAT: ['gh', 'p_', 'FAKEfake0123456789FAKEfake0123456789'].join(''),
  FAKE_GITHUB_FINE_GRAINED_PAT: ['github', '_pat_', '11FAKEFAKE0123456789ab', '_', 'FAKEfake0123456789'.repeat(3), 'FAKEf'].join(''),
};

export function fillFakeCredentials(text: string): string {
  return text.replace(/<<(FAKE_[A-Z_]+)>>/g, (whole, name: string) => FAKE_CREDENTIALS[name] ?? whole);
}

export function fixturePath(client: string, name: string): string {
  return path.join(FIXTURES, client, name);
}

export function slice(text: string, range: SourceRange | undefined): string | undefined {
  return range ? text.slice(range.offset, range.offset + range.length) : undefined;
}

export function candidateFile(client: ClientId, kind: string, scope: ConfigScope = 'user', format: ConfigFormat = 'json', filePath = `/fixture/${client}/${kind}`): CandidateFile {
  return { path: filePath, client, scope, kind, format };
}

/** What a reviewer reads first: name, scope, transport and what runs. */
export function summary(servers: ServerEntry[]) {
  return servers.map((s) => ({
    name: s.name,
    scope: s.scope,
    transport: s.transport,
    ...(s.command !== undefined ? { command: s.command } : {}),
    ...(s.args !== undefined ? { args: s.args } : {}),
    ...(s.url !== undefined ? { url: s.url } : {}),
    ...(s.disabled ? { disabled: true } : {}),
  }));
}

export function messages(parsed: ParsedFile): string[] {
  return [...parsed.errors, ...parsed.warnings].map((p) => p.message);
}

/** A read-only directory tree of the given files, for candidates() without touching the disk. */
export function memoryFs(files: string[], platform: NodeJS.Platform = 'linux'): DiscoveryFs {
  const p = platform === 'win32' ? path.win32 : path.posix;
  const children = new Map<string, Set<string>>();
  for (const file of files) {
    let current = p.normalize(file);
    for (let parent = p.dirname(current); parent !== current; current = parent, parent = p.dirname(current)) {
      if (!children.has(parent)) children.set(parent, new Set());
      children.get(parent)!.add(p.basename(current));
    }
  }
  return {
    listDir: (dir) => [...(children.get(p.normalize(dir)) ?? [])],
    isDir: (candidate) => children.has(p.normalize(candidate)),
  };
}

export function envFor(platform: NodeJS.Platform, overrides: Partial<DiscoveryEnv> = {}): DiscoveryEnv {
  const defaults: Record<string, DiscoveryEnv> = {
    linux: { home: '/home/dev', project: '/home/dev/src/app', platform: 'linux', env: {}, systemRoot: '' },
    darwin: { home: '/Users/dev', project: '/Users/dev/src/app', platform: 'darwin', env: {}, systemRoot: '' },
    win32: { home: 'C:\\Users\\dev', project: 'C:\\Users\\dev\\src\\app', platform: 'win32', env: { APPDATA: 'C:\\Users\\dev\\AppData\\Roaming' }, systemRoot: '' },
  };
  return { ...defaults[platform]!, ...overrides };
}

export function candidateList(module: ClientModule, env: DiscoveryEnv, fs: DiscoveryFs = memoryFs([], env.platform)): string[] {
  return module.candidates(env, fs).map((c) => `${c.scope} ${c.kind} ${c.path}`);
}

/** Every range a parse returns, with what it belongs to. */
export function allRanges(parsed: ParsedFile): { where: string; range: SourceRange }[] {
  const found: { where: string; range: SourceRange }[] = [];
  const add = (where: string, range: SourceRange | undefined) => range && found.push({ where, range });
  for (const problem of [...parsed.errors, ...parsed.warnings]) add(`problem ${problem.message}`, problem.range);
  for (const server of parsed.servers) {
    add(`${server.name} nameRange`, server.nameRange);
    add(`${server.name} range`, server.range);
    for (const [key, range] of Object.entries(server.valueRanges)) add(`${server.name} ${key}`, range);
    for (const problem of server.problems) add(`${server.name} problem`, problem.range);
  }
  return found;
}

/** 0 ≤ offset ≤ offset+length ≤ text.length, and start/end agree with a fresh LineIndex. */
export function assertRangesValid(text: string, parsed: ParsedFile): void {
  const index = new LineIndex(text);
  for (const { where, range } of allRanges(parsed)) {
    assert.ok(range.offset >= 0 && range.length >= 0 && range.offset + range.length <= text.length, `${where}: ${range.offset}+${range.length} outside 0..${text.length}`);
    assert.deepEqual(range.start, index.position(range.offset), `${where}: start`);
    assert.deepEqual(range.end, index.position(range.offset + range.length), `${where}: end`);
  }
}

/**
 * The same file with CRLF line ends must give the same values at the same line and character:
 * a CR sits at the end of its line, so it may move offsets but never characters.
 */
export function assertCrlfKeepsPositions(module: ClientModule, text: string, file: CandidateFile): void {
  const crlf = text.replace(/\r?\n/g, '\r\n');
  const lf = module.parse(text.replace(/\r\n/g, '\n'), file);
  const withCr = module.parse(crlf, file);
  assert.deepEqual(withCr.errors, [], 'CRLF file parses clean');
  assert.equal(withCr.servers.length, lf.servers.length);
  const lfText = text.replace(/\r\n/g, '\n');
  withCr.servers.forEach((server, i) => {
    const plain = lf.servers[i]!;
    assert.equal(slice(crlf, server.nameRange), slice(lfText, plain.nameRange));
    assert.deepEqual(server.nameRange.start, plain.nameRange.start);
    assert.deepEqual(Object.keys(server.valueRanges), Object.keys(plain.valueRanges));
    for (const [key, range] of Object.entries(server.valueRanges)) {
      const lfRange = plain.valueRanges[key]!;
      assert.equal(slice(crlf, range), slice(lfText, lfRange), `${server.name} ${key} text`);
      assert.deepEqual(range.start, lfRange.start, `${server.name} ${key} start`);
      if (range.start.line === range.end.line) assert.deepEqual(range.end, lfRange.end, `${server.name} ${key} end`);
    }
  });
  assertRangesValid(crlf, withCr);
}
