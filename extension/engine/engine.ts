// Keeps the store in step with the files: a full refresh (discover, load policies, check every
// file) and single-file checks of an editor buffer or a file on disk. Verdicts come from core.
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { checkConfigFile } from '../../core/check';
import { parseConfigText, readConfigFile } from '../../core/discovery';
import type { DiscoveryEnv } from '../../core/clients/types';
import type { CandidateFile } from '../../core/model';
import type { EffectivePolicy } from '../../core/policy/load';
import type { WardenSettings } from '../settings';
import { classifyNested, nestedProjectFiles, scopeCandidates } from './locate';
import { policyReport, readDiskText } from './policyProblems';
import { createScopes, policyLocations, scopeFor, type CheckScope } from './scopes';
import type { CheckedFile, WardenStore } from './store';

export class WardenEngine implements vscode.Disposable {
  private scopes: CheckScope[] = [];
  private candidates = new Map<string, CandidateFile>();
  private policyPaths = new Set<string>();
  /** Files already classified as not being MCP configs, until the next refresh. */
  private notConfig = new Set<string>();
  /** Bumped by every refresh; a refresh that finds it moved on was superseded and drops its results. */
  private generation = 0;
  private readonly refreshed = new vscode.EventEmitter<void>();
  /** Fires after each full refresh, when the set of files and policy locations may have changed. */
  readonly onDidRefresh = this.refreshed.event;

  constructor(
    private readonly store: WardenStore,
    private readonly log: vscode.LogOutputChannel,
    private readonly settings: () => WardenSettings,
  ) {}

  async refreshAll(reason: string): Promise<void> {
    const generation = ++this.generation;
    const started = performance.now();
    const settings = this.settings();
    const scopes = createScopes(settings, folderPaths());
    const candidates = scopeCandidates(scopes, settings.includeHomeConfigs);
    const nested = await nestedProjectFiles(scopes, candidates);
    if (generation !== this.generation) return;
    for (const [file, candidate] of nested) candidates.set(file, candidate);
    this.scopes = scopes;
    this.candidates = candidates;
    this.notConfig = new Set();
    this.policyPaths = new Set(policyLocations(scopes, settings));
    const files = new Map<string, CheckedFile>();
    for (const [file, candidate] of candidates) {
      const checked = this.check(file, candidate);
      if (checked) files.set(file, checked);
    }
    const policy = policyReport(scopes, (file) => this.bufferText(file) ?? readDiskText(file));
    this.store.replaceAll(files, policy.byFile, policy.missing);
    this.log.info(`${reason}: checked ${files.size} config files, ${countServers(files)} servers, in ${Math.round(performance.now() - started)} ms`);
    if (policy.missing) this.log.warn(policy.missing);
    this.refreshed.fire();
  }

  /** Re-checks one file from its open buffer if there is one, else from disk. */
  checkPath(filePath: string): void {
    const file = path.resolve(filePath);
    const candidate = this.candidateFor(file);
    if (!candidate) return;
    const checked = this.check(file, candidate);
    if (checked) this.store.set(file, checked);
    else this.store.delete(file);
  }

  /** Re-checks every known file at or below `removed` (a deleted folder takes its files with it). */
  checkUnder(removed: string): void {
    const prefix = `${path.resolve(removed)}${path.sep}`;
    for (const file of this.store.paths()) if (file === path.resolve(removed) || file.startsWith(prefix)) this.checkPath(file);
  }

  /** Makes sure the store holds results for exactly this buffer version (hover, lenses, fixes ask). */
  ensureFresh(document: vscode.TextDocument): CheckedFile | undefined {
    const file = path.resolve(document.uri.fsPath);
    const current = this.store.get(file);
    if (current?.version === document.version) return current;
    if (!this.isConfigFile(file)) return undefined;
    this.checkPath(file);
    return this.store.get(file);
  }

  policyFor(filePath: string): EffectivePolicy | undefined {
    return this.scopes.length ? scopeFor(this.scopes, path.resolve(filePath)).policy : undefined;
  }

  /** The base policy files in force, for "open policy". */
  basePolicyFiles(): string[] {
    return [...new Set(this.scopes.flatMap((scope) => scope.policy.sources.filter((s) => s.role === 'base').map((s) => s.path)))];
  }

  homeEnv(): DiscoveryEnv | undefined {
    return this.scopes[0]?.env;
  }

  isConfigFile(filePath: string): boolean {
    return this.candidateFor(path.resolve(filePath)) !== undefined;
  }

  isPolicyFile(filePath: string): boolean {
    return this.policyPaths.has(path.resolve(filePath));
  }

  candidateFor(file: string): CandidateFile | undefined {
    const known = this.candidates.get(file);
    if (known || !this.scopes.length || this.notConfig.has(file) || !mayBeConfig(file, this.candidates)) return known;
    const nested = classifyNested(file, this.scopes);
    if (nested) this.candidates.set(file, nested);
    else this.notConfig.add(file);
    return nested;
  }

  /** Files and policy locations to watch. */
  watchTargets(): { configFiles: string[]; policyFiles: string[]; scopes: readonly CheckScope[] } {
    return { configFiles: [...this.candidates.keys()], policyFiles: [...this.policyPaths], scopes: this.scopes };
  }

  private check(file: string, candidate: CandidateFile): CheckedFile | undefined {
    const document = openDocument(file);
    const config = document ? parseConfigText(candidate, document.getText()) : readConfigFile(candidate);
    if (config.status === 'missing') return undefined;
    const scope = scopeFor(this.scopes, file);
    const { findings, servers } = checkConfigFile(config, scope.policy, scope.context);
    return { file: config, findings, servers, ...(document ? { version: document.version } : {}) };
  }

  private bufferText(file: string): string | undefined {
    return openDocument(file)?.getText();
  }

  dispose(): void {
    this.refreshed.dispose();
  }
}

function folderPaths(): string[] {
  return (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file').map((folder) => path.resolve(folder.uri.fsPath));
}

function openDocument(file: string): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((document) => !document.isClosed && document.uri.scheme === 'file' && path.resolve(document.uri.fsPath) === file);
}

/** Only names some client uses can be a config file; saves classifying every file that is opened. */
function mayBeConfig(file: string, known: ReadonlyMap<string, CandidateFile>): boolean {
  const name = path.basename(file);
  for (const candidate of known.values()) if (path.basename(candidate.path) === name) return true;
  return false;
}

function countServers(files: ReadonlyMap<string, CheckedFile>): number {
  let count = 0;
  for (const checked of files.values()) count += checked.servers.length;
  return count;
}
