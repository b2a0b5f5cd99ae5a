// What the extension currently knows: every checked config file with its servers, verdicts and
// findings, plus the policy's own problems. Providers read it; the engine writes it.
import * as vscode from 'vscode';
import type { CheckedServer } from '../../core/check';
import type { ConfigFile, Finding, ServerEntry } from '../../core/model';
import type { ServerRef } from './serverRef';

export interface CheckedFile {
  file: ConfigFile;
  servers: CheckedServer[];
  findings: Finding[];
  /** The editor buffer's version the check ran on; undefined when it ran on the file on disk. */
  version?: number;
}

export class WardenStore implements vscode.Disposable {
  private readonly files = new Map<string, CheckedFile>();
  private policyProblems = new Map<string, Finding[]>();
  private policyNotice: string | undefined;
  private readonly changed = new vscode.EventEmitter<readonly string[]>();
  /** Fires with the paths whose results changed (config files and policy files). */
  readonly onDidChange = this.changed.event;

  get(path: string): CheckedFile | undefined {
    return this.files.get(path);
  }

  all(): CheckedFile[] {
    return [...this.files.values()];
  }

  paths(): string[] {
    return [...this.files.keys()];
  }

  set(path: string, checked: CheckedFile): void {
    this.files.set(path, checked);
    this.changed.fire([path]);
  }

  delete(path: string): void {
    if (this.files.delete(path)) this.changed.fire([path]);
  }

  /** Replaces everything at once (a full refresh), announcing old and new paths alike. */
  replaceAll(files: Map<string, CheckedFile>, policyProblems: Map<string, Finding[]>, policyNotice: string | undefined): void {
    const touched = new Set([...this.files.keys(), ...files.keys(), ...this.policyProblems.keys(), ...policyProblems.keys()]);
    this.files.clear();
    for (const [path, checked] of files) this.files.set(path, checked);
    this.policyProblems = policyProblems;
    this.policyNotice = policyNotice;
    this.changed.fire([...touched]);
  }

  /** Problems of policy files, by policy file path. */
  policyFindings(): ReadonlyMap<string, Finding[]> {
    return this.policyProblems;
  }

  /** Why no policy applies (no file anywhere), when that is the case; shown in the status bar. */
  missingPolicy(): string | undefined {
    return this.policyNotice;
  }

  /** The server a command, lens or tree item points at. */
  server(ref: ServerRef): CheckedServer | undefined {
    const servers = this.files.get(ref.file)?.servers ?? [];
    return servers.find(({ entry }) => entry.name === ref.name && entry.nameRange.offset === ref.offset) ?? servers.find(({ entry }) => entry.name === ref.name);
  }

  /** Findings that belong to one server entry (by name, inside its key or value). */
  findingsOf(server: CheckedServer): Finding[] {
    return (this.files.get(server.entry.file)?.findings ?? []).filter((f) => ownsFinding(server.entry, f));
  }

  /** The server whose key holds `offset` (hover shows on keys only, not on every value). */
  serverOnKey(path: string, offset: number): CheckedServer | undefined {
    return this.files.get(path)?.servers.find(({ entry }) => within(offset, entry.nameRange));
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Does this finding belong to this entry (same name, inside its key or value)? Same-named entries of ~/.claude.json differ by range. */
export function ownsFinding(entry: ServerEntry, finding: Finding): boolean {
  return finding.server === entry.name && (within(finding.range.offset, entry.nameRange) || within(finding.range.offset, entry.range));
}

function within(offset: number, range: { offset: number; length: number }): boolean {
  return offset >= range.offset && offset <= range.offset + range.length;
}
