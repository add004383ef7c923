/**
 * What `q` searches in, and how:
 * - a text expression, folded (lower case, no accents) at query time: fine for small tables;
 * - `{ folded }`: a stored column PostgreSQL keeps folded, trigram-indexed: substring search;
 * - `{ words }`: a stored tsvector: word-prefix search, for long prose such as meeting notes.
 */
export type TextSearch = string | { folded: string } | { words: string };

const LIKE_SPECIALS = /[\\%_]/g;

/** The SQL condition "this row matches what the user typed"; `param` is the placeholder of {@link searchParameter}. */
export function searchMatch(search: TextSearch, param: string): string {
  if (typeof search === 'string') return `search_text(${search}) LIKE '%' || search_text(${param}) || '%'`;
  if ('folded' in search) return `${search.folded} LIKE '%' || search_text(${param}) || '%'`;
  return `${search.words} @@ search_words_query(${param})`;
}

/** The value bound to the placeholder: substring searches take `%`, `_` and `\` literally. */
export function searchParameter(search: TextSearch, text: string): string {
  return typeof search === 'object' && 'words' in search ? text : text.replace(LIKE_SPECIALS, (c) => `\\${c}`);
}
