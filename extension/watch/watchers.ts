// File watchers for every config and policy location, open or not, in the workspace and outside
// it (home-level files). Outside the workspace each watch is non-recursive: one folder, named files.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { workspacePolicyPath } from '../../core/policy/locations';
import { projectConfigGlob } from '../engine/locate';
import { isInside, type CheckScope } from '../engine/scopes';

export interface WatchTargets {
  configFiles: readonly string[];
  policyFiles: readonly string[];
  scopes: readonly CheckScope[];
}

interface WatchSpec {
  base: string;
  pattern: string;
  /** Folder creations and deletions anywhere below base, rather than changes of named files. */
  tree?: boolean;
}

export type TreeChange = 'created' | 'deleted';

export class FileWatchers implements vscode.Disposable {
  private watchers: vscode.Disposable[] = [];
  private current = '';

  constructor(
    private readonly onChange: (file: string) => void,
    private readonly onTreeChange: (path: string, change: TreeChange) => void,
  ) {}

  /** Re-creates the watchers only when what must be watched has changed. */
  update(targets: WatchTargets, log: vscode.LogOutputChannel): void {
    const specs = watchSpecs(targets);
    const key = JSON.stringify(specs);
    if (key === this.current) return;
    log.debug(`watching ${specs.map((spec) => path.join(spec.base, spec.pattern)).join(', ')}`);
    this.current = key;
    this.disposeWatchers();
    this.watchers = specs.map((spec) => this.watch(spec));
  }

  private watch(spec: WatchSpec): vscode.Disposable {
    if (spec.tree) return this.watchTree(spec);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(spec.base), spec.pattern));
    const fire = (uri: vscode.Uri) => this.onChange(path.resolve(uri.fsPath));
    return vscode.Disposable.from(watcher, watcher.onDidCreate(fire), watcher.onDidChange(fire), watcher.onDidDelete(fire));
  }

  /**
   * A folder created with files already in it reports only the folder (inotify cannot see inside
   * it yet), and a deleted folder only itself; both would hide a config file from the named-file watch.
   */
  private watchTree(spec: WatchSpec): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(spec.base), spec.pattern), false, true, false);
    return vscode.Disposable.from(
      watcher,
      watcher.onDidCreate((uri) => this.onTreeChange(path.resolve(uri.fsPath), 'created')),
      watcher.onDidDelete((uri) => this.onTreeChange(path.resolve(uri.fsPath), 'deleted')),
    );
  }

  private disposeWatchers(): void {
    for (const watcher of this.watchers) watcher.dispose();
    this.watchers = [];
  }

  dispose(): void {
    this.disposeWatchers();
  }
}

export function watchSpecs({ configFiles, policyFiles, scopes }: WatchTargets): WatchSpec[] {
  const projects = scopes.flatMap((scope) => (scope.project ? [scope.project] : []));
  const specs: WatchSpec[] = [];
  for (const scope of scopes) {
    const glob = projectConfigGlob(scope);
    const policy = workspacePolicyPath(scope.env);
    if (scope.project && glob) specs.push({ base: scope.project, pattern: glob }, { base: scope.project, pattern: '**/*', tree: true });
    if (scope.project && policy) specs.push({ base: scope.project, pattern: path.relative(scope.project, policy).split(path.sep).join('/') });
  }
  const outside = [...configFiles, ...policyFiles].filter((file) => !projects.some((project) => isInside(file, project)));
  const byFolder = new Map<string, Set<string>>();
  for (const file of outside) {
    const { base, name } = nearestExisting(file);
    byFolder.set(base, (byFolder.get(base) ?? new Set()).add(name));
  }
  for (const [base, names] of [...byFolder].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...names].sort();
    specs.push({ base, pattern: sorted.length === 1 ? sorted[0]! : `{${sorted.join(',')}}` });
  }
  return specs;
}

/** The file's folder if it exists, else its nearest existing ancestor and the missing child to wait for. */
function nearestExisting(file: string): { base: string; name: string } {
  let name = path.basename(file);
  let base = path.dirname(file);
  while (!isDirectory(base)) {
    const parent = path.dirname(base);
    if (parent === base) break;
    name = path.basename(base);
    base = parent;
  }
  return { base, name };
}

function isDirectory(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
