/** Lower case without accents, one character for one, so positions match the original text. */
export function foldForSearch(text: string): string {
  return Array.from(text, (char) => char.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().charAt(0) || char).join('');
}

/** The words around the first match of `q` in `text` (accent- and case-blind), or undefined when it does not occur. */
export function snippet(text: string | null | undefined, q: string, width = 60): string | undefined {
  if (!text) return undefined;
  const chars = Array.from(text);
  const at = foldForSearch(text).indexOf(foldForSearch(q));
  if (at < 0) return undefined;
  const from = Math.max(0, at - width);
  const to = Math.min(chars.length, at + Array.from(q).length + width);
  return `${from > 0 ? '…' : ''}${chars.slice(from, to).join('').replace(/\s+/g, ' ').trim()}${to < chars.length ? '…' : ''}`;
}
