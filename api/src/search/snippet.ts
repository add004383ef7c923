/** Lower case without accents, one character for one, so positions match the original text. */
export function foldForSearch(text: string): string {
  return Array.from(text, (char) => char.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().charAt(0) || char).join('');
}

/**
 * The words around the first match of `q` in `text` (accent- and case-blind), or undefined when it
 * does not occur. Meeting notes match word by word, so when the whole of `q` is not there, the
 * longest of its words is looked for.
 */
export function snippet(text: string | null | undefined, q: string, width = 60): string | undefined {
  if (!text) return undefined;
  const folded = foldForSearch(text);
  const words = foldForSearch(q).split(/[^\p{L}\p{N}]+/u).filter(Boolean).sort((a, b) => b.length - a.length);
  const found = [foldForSearch(q), ...words].map((part) => ({ part, at: folded.indexOf(part) })).find((m) => m.part && m.at >= 0);
  if (!found) return undefined;
  const { at } = found;
  const chars = Array.from(text);
  const from = Math.max(0, at - width);
  const to = Math.min(chars.length, at + Array.from(found.part).length + width);
  return `${from > 0 ? '…' : ''}${chars.slice(from, to).join('').replace(/\s+/g, ' ').trim()}${to < chars.length ? '…' : ''}`;
}
