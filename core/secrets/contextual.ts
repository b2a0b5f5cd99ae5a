// Credentials recognised by what surrounds them: an auth scheme ("Bearer …", "Basic …") or
// a sensitive name it is assigned to ("AWS_SECRET_ACCESS_KEY=…", "password: …", "--token …").

import { judgeKeyedValue } from './keyed';
import type { Recogniser, Verdict } from './recogniser';
import { isPlausiblePassword, isReferenceOrPlaceholder, looksLikeSecretValue } from './values';

const SEPARATOR = String.raw`\\?["']?[ \t]{0,8}(?:=>|:=|[:=])[ \t]{0,8}`;
const SCHEME = String.raw`(?:(?:[Bb]earer|[Bb]asic|[Tt]oken|Bot)[ \t]{1,8})?`;
// A bare value stops at ':' and '=' so that "a=b=c=…" or "a:b:c:…" cannot make every
// key re-scan the rest of the line (that would be quadratic); such values are rare.
const BARE_VALUE_CHAR = String.raw`[^\s"'\x60\\,;&<>()\[\]{}:=]`;

function valueAlternatives(bareValue: string): string {
  return [
    String.raw`\\"${SCHEME}(?<secretEscaped>[^"\\\n]*)\\"`,
    String.raw`"${SCHEME}(?<secretDouble>(?:[^"\\\n]|\\.)*)"`,
    String.raw`'${SCHEME}(?<secretSingle>[^'\n]*)'`,
    `${SCHEME}(?<secretBare>${bareValue})`,
  ].join('|');
}

function judgeAssignment(secret: string, match: RegExpExecArray): Verdict | undefined {
  return judgeKeyedValue(match.groups?.key ?? '', secret);
}

export const AWS_SECRET_ACCESS_KEY: Recogniser = {
  kind: 'aws-secret-access-key',
  confidence: 'high',
  pattern: new RegExp(
    String.raw`(?<![A-Za-z0-9])(?:aws[_.-]?secret[_.-]?(?:access[_.-]?)?key|secret[_.-]?access[_.-]?key)${SEPARATOR}\\?["']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
    'gi',
  ),
  needles: ['secret'],
  needlesIgnoreCase: true,
};

export const BASIC_AUTH: Recogniser = {
  kind: 'basic-auth-credentials',
  confidence: 'high',
  pattern: /(?<![A-Za-z0-9_-])[Bb]asic[ \t]{1,8}(?<secret>[A-Za-z0-9+\/]{6,}={0,2})(?![A-Za-z0-9+\/=_-])/g,
  needles: ['asic'],
  judge: (secret) => (isBasicCredentials(secret) ? { kind: 'basic-auth-credentials', confidence: 'high' } : undefined),
};

function isBasicCredentials(encoded: string): boolean {
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon >= 0 && colon < decoded.length - 1 && !/[\x00-\x1f\x7f\ufffd]/.test(decoded) && !isReferenceOrPlaceholder(decoded.slice(colon + 1));
}

export const CURL_USER: Recogniser = {
  kind: 'basic-auth-credentials',
  confidence: 'high',
  // curl -u user:password; "-u 1000:1000" (docker's uid:gid) is too short to be a password.
  pattern: /(?<![A-Za-z0-9_-])(?:-u|--user)[ \t]{1,8}["']?[^\s:"']{1,64}:(?<secret>[^\s"']+)/g,
  needles: ['-u'],
  judge: (secret) => (isPlausiblePassword(secret) ? { kind: 'basic-auth-credentials', confidence: 'high' } : undefined),
};

export const HTTP_COOKIE: Recogniser = {
  kind: 'http-cookie',
  confidence: 'high',
  // The value stops at ':' so that "Cookie: Cookie: …" cannot make every header re-scan the line.
  pattern: /(?<![A-Za-z0-9_-])(?:[Ss]et-)?[Cc]ookie["']?[ \t]{0,8}:[ \t]{0,8}["']?(?<secret>[^\r\n"':<>\\]*[^\s"':<>\\])/g,
  needles: ['ookie'],
  judge: (secret) => (secret.includes('=') && !isReferenceOrPlaceholder(secret) ? { kind: 'http-cookie', confidence: 'high' } : undefined),
};

export const BEARER_TOKEN: Recogniser = {
  kind: 'bearer-token',
  confidence: 'high',
  pattern: /(?<![A-Za-z0-9_-])(?:[Bb]earer|BEARER)[ \t]{1,8}(?<secret>[A-Za-z0-9._~+\/-]+=*)(?![A-Za-z0-9._~+\/=-])/g,
  needles: ['earer', 'EARER'],
  judge: (secret) => (looksLikeSecretValue(secret) ? { kind: 'bearer-token', confidence: 'high' } : undefined),
};

export const SECRET_ASSIGNMENT: Recogniser = {
  kind: 'generic-secret-assignment',
  confidence: 'high',
  pattern: new RegExp(`(?<![A-Za-z0-9_.-])(?<key>[A-Za-z0-9_.-]{1,64})${SEPARATOR}(?:${valueAlternatives(`${BARE_VALUE_CHAR}+`)})`, 'g'),
  needles: [':', '='],
  judge: judgeAssignment,
};

export const SECRET_CLI_FLAG: Recogniser = {
  kind: 'generic-secret-assignment',
  confidence: 'high',
  // "--api-key VALUE": the value is the next word, unless that word is itself a flag.
  pattern: new RegExp(`(?<![A-Za-z0-9_-])--?(?<key>[A-Za-z][A-Za-z0-9_-]{0,63})[ \\t]{1,8}(?:${valueAlternatives(`(?!-)${BARE_VALUE_CHAR}+`)})`, 'g'),
  needles: ['-'],
  judge: judgeAssignment,
};
