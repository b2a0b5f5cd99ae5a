// `policy lint`: schema problems plus what a reviewer would catch — undocumented scope, stale
// or future review dates, approvals that overlap, denials that make an approval unreachable.
import { findNodeAtLocation, type Node } from 'jsonc-parser';
import type { ApprovedServer, Policy, ServerMatch } from '../../policy-schema/schema';
import { innerRange } from '../clients/json-source';
import { RULES, type RuleInfo } from '../findings/rules';
import { isRunnerLaunch } from '../identity/package-runners';
import { broadenDenial, normaliseVersion } from './match';
import { urlMatchesPattern, normaliseUrl, wildcardMatch } from '../identity/url';
import { parseImageSpec, parseNpmSpec, parsePypiSpec } from '../identity/versions';
import { LineIndex } from '../text/line-index';
import { namesOf } from './names';
import { parsePolicyText, parseRestrictionLayer, type PolicyProblem } from './parse';

export interface LintProblem extends PolicyProblem {
  severity: 'error' | 'warning';
}

/** `role: 'restriction'` lints a user or workspace layer, which needs no version and only tightens approvals. */
export function lintPolicy(text: string, file: string, today = new Date(), role: 'base' | 'restriction' = 'base'): LintProblem[] {
  if (role === 'restriction') return parseRestrictionLayer(text, file).problems.map((p) => ({ ...p, severity: 'error' as const }));
  const parsed = parsePolicyText(text, file);
  const schemaProblems = parsed.problems.map((p) => ({ ...p, severity: 'error' as const }));
  if (!parsed.policy || !parsed.root) return schemaProblems;
  const index = new LineIndex(parsed.text);
  const at = (path: (string | number)[], info: RuleInfo, message: string): LintProblem => {
    const node = findNodeAtLocation(parsed.root as Node, path) ?? (parsed.root as Node);
    return { ruleId: info.id, severity: info.severity === 'error' ? 'error' : 'warning', file, message, range: innerRange(node, index) };
  };
  return [...schemaProblems, ...semanticProblems(parsed.policy, today, at)];
}

type At = (path: (string | number)[], info: RuleInfo, message: string) => LintProblem;

function semanticProblems(policy: Policy, today: Date, at: At): LintProblem[] {
  const problems: LintProblem[] = [];
  const maxAge = policy.review?.maxAgeDays ?? 365;
  policy.servers.forEach((server, i) => {
    if (!server.scope) problems.push(at(['servers', i, 'id'], RULES.policyNoScope, `"${server.id}" has no documented scope: add scope.credential, scopes, maxLifetime and revocation so developers can see what it may do`));
    problems.push(...reviewProblems(server, i, today, maxAge, at));
    if (('package' in server.match && !server.match.version) || ('image' in server.match && !server.match.digest)) {
      problems.push(at(['servers', i, 'match'], RULES.policyUnpinnedApproval, `"${server.id}" approves every version: pin ${'package' in server.match ? 'a version' : 'a digest'} so an update cannot change what runs`));
    }
    if ('command' in server.match && mayApproveRunner(server.match.command, server.match.args ?? [])) {
      problems.push(at(['servers', i, 'match', 'command'], RULES.policyUnpinnedApproval, `"${server.id}" approves the runner "${server.match.command}", which never matches a package launch: use a "package" (or "image") match with a version`));
    }
    for (const tool of server.tools?.allow ?? []) {
      if (server.tools?.deny?.some((d) => wildcardMatch(tool, d))) problems.push(at(['servers', i, 'tools', 'allow'], RULES.policyDenyShadowsAllow, `"${server.id}" allows tool "${tool}" but also denies it; deny wins`));
    }
  });
  problems.push(...overlapProblems(policy.servers, at));
  policy.denied.forEach((denied, d) => {
    policy.servers.forEach((server, s) => {
      if (denied.match && matchesOverlap(broadenDenial(denied.match), server.match)) {
        problems.push(at(['denied', d], RULES.policyDenyShadowsAllow, `this denial also matches approved server "${server.id}" (servers[${s}]), which can therefore never be used`));
      } else if (denied.name !== undefined && namesOf(server).includes(denied.name.toLowerCase())) {
        problems.push(at(['denied', d], RULES.policyDenyShadowsAllow, `this denial by name blocks approved server "${server.id}" (servers[${s}]) wherever a config calls it "${denied.name}"`));
      }
    });
  });
  return problems;
}

