// Splits package and image specs into name and version, and decides whether a version is a pin.

export interface PackageSpec {
  name: string;
  version?: string;
  pinned: boolean;
}

const EXACT_SEMVER = /^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const EXACT_PEP440 = /^\d+(?:\.\d+)*(?:(?:a|b|rc)\d+)?(?:\.post\d+)?(?:\.dev\d+)?$/;

export function parseNpmSpec(spec: string): PackageSpec {
  const at = spec.indexOf('@', spec.startsWith('@') ? 1 : 0);
  if (at === -1) return { name: spec.toLowerCase(), pinned: false };
  const written = spec.slice(at + 1);
  const pinned = EXACT_SEMVER.test(written);
  // npm reads v1.2.3 as 1.2.3; fold it so a pin compares equal however it is written.
  const version = pinned ? written.replace(/^v(?=\d)/, '') : written;
  return { name: spec.slice(0, at).toLowerCase(), version, pinned };
}

export function parsePypiSpec(spec: string): PackageSpec {
  const exact = /^([A-Za-z0-9._-]+)(?:\[[^\]]*\])?\s*(==|@)\s*([^\s,;]+)$/.exec(spec);
  if (exact) return { name: normalisePypiName(exact[1]!), version: exact[3]!, pinned: EXACT_PEP440.test(exact[3]!) };
  const name = /^[A-Za-z0-9._-]+/.exec(spec)?.[0] ?? spec;
  const version = spec.slice(name.length).replace(/^\[[^\]]*\]/, '').trim();
  return { name: normalisePypiName(name), ...(version ? { version } : {}), pinned: false };
}

/** PEP 503: names compare case-insensitively with runs of -, _ and . folded. */
function normalisePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

export interface ImageSpec {
  name: string;
  tag?: string;
  digest?: string;
  pinned: boolean;
}

export function parseImageSpec(spec: string): ImageSpec {
  const [withTag, digest] = spec.split('@', 2) as [string, string | undefined];
  const slash = withTag.lastIndexOf('/');
  const colon = withTag.lastIndexOf(':');
  const hasTag = colon > slash;
  const name = normaliseImageName(hasTag ? withTag.slice(0, colon) : withTag);
  const tag = hasTag ? withTag.slice(colon + 1) : undefined;
  const validDigest = digest && /^sha256:[0-9a-f]{64}$/i.test(digest) ? digest.toLowerCase() : undefined;
  return { name, ...(tag ? { tag } : {}), ...(digest ? { digest: validDigest ?? digest } : {}), pinned: Boolean(validDigest) };
}

/** docker.io/library/x ≡ x; registry host names are case-insensitive, repository paths are lower-case by rule. */
function normaliseImageName(name: string): string {
  let n = name.toLowerCase();
  if (n.startsWith('docker.io/')) n = n.slice('docker.io/'.length);
  if (n.startsWith('index.docker.io/')) n = n.slice('index.docker.io/'.length);
  if (n.startsWith('library/')) n = n.slice('library/'.length);
  return n;
}
