// Scan results and lock drift per server entry, published in their own diagnostic collection (the
// config check's refresh never wipes them). A result follows its entry as the file is edited and is
// dropped when the entry goes away or its launch changes (then it describes another server).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CheckedServer } from '../../core/check';
import { identityKey } from '../../core/identity/index';
import type { ServerEntry } from '../../core/model';
import { LOCKFILE_NAME, parseLockfile, type Lockfile } from '../../core/scan/lockfile';
import { lockStatus, observationsPath, readObservations, type Observations } from '../../core/scan/observations';
import { stateLocation } from '../../core/scan/state';
import type { WardenStore } from '../engine/store';
import { toDiagnostic } from '../providers/diagnostics';
import { recordFindings, recordKey, scanHoverMarkdown, scanState, stillApplies, type ScanJson, type ScanRecord, type ScanState } from './model';

export class ScanResults implements vscode.Disposable {
  /** From the last scan, by recordKey. */
  private readonly scanned = new Map<string, ScanRecord>();
  /** From mcp-lock.json and the last observed listing, by recordKey (recomputed on every change). */
  private fromLock = new Map<string, ScanRecord>();
  private readonly collection = vscode.languages.createDiagnosticCollection('mcpWarden.scan');
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The lockfiles and observations read from disk; read again after a lock change, a scan or a full refresh. */
  private lockInputs: { locks: Array<{ folder: string; lock: Lockfile }>; observations: Observations } | undefined;

  constructor(
    private readonly store: WardenStore,
    private readonly ruleUri: (ruleId: string) => vscode.Uri,
    /** The home the extension reads configs from: the scanner records its observations under it. */
    private readonly home: () => string,
  ) {
    this.subscriptions.push(this.store.onDidChange((paths) => this.update(paths)));
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${LOCKFILE_NAME}`);
    const lockChanged = () => {
      this.lockInputs = undefined;
      this.update(this.store.paths());
    };
    this.subscriptions.push(watcher, watcher.onDidCreate(lockChanged), watcher.onDidChange(lockChanged), watcher.onDidDelete(lockChanged));
  }

  /** Replaces the results of the servers this run covered; the others keep theirs. */
  applyRun(run: ScanJson, at: string): void {
    for (const server of run.servers) this.scanned.set(recordKey(path.resolve(server.file), server.name, server.scope), { server, source: 'scan', at });
    this.lockInputs = undefined;
    this.update(this.store.paths());
  }

  clear(): void {
    this.scanned.clear();
    this.update(this.store.paths());
  }

  /** The record shown for an entry: its scan, else drift read from the lock. */
  recordFor(server: CheckedServer): ScanRecord | undefined {
    const key = keyOf(server.entry);
    return this.scanned.get(key) ?? this.fromLock.get(key);
  }

  stateOf(server: CheckedServer): ScanState {
    return scanState(this.recordFor(server));
  }

  hoverFor(server: CheckedServer): string | undefined {
    const record = this.recordFor(server);
    return record && scanHoverMarkdown(record, { rule: (id) => this.ruleUri(id).toString() });
  }

  /** Re-anchors results on the current entries, drops stale ones, republishes diagnostics. */
  private update(paths: readonly string[]): void {
    // A full refresh announces every file: the moment to notice a lock or listing written by the CLI.
    if (paths.length >= this.store.paths().length) this.lockInputs = undefined;
    this.fromLock = this.lockRecords();
    const live = new Set<string>();
    for (const checked of this.store.all()) {
      for (const server of checked.servers) {
        const key = keyOf(server.entry);
        const record = this.scanned.get(key);
        if (record && !stillApplies(record, server)) this.scanned.delete(key);
        else if (record) live.add(key);
      }
    }
    for (const key of [...this.scanned.keys()]) if (!live.has(key) && this.store.get(key.split('\u0000')[0]!)) this.scanned.delete(key);
    const files = new Set([...paths, ...[...this.scanned.values(), ...this.fromLock.values()].map((record) => path.resolve(record.server.file))]);
    for (const file of files) this.publish(file);
    this.changed.fire();
  }

  private publish(file: string): void {
    const diagnostics = (this.store.get(file)?.servers ?? []).flatMap((server) => {
      const record = this.recordFor(server);
      return record ? recordFindings(server.entry, record).map((finding) => toDiagnostic(finding, this.ruleUri)) : [];
    });
    const uri = vscode.Uri.file(file);
    if (diagnostics.length) this.collection.set(uri, diagnostics);
    else this.collection.delete(uri);
  }

  /** Drift without connecting: each workspace folder's mcp-lock.json against the listings the scanner last recorded. */
  private lockRecords(): Map<string, ScanRecord> {
    const records = new Map<string, ScanRecord>();
    this.lockInputs ??= this.readLockInputs();
    const { locks, observations } = this.lockInputs;
    if (!locks.length) return records;
    for (const checked of this.store.all()) {
      const lock = (locks.find(({ folder }) => isInside(checked.file.path, folder)) ?? locks[0])!.lock;
      for (const server of checked.servers) {
        const identity = identityKey(server.verdict.identity);
        const status = lockStatus(lock, observations, identity);
        if (status.status !== 'drifted') continue;
        const { entry } = server;
        records.set(keyOf(entry), { source: 'lock', at: status.observedAt, server: { name: entry.name, file: entry.file, client: entry.client, scope: entry.scope, identity, state: 'scanned', verdict: 'clean', drift: status.drift, tools: [] } });
      }
    }
    return records;
  }

  private readLockInputs(): { locks: Array<{ folder: string; lock: Lockfile }>; observations: Observations } {
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file').map((folder) => folder.uri.fsPath);
    const locks = folders.map((folder) => ({ folder, lock: readLock(path.join(folder, LOCKFILE_NAME)) })).filter((found): found is { folder: string; lock: Lockfile } => found.lock !== undefined);
    return { locks, observations: locks.length ? readObservations(observationsPath(stateLocation(this.home(), process.env))) : { version: 1, servers: {} } };
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.collection.dispose();
    this.changed.dispose();
  }
}

function keyOf(entry: ServerEntry): string {
  return recordKey(path.resolve(entry.file), entry.name, entry.scope);
}

/** A lockfile that cannot be read or parsed shows nothing here; `mcp-warden lock --check` reports it. */
function readLock(file: string): Lockfile | undefined {
  try {
    return parseLockfile(fs.readFileSync(file, 'utf8'), file);
  } catch {
    return undefined;
  }
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
