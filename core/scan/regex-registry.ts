// Every regular expression the scanner runs on untrusted text is registered here, so a test can check
// that each one has bounded repetition only (no `*`, `+` or `{n,}`): none can go super-linear.
export const REGISTERED_PATTERNS: RegExp[] = [];

export function register(pattern: RegExp): RegExp {
  REGISTERED_PATTERNS.push(pattern);
  return pattern;
}