function reviewProblems(server: ApprovedServer, i: number, today: Date, maxAgeDays: number, at: At): LintProblem[] {
  if (!server.reviewed) return [];
  const reviewed = Date.parse(`${server.reviewed}T00:00:00Z`);
  if (Number.isNaN(reviewed)) return [];
  const ageDays = Math.floor((today.getTime() - reviewed) / 86_400_000);
  if (ageDays < 0) return [at(['servers', i, 'reviewed'], RULES.policyReviewFuture, `"${server.id}" says it was reviewed on ${server.reviewed}, which is in the future`)];
  if (ageDays > maxAgeDays) return [at(['servers', i, 'reviewed'], RULES.policyReviewStale, `"${server.id}" was last reviewed ${ageDays} days ago (the policy allows ${maxAgeDays}): review it again`)];
  return [];
}

function overlapProblems(servers: ApprovedServer[], at: At): LintProblem[] {
  const problems: LintProblem[] = [];
  for (let a = 0; a < servers.length; a++) {
    for (let b = a + 1; b < servers.length; b++) {
      if (servers[a]!.id === servers[b]!.id) problems.push(at(['servers', b, 'id'], RULES.policyOverlap, `id "${servers[b]!.id}" is used twice; ids must be unique`));
      else if (matchesOverlap(servers[a]!.match, servers[b]!.match)) problems.push(at(['servers', b, 'match'], RULES.policyOverlap, `"${servers[b]!.id}" matches the same servers as "${servers[a]!.id}"; a server would be approved under whichever comes first`));
    }
  }
  return problems;
}

/** Conservative: true when some launch could plausibly satisfy both matches. */
function matchesOverlap(a: ServerMatch, b: ServerMatch): boolean {
  if ('url' in a && 'url' in b) return a.url === b.url || urlPatternCovers(a.url, b.url) || urlPatternCovers(b.url, a.url);
  if ('package' in a && 'package' in b) return a.ecosystem === b.ecosystem && packageName(a.package, a.ecosystem) === packageName(b.package, b.ecosystem) && (!a.version || !b.version || normaliseVersion(a.version, a.ecosystem) === normaliseVersion(b.version, b.ecosystem)) && argsOverlap(a.args, b.args) && argsOverlap(a.runnerArgs ?? [], b.runnerArgs ?? []);
  if ('image' in a && 'image' in b) return parseImageSpec(a.image).name === parseImageSpec(b.image).name && (!a.digest || !b.digest || a.digest === b.digest) && argsOverlap(a.args, b.args) && argsOverlap(a.runnerArgs ?? [], b.runnerArgs ?? []);
  if ('command' in a && 'command' in b) return a.command === b.command && argsOverlap(a.args ?? [], b.args ?? []);
  return false;
}


function packageName(name: string, ecosystem: 'npm' | 'pypi'): string {
  return ecosystem === 'npm' ? parseNpmSpec(name).name : parsePypiSpec(name).name;
}

// Overlap checks compare every pair of approvals; parsing each URL once keeps a 200-server lint cheap.
const literalUrls = new Map<string, ReturnType<typeof normaliseUrl>>();

function urlPatternCovers(pattern: string, other: string): boolean {
  if (!literalUrls.has(other)) {
    if (literalUrls.size > 10_000) literalUrls.clear();
    literalUrls.set(other, normaliseUrl(other.replace(/\*/g, 'x')));
  }
  const literal = literalUrls.get(other);
  return literal ? urlMatchesPattern(literal, pattern) : false;
}

function argsOverlap(a: string[] | undefined, b: string[] | undefined): boolean {
  if (!a || !b) return true;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    if (a[i] === '**' || b[i] === '**') return true;
    if (a[i] === undefined || b[i] === undefined) return false;
    if (a[i] !== '*' && b[i] !== '*' && a[i] !== b[i]) return false;
  }
  return true;
}

/** A command approval whose arguments are literal runner words, or globs that could stand for them. */
function mayApproveRunner(command: string, args: string[]): boolean {
  if (isRunnerLaunch(command, args)) return true;
  const glob = args[0] === '*' || args[0] === '**';
  return glob && ['exec', 'x', 'dlx', 'run', 'tool'].some((word) => isRunnerLaunch(command, [word, 'run', ...args.slice(1)]));
}
