// FNV-1a (32 bit): a cheap, stable hash of a text or of a span of one, with no crypto module (the hooks
// scan a result on every tool call). The scanner's text digests and its word-span cache both use it.

/** FNV-1a of text[start, end), unsigned. */
export function fnv1a(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
