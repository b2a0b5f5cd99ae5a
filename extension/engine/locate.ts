// Which files are MCP configs: every candidate of every client for each scope, plus project
// files nested deeper in the workspace (monorepos), classified as if their folder were the project.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { candidateFiles, classifyPath } from '../../core/discovery';
import type { CandidateFile } from '../../core/model';
import { isInside, scopeFor, type CheckScope } from './scopes';

const NESTED_SEARCH_LIMIT = 500;

/** Candidates by resolved path; home-level ones only when `includeHome`. */
export function scopeCandidates(scopes: readonly CheckScope[], includeHome: boolean): Map<string, CandidateFile> {
  const found = new Map<string, CandidateFile>();
  for (const scope of scopes) {
    for (const candidate of candidateFiles(scope.env)) {
      const resolved = path.resolve(candidate.path);
      const inProject = scope.project !== undefined && isInside(resolved, scope.project);
      if ((includeHome || inProject) && !found.has(resolved)) found.set(resolved, candidate);
    }
  }
  return found;
}

/** Project-relative config paths (".mcp.json", ".cursor/mcp.json", …) as one workspace glob. */
export function projectConfigGlob(scope: CheckScope): string | undefined {
  if (!scope.project) return undefined;
  const relative = new Set(
    candidateFiles(scope.env)
      .map((candidate) => path.resolve(candidate.path))
      .filter((resolved) => isInside(resolved, scope.project!))
      .map((resolved) => path.relative(scope.project!, resolved).split(path.sep).join('/')),
  );
  return relative.size ? `**/{${[...relative].sort().join(',')}}` : undefined;
}

/** Config files below the workspace folders that are not at a folder's root. */
export async function nestedProjectFiles(scopes: readonly CheckScope[], known: ReadonlyMap<string, CandidateFile>): Promise<Map<string, CandidateFile>> {
  const found = new Map<string, CandidateFile>();
  for (const scope of scopes) {
    const glob = projectConfigGlob(scope);
    if (!glob || !scope.project) continue;
    const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(scope.project, glob), '**/node_modules/**', NESTED_SEARCH_LIMIT);
    for (const uri of uris) {
      const resolved = path.resolve(uri.fsPath);
      if (known.has(resolved) || found.has(resolved)) continue;
      const candidate = classifyNested(resolved, scopes);
      if (candidate) found.set(resolved, candidate);
    }
  }
  return found;
}

/** A file the scopes do not list: try its own folder and the two above it as the project. */
export function classifyNested(filePath: string, scopes: readonly CheckScope[]): CandidateFile | undefined {
  const base = scopeFor(scopes, filePath).env;
  let dir = path.dirname(filePath);
  for (let depth = 0; depth < 3; depth++) {
    const candidate = classifyPath(filePath, { ...base, project: dir });
    if (candidate) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}
