// Reads one policy file's text: JSONC syntax, then the zod schema, with every problem located.
import { findNodeAtLocation, type Node } from 'jsonc-parser';
import type { SourceRange } from '../model';
import { innerRange, JSONC, parseJsonDocument } from '../clients/json-source';
import type { core } from 'zod';
import { policySchema, restrictionLayerSchema, type Policy, type RestrictionLayer } from '../../policy-schema/schema';
import { stripBom } from '../text/line-index';

export interface PolicyProblem {
  message: string;
  file?: string;
  range?: SourceRange;
  /** Stable id of the problem kind, used as the finding's rule id. */
  ruleId: string;
}

export interface ParsedPolicy<T = Policy> {
  policy?: T;
  /** The JSON value as written (before defaults), so layering can tell "set" from "defaulted". */
  raw?: unknown;
  root?: Node;
  text: string;
  problems: PolicyProblem[];
}

export function parsePolicyText(rawText: string, file: string): ParsedPolicy {
  return parseWith(rawText, file, policySchema);
}

export function parseRestrictionLayer(rawText: string, file: string): ParsedPolicy<RestrictionLayer> {
  return parseWith(rawText, file, restrictionLayerSchema);
}

function parseWith<T>(rawText: string, file: string, schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: core.$ZodIssue[] } } }): ParsedPolicy<T> {
  const text = stripBom(rawText);
  const doc = parseJsonDocument(text, JSONC);
  const syntax = doc.errors.map((error) => ({ ...error, file, ruleId: 'policy-invalid', message: `policy syntax: ${error.message}` }));
  if (!doc.root || syntax.length) return { text, problems: syntax.length ? syntax : [{ message: 'the policy file is empty', file, ruleId: 'policy-invalid' }], ...(doc.root ? { root: doc.root } : {}) };
  const raw = JSON.parse(JSON.stringify(nodeToValue(doc.root)));
  const result = schema.safeParse(raw);
  if (result.success) return { policy: result.data, raw, root: doc.root, text, problems: [] };
  const problems = result.error.issues.map((issue) => {
    const path = issue.path as (string | number)[];
    const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    const node = unknownKey !== undefined ? keyNode(doc.root!, path, unknownKey) : nearestNode(doc.root!, path);
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    return { message: `policy schema: ${where}${describeIssue(issue)}`, file, range: innerRange(node, doc.index), ruleId: 'policy-invalid' };
  });
  return { raw, root: doc.root, text, problems };
}

/** jsonc-parser's getNodeValue, kept local so comments never leak into values. */
function nodeToValue(node: Node): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries((node.children ?? []).map((p) => [p.children![0]!.value as string, p.children![1] ? nodeToValue(p.children![1]) : null]));
    case 'array':
      return (node.children ?? []).map(nodeToValue);
    default:
      return node.value;
  }
}

function nearestNode(root: Node, path: (string | number)[]): Node {
  for (let length = path.length; length >= 0; length--) {
    const node = findNodeAtLocation(root, path.slice(0, length));
    if (node) return node;
  }
  return root;
}

function keyNode(root: Node, path: (string | number)[], key: string): Node {
  const object = findNodeAtLocation(root, path);
  const property = object?.children?.find((p) => p.children?.[0]?.value === key);
  return property?.children?.[0] ?? object ?? root;
}

/** zod's "Invalid input" for a union says nothing; name the shapes and the closest branch's complaint. */
function describeIssue(issue: core.$ZodIssue): string {
  if (issue.code !== 'invalid_union' || !issue.errors.length) return issue.message;
  const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0]![0];
  const detail = closest ? `; closest: ${closest.path.length ? `${closest.path.join('.')}: ` : ''}${closest.message}` : '';
  return `expected one of { url } / { package, ecosystem?, version?, integrity?, args?, runnerArgs? } / { image, digest?, args?, runnerArgs? } / { command, args? }${detail}`;
}
