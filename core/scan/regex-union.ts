// Rewrites of big alternations that only answer yes or no (pattern unions, gates): grouped by word boundary
// and by first character, so the engine picks a group by one character instead of trying every branch.
// Each rewrite matches the same language as the plain alternation.
import { register } from './regex-registry';

/**
 * The union as one alternation, with every top-level alternative that starts at a word boundary gathered
 * under a single `\b(?:…|…)`: the engine then tests the boundary once per position instead of once per
 * alternative (most positions are inside words). Alternatives that start with the same literal character
 * are gathered under it too ("c(?:url…|at…)"), so at each position the engine picks a group by one
 * character instead of trying every alternative. Same language, so `test` answers exactly as the plain
 * union would. Sources with back-references keep the plain form (regrouping would renumber them).
 */
export function unionSource(sources: readonly string[], foldCase = true): string {
  if (sources.some((source) => /\\[1-9]|\\k</.test(source))) return sources.map((source) => `(?:${source})`).join('|');
  const atBoundary: string[] = [];
  const other: string[] = [];
  for (const source of sources) {
    for (const alternative of topLevelAlternatives(source)) {
      if (alternative.startsWith('\\b')) atBoundary.push(alternative.slice(2));
      else other.push(alternative);
    }
  }
  const grouped = byLeadingLiteral(other.flatMap(expandLeadingGroup), foldCase);
  if (atBoundary.length > 0) grouped.push(`\\b(?:${byLeadingLiteral(atBoundary.flatMap(expandLeadingGroup), foldCase).join('|')})`);
  return grouped.join('|');
}

/** The alternatives gathered by their first character when it is a literal (case-folded: unions are
 *  case-insensitive); the others as they are. Each result is one alternative, wrapped so it stays one. */
function byLeadingLiteral(alternatives: readonly string[], foldCase: boolean): string[] {
  const groups = new Map<string, string[]>();
  const loose: string[] = [];
  for (const alternative of alternatives) {
    const first = leadingLiteral(alternative);
    if (first === undefined) {
      loose.push(`(?:${alternative})`);
      continue;
    }
    const key = foldCase && first.length === 1 ? first.toLowerCase() : first;
    const tails = groups.get(key) ?? [];
    tails.push(alternative.slice(first.length));
    groups.set(key, tails);
  }
  return [...[...groups].map(([first, tails]) => `${first}(?:${tails.join('|')})`), ...loose];
}

/** Spreading copies what follows the group once per branch; past this many added characters the union
 *  grows toward the size V8 stops optimizing (see pattern-kit's MAX_UNION_SOURCE) and the group stays whole. */
const SPREAD_GROWTH_LIMIT = 2_000;

/** "(?:curl|wget)\\s…" as "curl\\s…" and "wget\\s…" when every branch starts with a literal, so each can join
 *  its first character's group; anything else (a quantified group, an anchor, a class, a long tail) is left whole. */
function expandLeadingGroup(alternative: string): string[] {
  if (!alternative.startsWith('(?:')) return [alternative];
  const close = closingParen(alternative);
  if (close < 0 || /[?*+{]/.test(alternative[close + 1] ?? '')) return [alternative];
  const rest = alternative.slice(close + 1);
  const branches = topLevelAlternatives(alternative.slice(3, close)).map((branch) => branch + rest);
  if (rest.length * (branches.length - 1) > SPREAD_GROWTH_LIMIT) return [alternative];
  return branches.every((branch) => leadingLiteral(branch) !== undefined) ? branches : [alternative];
}

/** Index of the parenthesis that closes the group opening at 0, or -1. */
function closingParen(source: string): number {
  let depth = 0;
  let close = -1;
  forEachRegexSyntaxChar(source, (ch, i) => {
    if (close >= 0) return;
    if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) close = i;
  });
  return close;
}

/** The alternative's first character when it is a plain literal not under a quantifier ("c" of "curl",
 *  "\\/" of "\\/dev"); undefined for a group, a class, an anchor or an escape like \\s or \\d. */
function leadingLiteral(alternative: string): string | undefined {
  const first = alternative.startsWith('\\') ? alternative.slice(0, 2) : alternative.slice(0, 1);
  if (first.length === 0 || (first.length === 2 ? /[A-Za-z0-9]/.test(first[1] as string) : /[()[\].^$|?*+{}\ud800-\udfff]/.test(first))) return undefined;
  return /[?*+{]/.test(alternative[first.length] ?? '') ? undefined : first;
}

/** The same test as `pattern.test`, regrouped like the unions: for big alternations that only answer yes or no. */
export function quickTest(pattern: RegExp): RegExp {
  const flags = pattern.flags.replace(/[gy]/g, '');
  return register(new RegExp(unionSource([pattern.source], flags.includes('i')), flags));
}

/** Visits each character of a regex source that is syntax: not escaped and not inside a character class. */
export function forEachRegexSyntaxChar(source: string, visit: (ch: string, index: number) => void): void {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else visit(ch, i);
  }
}

/** Splits a regex source at its top-level `|` (not inside a group or a character class). */
export function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let last = 0;
  forEachRegexSyntaxChar(source, (ch, i) => {
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(source.slice(last, i));
      last = i + 1;
    }
  });
  parts.push(source.slice(last));
  return parts;
}
