// Argument injection: what a tool-call argument should never carry — SQL injection, path traversal,
// server-side request forgery targets, persistence locations, privilege flags, secret env expansions.
// Mostly for the `arguments` surface (the hook pack's PreToolUse check); weaker elsewhere.
import type { Detector, Hit, TextAnalysis } from '../analysis';
import { RULES } from '../rules';
import { patterns, register, runPatternSpecs } from './pattern-kit';

const rule = RULES.argumentInjection;

const SPECS = patterns([
  {
    ruleId: rule,
    message: 'SQL injection (UNION SELECT)',
    pattern: /\bunion\b(?:\s|\/\*[^*]{0,60}\*\/){1,4}(?:all\s{1,3})?select\b/gi,
    confidence: 0.5,
    surfaces: { arguments: 0.85, response: 0.7 },
  },
  {
    ruleId: rule,
    message: 'SQL or filter injection (always-true condition)',
    pattern: /['"\u02bc]\s{0,3}(?:or|and)\s{1,3}['"\u02bc]?\w{1,10}['"\u02bc]?\s{0,3}(?:=|==|like)\s{0,3}['"\u02bc]?\w{0,10}|\b(?:or|and)\s{1,3}(?:1\s{0,2}={1,2}\s{0,2}1|true|['"]1['"]\s{0,2}=\s{0,2}['"]1['"])\b|["')\]]\s{0,3}\)?\s{0,3}(?:or|and)\s{1,3}(?:\w{1,30}\s{0,3}(?:={1,2}|!=|>|<)|true\b|1\b)/gi,
    confidence: 0.4,
    surfaces: { arguments: 0.8, response: 0.5 },
  },
  {
    ruleId: rule,
    message: 'SQL injection (quote closed, destructive statement stacked)',
    pattern: /['"\u02bc]\s{0,3}\)?\s{0,3};\s{0,3}(?:drop|delete|truncate|alter|update|insert|exec|shutdown|grant)\s{1,3}[a-z]/gi,
    confidence: 0.5,
    surfaces: { arguments: 0.85, response: 0.7 },
  },
  {
    ruleId: rule,
    message: 'path traversal',
    pattern: /(?:\.\.[\/\\]){2,16}|(?:%2e%2e(?:%2f|%5c|\/)){2,16}|\.\.%2f|\.\.%5c/gi,
    confidence: 0.45,
    surfaces: { arguments: 0.8, response: 0.5 },
  },
  {
    ruleId: rule,
    message: 'writes into a persistence location (startup folder, autostart, systemd, cron, shell profile)',
    pattern: /\\{1,2}start menu\\{1,2}programs\\{1,2}startup\\|\/\.config\/autostart\/|\/etc\/systemd\/system\/|\/etc\/cron|\bcrontab\b|\/library\/launch(?:agents|daemons)\/|\\{1,2}currentversion\\{1,2}run\b|\/\.(?:bashrc|zshrc|bash_profile|profile)\b|\bauthorized_keys\b/gi,
    confidence: 0.4,
    surfaces: { arguments: 0.8, response: 0.45 },
  },
  {
    ruleId: rule,
    message: 'privilege flag in an argument',
    pattern: /\b(?:is_?)?admin\s{0,2}=\s{0,2}(?:true|1|yes)\b|\brole\s{0,2}=\s{0,2}(?:super_?user|root|admin(?:istrator)?)\b|\b(?:sudo|privileged|superuser)\s{0,2}=\s{0,2}(?:true|1)\b/gi,
    confidence: 0,
    surfaces: { arguments: 0.65 },
  },
]);

const METADATA_HOST = /^(?:169\.254\.169\.254|metadata\.google\.internal|metadata\.azure\.com|100\.100\.100\.200|fd00:ec2::254|kubernetes\.default(?:\.svc)?(?:\.cluster\.local)?)$/i;
const LOOPBACK_HOST = /^(?:localhost|127(?:\.\d{1,3}){1,3}|0(?:\.0){0,3}|\[?::1\]?|\[::ffff:127(?:\.\d{1,3}){3}\]|0x7f[\d.x]{0,20}|2130706433|017700000001|[\w.-]{0,60}127\.0\.0\.1\.(?:nip|sslip|xip)\.io)$/i;
const INTERNAL_HOST = /^(?:10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}|[\w.-]{1,60}\.(?:internal|local|svc|cluster\.local|intranet|corp))$|内部|内网/i;
const ANY_URL = register(/\b[a-z]{3,8}:\/\/[^\s"'<>`\\]{1,2048}/gi);
const DANGEROUS_SCHEME = /^(?:gopher|dict|file|ldap|tftp|smb):/i;

/** Server-side request forgery: an argument URL pointing at cloud metadata, loopback or internal hosts. */
function ssrfHits(analysis: TextAnalysis): Hit[] {
  if (analysis.surface !== 'arguments') return [];
  const hits: Hit[] = [];
  for (const url of analysis.views.plain.matchAll(ANY_URL)) {
    const host = hostOf(url[0]);
    const confidence = METADATA_HOST.test(host) ? 0.9 : DANGEROUS_SCHEME.test(url[0]) ? 0.85 : LOOPBACK_HOST.test(host) || INTERNAL_HOST.test(host) ? 0.75 : 0;
    if (confidence > 0) hits.push({ ruleId: rule, confidence, message: `request to an internal or metadata address (${host})`, start: url.index, end: url.index + url[0].length });
    if (hits.length >= 4) break;
  }
  return hits;
}

function hostOf(url: string): string {
  const rest = url.slice(url.indexOf('//') + 2);
  const authority = rest.split(/[/?#]/)[0] ?? '';
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : (host.split(':')[0] ?? '');
}

/** An argument that is (or carries) a secret environment variable reference expands it on the server. */
function secretReferenceHits(analysis: TextAnalysis): Hit[] {
  if (analysis.surface !== 'arguments') return [];
  return analysis.stream.entities
    .filter((entity) => entity.kind === 'envSecret' && entity.text.startsWith('$'))
    .slice(0, 2)
    .map((entity) => ({ ruleId: rule, confidence: 0.65, message: 'argument expands a secret environment variable', start: entity.start, end: entity.end }));
}

export const detectArgumentInjection: Detector = (analysis) => [...runPatternSpecs(analysis, SPECS), ...ssrfHits(analysis), ...secretReferenceHits(analysis)];
