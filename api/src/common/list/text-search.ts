/**
 * What `q` searches in, and how:
 * - a text expression, folded (lower case, no accents) at query time: fine for small tables;
 * - `{ folded }`: a stored column PostgreSQL keeps folded, trigram-indexed: substring search;
 * - `{ words }`: a stored tsvector: word-prefix search, for long prose such as meeting notes.
 * Substring searches take the words typed in any order and ignore punctuation, as word searches do:
 * "soleil woluwe" finds "Le Soleil de Woluwe", "euro reseau" finds "Euro-Réseau".
 */
export type TextSearch = string | { folded: string } | { words: string };

const LIKE_SPECIALS = /[\\%_]/g;
/** What separates words: anything but a letter or a digit. */
const SEPARATORS = /[^\p{L}\p{N}]+/u;

/**
 * Every typed word must be a piece of the text. The longest word goes first, as its own condition,
 * so the trigram index answers with the fewest candidates; the others are checked on those.
 */
function allWords(folded: string, param: string): string {
  return `(${folded} LIKE '%' || search_text((${param}::text[])[1]) || '%'
           AND ${folded} LIKE ALL (ARRAY(SELECT '%' || search_text(word) || '%' FROM unnest(${param}::text[]) AS word)))`;
}

/** The SQL condition "this row matches what the user typed"; `param` is the placeholder of {@link searchParameter}. */
export function searchMatch(search: TextSearch, param: string): string {
  if (typeof search === 'string') return allWords(`search_text(${search})`, param);
  if ('folded' in search) return allWords(search.folded, param);
  return `${search.words} @@ search_words_query(${param})`;
}

/**
 * The value bound to the placeholder: for substring searches, the words typed, longest first, with
 * `%`, `_` and `\` taken literally (text with no letter or digit at all is searched as it is).
 */
export function searchParameter(search: TextSearch, text: string): string | string[] {
  if (typeof search === 'object' && 'words' in search) return text;
  const words = text.split(SEPARATORS).filter(Boolean);
  const pieces = words.length ? words.sort((a, b) => b.length - a.length) : [text];
  return pieces.map((piece) => piece.replace(LIKE_SPECIALS, (c) => `\\${c}`));
}
