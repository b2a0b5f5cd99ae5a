// URL identity: what makes two server URLs the same server (scheme, host case, default port, trailing slash).

export interface NormalisedUrl {
  url: string;
  scheme: string;
  host: string;
  port?: number;
  path: string;
  hasUserinfo: boolean;
}

const DEFAULT_PORTS: Record<string, number> = { 'http:': 80, 'https:': 443, 'ws:': 80, 'wss:': 443 };

export function normaliseUrl(raw: string): NormalisedUrl | undefined {
  let parsed: URL;
  try {
    parsed = new URL(raw.trim());
  } catch {
    return undefined;
  }
  const scheme = parsed.protocol.toLowerCase();
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  const port = parsed.port && Number(parsed.port) !== DEFAULT_PORTS[scheme] ? Number(parsed.port) : undefined;
  const path = parsed.pathname.length > 1 ? parsed.pathname.replace(/\/+$/, '') : '';
  const authority = port ? `${host}:${port}` : host;
  const url = `${scheme}//${authority}${path}${parsed.search}`;
  return { url, scheme: scheme.replace(/:$/, ''), host, ...(port ? { port } : {}), path, hasUserinfo: Boolean(parsed.username || parsed.password) };
}

export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '');
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/**
 * Claude Code's `serverUrl` semantics: `*` matches any run of characters anywhere, host is
 * case-insensitive, a pattern with no path matches any path. No regular expressions, so a
 * pattern from a policy file can never be super-linear.
 */
export function urlMatchesPattern(url: Pick<NormalisedUrl, 'url' | 'scheme' | 'host' | 'port'>, pattern: string): boolean {
  const patternHasPath = /^[a-z*]+:\/\/[^/]*\/./i.test(pattern);
  const normalisedPattern = normalisePattern(pattern, patternHasPath);
  if (!patternHasPath) return wildcardMatch(`${url.scheme}://${url.port ? `${url.host}:${url.port}` : url.host}`, normalisedPattern);
  // A trailing slash is not part of the identity, so ".../mcp/*" must accept ".../mcp/" written as ".../mcp".
  const query = url.url.indexOf('?');
  const withSlash = query === -1 ? `${url.url}/` : `${url.url.slice(0, query)}/${url.url.slice(query)}`;
  return wildcardMatch(url.url, normalisedPattern) || wildcardMatch(withSlash, normalisedPattern);
}

function normalisePattern(pattern: string, hasPath: boolean): string {
  const schemeEnd = pattern.indexOf('://');
  if (schemeEnd === -1) return pattern;
  const afterScheme = schemeEnd + 3;
  const pathStart = pattern.indexOf('/', afterScheme);
  const scheme = pattern.slice(0, schemeEnd).toLowerCase();
  const defaultPort = DEFAULT_PORTS[`${scheme}:`];
  const rawAuthority = pattern.slice(afterScheme, pathStart === -1 ? undefined : pathStart).toLowerCase().replace(/\.$/, '');
  const authority = defaultPort !== undefined && rawAuthority.endsWith(`:${defaultPort}`) ? rawAuthority.slice(0, -`:${defaultPort}`.length) : rawAuthority;
  const path = pathStart === -1 ? '' : pattern.slice(pathStart);
  const trimmedPath = hasPath && path.length > 1 && !path.endsWith('*') ? path.replace(/\/+$/, '') : path;
  return `${scheme}://${authority}${hasPath ? trimmedPath : ''}`;
}

/** Glob with `*` only, greedy with backtracking to the last star: O(n·m) worst case, no regex. */
export function wildcardMatch(text: string, pattern: string): boolean {
  let ti = 0;
  let pi = 0;
  let star = -1;
  let mark = 0;
  while (ti < text.length) {
    if (pi < pattern.length && pattern[pi] === text[ti]) {
      ti++;
      pi++;
    } else if (pi < pattern.length && pattern[pi] === '*') {
      star = pi++;
      mark = ti;
    } else if (star !== -1) {
      pi = star + 1;
      ti = ++mark;
    } else {
      return false;
    }
  }
  while (pi < pattern.length && pattern[pi] === '*') pi++;
  return pi === pattern.length;
}
