// Texts far longer than any tool description (a 1 MB "description", a huge tool response) are not read
// through every detector: that would cost too much per call. They are read in full by the cheap
// whole-text checks (hidden characters, padding, comments), and through every detector at their start,
// their end, and around each passage that holds attack vocabulary — chosen by how many different
// kinds of it a passage holds, so a flood of one word cannot push a real payload out of view.
// A description this long is itself reported: nobody reviews it.
import { register } from './regex-registry';
import { unionSource } from './regex-union';
import { RULES } from './rules';
import { severityOf, type ScanFinding, type Surface } from './types';

export const LARGE_TEXT = 32 * 1024;
const HEAD = 16 * 1024;
const TAIL = 8 * 1024;
const WINDOW = 1024;
const MAX_WINDOWS = 16;
const MATCHES_PER_WINDOW = 24;

/** Attack vocabulary by kind, one regex source per term; a passage scores one point per kind it holds.
 *  Every term starts with one literal character (an escaped one counts as one). */
const ANCHOR_KINDS: ReadonlyArray<readonly string[]> = [
  ['ignor', 'disregard', 'forget', 'overrid', 'bypass', 'circumvent', '忽略', '无视', '無視', 'игнор', 'olvid', 'oubli', 'vergiss'],
  ['instruct', 'directive', 'guideline', 'system prompt', '指令', '指示', 'инструкц', 'anweisung', 'consigne'],
  ['tell', 'inform', 'notif', 'mention', 'reveal', 'disclos', 'silent', 'secret', 'quiet', 'hidden', 'hide', '告诉', '不要', 'never', 'do not', "don't"],
  ['ssh', 'id_rsa', '\\.env', 'credential', 'password', 'passwd', 'token', 'api.key', 'cookie', '\\.aws', 'kube', '\\/etc\\/', 'private key', '密码', '凭证', 'conversation', 'history'],
  ['send', 'upload', 'post', 'forward', 'transmit', 'exfil', 'leak', 'pipe', '发送', '上传', 'envi', 'envoy'],
  ['https?:', ':\\/\\/', '@', 'external', 'remote', 'attacker', 'webhook', 'collect'],
  ['<[a-z!/|]', '\\[[a-z/]', '###?', '\\{\\{', '\\$\\{', '\\$\\(', '`'],
  ['curl', 'wget', 'bash', 'eval', 'exec', 'import', 'require', 'script', 'powershell', 'base64', '\\|\\s{0,2}sh', '&&', '\\/dev\\/'],
  ['tool', 'function', 'call', 'invoke', '_[a-z]'],
];
// Case-insensitive on the raw text rather than a lower-cased copy: one pass over a megabyte instead of two.
// Grouped by first character (regex-union): the engine picks a group by one character instead of trying
// every term, which scans a megabyte two or three times faster and matches what the flat alternation matches.
const ANCHORS = register(new RegExp(unionSource(ANCHOR_KINDS.flat()), 'gi'));
const KIND_TESTS = ANCHOR_KINDS.map((terms) => new RegExp(`^(?:${terms.join('|')})$`, 'i'));
const kindCache = new Map<string, number>();

/** Which kind an anchor is: the first kind with a term that matches it whole (the term the scan took). */
function kindOf(anchor: string): number {
  const known = kindCache.get(anchor);
  if (known !== undefined) return known;
  const kind = KIND_TESTS.findIndex((test) => test.test(anchor));
  if (kindCache.size < 4096) kindCache.set(anchor, kind);
  return kind;
}

export interface Segment {
  start: number;
  end: number;
}

/** The passages read through every detector: head, tail and the best-scoring anchor windows. */
export function segmentsOf(raw: string): Segment[] {
  const windows = new Map<number, { kinds: Set<number>; matches: number }>();
  ANCHORS.lastIndex = 0;
  for (let match = ANCHORS.exec(raw); match; match = ANCHORS.exec(raw)) {
    const slot = Math.floor(match.index / WINDOW);
    const window = windows.get(slot) ?? { kinds: new Set<number>(), matches: 0 };
    window.kinds.add(kindOf(match[0].toLowerCase()));
    windows.set(slot, window);
    // A window full of anchors has made its point; the rest of it is skipped.
    if (++window.matches >= MATCHES_PER_WINDOW) ANCHORS.lastIndex = Math.max(ANCHORS.lastIndex, (slot + 1) * WINDOW);
  }
  const best = [...windows.entries()].sort((a, b) => b[1].kinds.size - a[1].kinds.size || a[0] - b[0]).slice(0, MAX_WINDOWS);
  const segments: Segment[] = [{ start: 0, end: HEAD }, { start: raw.length - TAIL, end: raw.length }];
  for (const [slot] of best) segments.push({ start: Math.max(0, slot * WINDOW - WINDOW / 2), end: Math.min(raw.length, (slot + 1) * WINDOW + WINDOW / 2) });
  return merge(segments);
}

function merge(segments: Segment[]): Segment[] {
  const sorted = segments.sort((a, b) => a.start - b.start);
  const merged: Segment[] = [];
  for (const segment of sorted) {
    const last = merged[merged.length - 1];
    if (last && segment.start <= last.end) last.end = Math.max(last.end, segment.end);
    else merged.push({ ...segment });
  }
  return merged;
}

/** For descriptions and instructions: far longer than anything a reviewer reads. */
export function oversizedFinding(raw: string, surface: Surface, field: string): ScanFinding[] {
  if (surface !== 'description' && surface !== 'instructions') return [];
  const confidence = 0.5;
  const kb = Math.round(raw.length / 1024);
  return [{ ruleId: RULES.markupSmuggling, severity: severityOf(confidence), confidence, message: `${kb} KB of text: far longer than any tool description a person reviews; only its start, end and suspicious passages were read by every detector`, evidence: `${raw.slice(0, 60)}…`, field, start: 0, end: Math.min(raw.length, 60) }];
}
