/** Lower case without accents, one character for one, so positions match the original text. */
function foldForSearch(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  let folded = '';
  for (const char of text) folded += foldChar(char);
  return folded;
}

const FOLDED = new Map<string, string>();
function foldChar(char: string): string {
  let folded = FOLDED.get(char);
  if (folded === undefined) {
    folded =
      char
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .charAt(0) || char;
    if (FOLDED.size < 10_000) FOLDED.set(char, folded);
  }
  return folded;
}

/**
 * The words around the first match of `q` in `text` (accent- and case-blind), or undefined when it
 * does not occur. Meeting notes match word by word, so when the whole of `q` is not there, the
 * longest of its words is looked for.
 */
/** At most this much of a text is folded for a snippet: 50 notes of 50,000 characters once held the event loop for a second. */
const SNIPPET_EXAMINED_CHARS = 10_000;

export function snippet(whole: string | null | undefined, q: string, width = 60): string | undefined {
  if (!whole) return undefined;
  const text = whole.length > SNIPPET_EXAMINED_CHARS ? whole.slice(0, SNIPPET_EXAMINED_CHARS) : whole;
  const folded = foldForSearch(text);
  const words = foldForSearch(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  const found = [foldForSearch(q), ...words]
    .map((part) => ({ part, at: folded.indexOf(part) }))
    .find((m) => m.part && m.at >= 0);
  if (!found) return undefined;
  const { at } = found;
  const chars = Array.from(text);
  const from = Math.max(0, at - width);
  const to = Math.min(chars.length, at + Array.from(found.part).length + width);
  return `${from > 0 ? '…' : ''}${chars.slice(from, to).join('').replace(/\s+/g, ' ').trim()}${to < chars.length || text !== whole ? '…' : ''}`;
}
