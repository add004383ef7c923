import { LANGUAGES, type Language } from '../languages';

export { LANGUAGES, type Language };
/** French when nothing else says. */
export const DEFAULT_LANGUAGE: Language = 'fr';

/** One text in each language: every word a person reads is one of these. */
export type Text = Record<Language, string>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The best of our languages for an `Accept-Language` header (`nl-BE,nl;q=0.9,en;q=0.8`), by weight then
 * order; null when it names none of them.
 */
export function languageFromAcceptLanguage(header: string | null | undefined): Language | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...options] = part.trim().split(';');
      const q = options.map((o) => /^\s*q=([0-9.]+)\s*$/.exec(o)).find(Boolean);
      return { language: tag.trim().slice(0, 2).toLowerCase(), weight: q ? Number(q[1]) : 1, index };
    })
    .filter((entry) => entry.weight > 0 && isLanguage(entry.language))
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked.length ? (ranked[0].language as Language) : null;
}

/**
 * The requester's language: `?lang=` when given, else the signed-in user's own, else the browser's
 * `Accept-Language`, else French. One rule for error messages, timeline summaries and exports.
 */
export function requesterLanguage(sources: {
  query?: unknown;
  user?: unknown;
  acceptLanguage?: string | null;
}): Language {
  if (isLanguage(sources.query)) return sources.query;
  if (isLanguage(sources.user)) return sources.user;
  return languageFromAcceptLanguage(sources.acceptLanguage) ?? DEFAULT_LANGUAGE;
}
