import { useEffect } from 'react';
import { useI18nProvider, useLocaleState } from 'react-admin';
import { isLanguage, languageFromAcceptLanguage, type Language } from '../../../api/src/domain';

/** Where react-admin's store keeps the console's language (its localStorage store, key `locale`). */
const STORED_LOCALE = 'RaStore.locale';

/**
 * `<html lang>` follows the console's language, so that screen readers read Dutch with a Dutch voice
 * (index.html starts in French, the first bundle's language).
 */
export function DocumentLanguage() {
  const [locale] = useLocaleState();
  const i18n = useI18nProvider();
  useEffect(() => {
    // The language whose words are on screen: react-admin re-mounts the console once a new language's
    // words are loaded, and this effect runs again then.
    document.documentElement.lang = i18n.getLocale();
  }, [locale, i18n]);
  return null;
}

/** The browser's own languages as an Accept-Language list (`nl-BE,nl,en`). */
function browserLanguages(): string {
  return (navigator.languages?.length ? navigator.languages : [navigator.language]).join(',');
}

/**
 * The console's first language: the one chosen on this browser before (react-admin's store), else,
 * before anyone signed in here, the browser's own (French when it is none of ours). Loaded before the
 * first render, so the sign-in form never re-renders under a person typing into it.
 */
export function firstLanguage(): Language {
  const stored = localStorage.getItem(STORED_LOCALE);
  const chosen = stored === null ? languageFromAcceptLanguage(browserLanguages()) : safeParse(stored);
  return typeof chosen === 'string' && isLanguage(chosen) ? chosen : 'fr';
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
