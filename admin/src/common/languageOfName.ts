import { LANGUAGES, type Language } from '../../../api/src/domain/languages';

/**
 * The language to mark a name with (WCAG 3.1.2, language of parts): the record's one language when it is not the
 * console's, so a screen reader reads "Thuiszorg De Linde" in Dutch on a French screen. None when the record
 * names no language or several (a bilingual name reads in both).
 */
export function languageOfName(
  languages: readonly string[] | string | null | undefined,
  consoleLanguage: string,
): Language | undefined {
  const named = (Array.isArray(languages) ? languages : languages ? [languages] : []).filter(
    (language): language is Language => (LANGUAGES as readonly string[]).includes(language),
  );
  if (new Set(named).size !== 1) return undefined;
  return named[0] === consoleLanguage ? undefined : named[0];
}
