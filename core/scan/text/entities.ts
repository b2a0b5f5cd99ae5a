// Structured things inside prose: URLs, hosts, e-mail addresses, credential files, secret-bearing
// environment references. Every pattern starts at a literal so a scan stays linear on hostile input.
import { register } from '../regex-registry';
import { quickTest } from '../regex-union';
import type { Concept } from './lexicon';

export type EntityKind = 'url' | 'host' | 'email' | 'sensitivePath' | 'envSecret';

export interface Entity {
  kind: EntityKind;
  start: number;
  end: number;
  text: string;
  concepts: Concept[];
  /** Host that looks like an attacker's: an IP literal, a tunnel or paste service, "evil"/"exfil"-style names. */
  suspiciousHost?: boolean;
}

const SCHEME_URL = register(/\b(?:https?|wss?|ftp|sftp|gopher|file|dict|ldap|tftp|smb):\/\/[^\s"'<>`\\]{1,2048}/g);
const TLD = register(/\.(?:com|net|org|io|xyz|site|top|info|biz|me|co|app|dev|tld|example|onion|ru|cn|tk|ly|link|live|online|cc|pw|ws|su|cloud|invalid|test)\b/g);
const HOST_CHAR = /[a-z0-9-]/i;
const SENSITIVE_PATH = register(new RegExp(
  [
    String.raw`(?:~|\$home|%userprofile%)?[\/\\]\.ssh(?:[\/\\][\w.-]{1,40})?`,
    String.raw`\bid_(?:rsa|dsa|ecdsa|ed25519)(?:\.pub)?\b`,
    String.raw`\bauthorized_keys\b`,
    String.raw`\.aws[\/\\](?:credentials|config)\b`,
    String.raw`(?:^|[\s'"\x60(\/=:])\.env(?:\.[a-z]{1,12})?\b`,
    String.raw`\.(?:npmrc|pypirc|netrc|pgpass|git-credentials|gnupg|vault-token|htpasswd)\b`,
    String.raw`\.docker[\/\\]config\.json`,
    String.raw`\.kube[\/\\]config\b`,
    String.raw`\/etc\/(?:passwd|shadow|sudoers|master\.passwd)\b`,
    String.raw`\.(?:bash|zsh)_history\b`,
    String.raw`\.cursor[\/\\]mcp\.json`,
    String.raw`\bclaude_desktop_config\.json`,
    String.raw`\.claude\.json`,
    String.raw`\blogin data\b`,
    String.raw`\bcookies\.sqlite\b`,
    String.raw`\.config[\/\\]gcloud\b`,
    String.raw`\bapplication_default_credentials\.json`,
    String.raw`\bcredentials\.json\b`,
    String.raw`\.azure[\/\\]`,
    String.raw`\bwallet\.dat\b`,
    String.raw`\/proc\/self\/environ\b`,
    String.raw`\bdocument\.cookie\b`,
  ].join('|'),
  'g',
));
/** ~/.ssh/config and known_hosts describe hosts, not secrets: reading them is ordinary. */
const HARMLESS_SSH_FILE = /\.ssh[\/\\](?:config|known_hosts)$/i;
const ENV_REFERENCE = register(/\$\{?(?:env[.:])?[A-Za-z_][A-Za-z0-9_.]{0,63}\}?|\bprocess\.env\b|\bos\.environ\b|\bprintenv\b/g);
const SECRET_NAME = /key|token|secret|pass|cred|auth|private/i;
const SUSPICIOUS_HOST = /(?:^|[.\-/])(?:evil|attacker|malware|malicious|exfil|exfiltrat\w*|payload|backdoor|c2|collect\w*|harvest\w*|steal\w*|phish\w*|badsite|hacker|pwn\w*|sink|leak\w*|dump|beacon|grab\w*|loot|stash|siphon)(?:[.\-:/]|$)|ngrok|webhook\.site|requestbin|pipedream|burpcollaborator|interact\.sh|oast\.|pastebin|transfer\.sh|serveo|localtunnel|trycloudflare|\.onion\b|^\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?$|^0x[0-9a-f]+/i;

/** `plain` keeps case (evidence, secret names); `lower` is the same text lower-cased, same offsets. */
export function findEntities(plain: string, lower: string = plain.toLowerCase()): Entity[] {
  const found: Entity[] = [...findUrls(plain, lower), ...findHosts(plain, lower), ...findEmails(plain), ...findSensitivePaths(plain, lower), ...findEnvSecrets(plain)];
  return removeOverlaps(found);
}

function findUrls(plain: string, lower: string): Entity[] {
  const result: Entity[] = [];
  if (!lower.includes('://')) return result;
  for (const match of lower.matchAll(SCHEME_URL)) {
    const text = trimTrailingPunctuation(plain.slice(match.index, match.index + match[0].length));
    const host = hostOf(text);
    const local = isLocalHost(host);
    result.push({ kind: 'url', start: match.index, end: match.index + text.length, text, concepts: local ? [] : ['destExt'], suspiciousHost: SUSPICIOUS_HOST.test(host) });
  }
  return result;
}

/** Bare host names ("collector.example.com/api"): found from the TLD backwards, so hostile input stays linear. */
function findHosts(plain: string, lower: string): Entity[] {
  const result: Entity[] = [];
  let floor = 0;
  if (!lower.includes('.')) return result;
  // exec on the shared pattern rather than matchAll, which copies the pattern on every call (every text).
  TLD.lastIndex = 0;
  for (let match = TLD.exec(lower); match; match = TLD.exec(lower)) {
    const start = hostStart(plain, match.index, floor);
    if (start < 0 || (start > 0 && /[\w@/:.]/.test(plain[start - 1] as string))) continue;
    let end = match.index + match[0].length;
    while (end < plain.length && end - match.index < 512 && !/[\s"'<>`]/.test(plain[end] as string)) end++;
    const text = trimTrailingPunctuation(plain.slice(start, end));
    floor = start + text.length;
    const host = text.split(/[/:]/)[0] as string;
    result.push({ kind: 'host', start, end: floor, text, concepts: ['destExt'], suspiciousHost: SUSPICIOUS_HOST.test(host) });
  }
  return result;
}

/** Walks back over at most eight labels before the dot at `dot`; -1 when no label precedes it. */
function hostStart(plain: string, dot: number, floor: number): number {
  let start = dot;
  for (let labels = 0; labels < 8; labels++) {
    let cursor = start;
    while (cursor > floor && start - cursor < 63 && HOST_CHAR.test(plain[cursor - 1] as string)) cursor--;
    if (cursor === start) return labels === 0 ? -1 : start + 1;
    if (cursor - 1 <= floor || plain[cursor - 1] !== '.') return cursor;
    start = cursor - 1;
  }
  return start + 1;
}

function findEmails(plain: string): Entity[] {
  const result: Entity[] = [];
  for (let at = plain.indexOf('@'); at !== -1; at = plain.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && /[\w.%+-]/.test(plain[start - 1] as string)) start--;
    let end = at + 1;
    while (end < plain.length && end - at < 253 && /[\w.-]/.test(plain[end] as string)) end++;
    const text = trimTrailingPunctuation(plain.slice(start, end));
    if (start === at || !/\.[a-z]{2,24}$/i.test(text)) continue;
    result.push({ kind: 'email', start, end: start + text.length, text, concepts: ['destExt'], suspiciousHost: SUSPICIOUS_HOST.test(text.slice(at - start + 1)) });
  }
  return result;
}

/** Every sensitive path contains one of these (lower-case); most texts contain none, and skip the big pattern. */
const SENSITIVE_HINTS = ['ssh', 'id_', 'authorized_keys', '.aws', '.env', '.npmrc', '.pypirc', '.netrc', '.pgpass', 'git-credentials', 'credentials.json', '.gnupg', 'vault-token', 'passwd', '.docker', '.kube', '/etc/', '_history', 'mcp.json', 'claude_desktop', '.claude.json', 'login data', 'cookies.sqlite', 'document.cookie', 'gcloud', '.azure', 'wallet.dat', '/proc/'];
/** The hints as one literal alternation: a single pass instead of one `includes` per hint. */
const SENSITIVE_HINT = quickTest(new RegExp(SENSITIVE_HINTS.map((hint) => hint.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')));

function findSensitivePaths(plain: string, lower: string): Entity[] {
  if (!SENSITIVE_HINT.test(lower)) return [];
  const result: Entity[] = [];
  for (const match of lower.matchAll(SENSITIVE_PATH)) {
    let text = plain.slice(match.index, match.index + match[0].length);
    let start = match.index;
    const lead = /^[\s'"`(/=:]/.exec(text);
    if (lead && /\.env/i.test(text)) {
      text = text.slice(1);
      start += 1;
    }
    if (HARMLESS_SSH_FILE.test(text)) continue;
    result.push({ kind: 'sensitivePath', start, end: start + text.length, text, concepts: ['credential'] });
  }
  return result;
}

function findEnvSecrets(plain: string): Entity[] {
  const result: Entity[] = [];
  if (!plain.includes('$') && !plain.includes('environ') && !plain.includes('printenv') && !plain.includes('process.env')) return result;
  for (const match of plain.matchAll(ENV_REFERENCE)) {
    const text = match[0];
    const generic = /^(?:process\.env|os\.environ|printenv)$/.test(text);
    if (!generic && !SECRET_NAME.test(text)) continue;
    result.push({ kind: 'envSecret', start: match.index, end: match.index + text.length, text, concepts: ['credential'] });
  }
  return result;
}

function removeOverlaps(entities: Entity[]): Entity[] {
  entities.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Entity[] = [];
  for (const entity of entities) {
    const last = kept[kept.length - 1];
    if (last && entity.start < last.end) {
      if (entity.kind === 'sensitivePath' && last.kind !== 'sensitivePath') last.concepts = [...new Set([...last.concepts, ...entity.concepts])];
      continue;
    }
    kept.push(entity);
  }
  return kept;
}

function hostOf(url: string): string {
  const afterScheme = url.slice(url.indexOf('//') + 2);
  const hostPart = afterScheme.split(/[/?#]/)[0] ?? '';
  return hostPart.slice(hostPart.lastIndexOf('@') + 1).toLowerCase();
}

function isLocalHost(host: string): boolean {
  return /^(?:localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)(?::\d+)?$/.test(host);
}

function trimTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && /[.,;:!?)\]}'"]/.test(text[end - 1] as string)) end--;
  return text.slice(0, end);
}
