// The hook runs on every MCP tool call and cannot afford to load the schema validator each time.
// The validated effective policy is cached; before a cached copy is used it is re-derived here
// from the same layer texts without the validator (syntax, schema defaults, layering) and must
// be equal. A stale, foreign or forged cache entry therefore never changes a verdict: it is just
// not used. Any difference from the validating loader (load.ts) also only costs speed.
// The policy digest is the one thing taken from the cache unchecked (computing it needs the
// crypto module, which costs more start-up time than everything else here).
import type { Policy } from '../../policy-schema/schema';
import { layerPolicies, type EffectivePolicy, type LayerFile, type LayerParsers } from '../policy/layers';
import type { ParsedPolicy } from '../policy/parse';
import { sameJson } from '../json-equal';

/** The usable effective policy these layers make (its `hash` left empty), or undefined when only the validating loader can tell. */
export function deriveWithoutValidation(files: LayerFile[]): EffectivePolicy | undefined {
  if (files.some((f) => f.readError || (f.layer === 'explicit' && f.missing))) return undefined;
  const derived = layerPolicies(files, FAST_PARSERS, '');
  return derived.usable && derived.errors.length === 0 ? derived : undefined;
}

const FAST_PARSERS: LayerParsers = { base: parseWithoutValidation, restriction: parseWithoutValidation as LayerParsers['restriction'] };

function parseWithoutValidation(text: string, file: string): ParsedPolicy {
  const raw = parseJsonc(text);
  const policy = readLayer(raw);
  return policy ? { policy, raw, text, problems: [] } : { text, problems: [{ ruleId: 'policy-invalid', file, message: 'not readable without the validator' }] };
}

/** The schema's defaults, applied as the validator would apply them to a valid document. */
function readLayer(raw: unknown): Policy | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const value = raw as Record<string, unknown>;
  const servers = Array.isArray(value.servers) ? value.servers.map(withMatchDefaults) : [];
  const denied = Array.isArray(value.denied) ? value.denied.map(withMatchDefaults) : [];
  const review = value.review && typeof value.review === 'object' ? { maxAgeDays: 365, ...(value.review as object) } : undefined;
  return { ...value, mode: value.mode ?? 'enforce', servers, denied, ...(review ? { review } : {}) } as Policy;
}

function withMatchDefaults(item: unknown): unknown {
  if (!item || typeof item !== 'object') return item;
  const match = (item as { match?: unknown }).match;
  if (!match || typeof match !== 'object' || !('package' in match)) return item;
  return { ...item, match: { ecosystem: 'npm', ...match } };
}

function parseJsonc(text: string): unknown {
  const clean = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(clean);
  } catch {
    // Comments or trailing commas: strip them and try again.
  }
  try {
    return JSON.parse(jsoncToJson(clean));
  } catch {
    return undefined;
  }
}

/**
 * Blanks out comments and trailing commas so the native JSON parser (much faster than a JSONC
 * parser) can read the text. Anything it gets wrong only makes the cached policy unusable.
 */
export function jsoncToJson(text: string): string {
  const chars = text.split('');
  let lastSignificant = -1;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '"') {
      i = stringEnd(text, i);
      lastSignificant = i;
    } else if (ch === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      const end = text[i + 1] === '/' ? lineEnd(text, i) : blockEnd(text, i);
      for (let j = i; j < end; j++) if (chars[j] !== '\n') chars[j] = ' ';
      i = end - 1;
    } else if (ch === '}' || ch === ']') {
      if (lastSignificant >= 0 && chars[lastSignificant] === ',') chars[lastSignificant] = ' ';
      lastSignificant = i;
    } else if (ch > ' ') {
      lastSignificant = i;
    }
  }
  return chars.join('');
}

function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x5c) i += 1;
    else if (ch === 0x22) return i;
  }
  return text.length;
}

function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end === -1 ? text.length : end;
}

function blockEnd(text: string, start: number): number {
  const end = text.indexOf('*/', start + 2);
  return end === -1 ? text.length : end + 2;
}

/**
 * What the hook caches: the policy as derived here, serialised, once the validating loader has
 * confirmed it is the same policy; and that loader's digest. Serialising a derivation is
 * deterministic, so a later check is a string comparison.
 */
export interface CachedPolicy {
  hash: string;
  derived: string;
}

export function cacheablePolicy(files: LayerFile[], validated: EffectivePolicy): CachedPolicy | undefined {
  const derived = deriveWithoutValidation(files);
  if (!validated.usable || !derived || !sameJson({ ...derived, hash: validated.hash }, validated)) return undefined;
  return { hash: validated.hash, derived: JSON.stringify(derived) };
}

/** The cached policy, if it is exactly what these layer texts make. */
export function verifiedCache(files: LayerFile[], cached: CachedPolicy): EffectivePolicy | undefined {
  const derived = deriveWithoutValidation(files);
  return derived && JSON.stringify(derived) === cached.derived ? { ...derived, hash: cached.hash } : undefined;
}
