// Reads one policy file's text: JSONC syntax, then the zod schema, with every problem located.
import { findNodeAtLocation, type Node } from 'jsonc-parser';
import type { SourceRange } from '../model';
import { innerRange, JSONC, parseJsonDocument } from '../clients/json-source';
import { policySchema, type Policy } from '../../policy-schema/schema';
import { stripBom } from '../text/line-index';

export interface PolicyProblem {
  message: string;
  file?: string;
  range?: SourceRange;
  /** Stable id of the problem kind, used as the finding's rule id. */
  ruleId: string;
}

export interface ParsedPolicy {
  policy?: Policy;
  /** The JSON value as written (before defaults), so layering can tell "set" from "defaulted". */
  raw?: unknown;
  root?: Node;
  text: string;
  problems: PolicyProblem[];
}

export function parsePolicyText(rawText: string, file: string): ParsedPolicy {
  const text = stripBom(rawText);
  const doc = parseJsonDocument(text, JSONC);
  const syntax = doc.errors.map((error) => ({ ...error, file, ruleId: 'policy-invalid', message: `policy syntax: ${error.message}` }));
  if (!doc.root || syntax.length) return { text, problems: syntax.length ? syntax : [{ message: 'the policy file is empty', file, ruleId: 'policy-invalid' }], ...(doc.root ? { root: doc.root } : {}) };
  const raw = JSON.parse(JSON.stringify(nodeToValue(doc.root)));
  const result = policySchema.safeParse(raw);
  if (result.success) return { policy: result.data, raw, root: doc.root, text, problems: [] };
  const problems = result.error.issues.map((issue) => {
    const path = issue.path as (string | number)[];
    const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    const node = unknownKey !== undefined ? keyNode(doc.root!, path, unknownKey) : nearestNode(doc.root!, path);
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    return { message: `policy schema: ${where}${issue.message}`, file, range: innerRange(node, doc.index), ruleId: 'policy-invalid' };
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
