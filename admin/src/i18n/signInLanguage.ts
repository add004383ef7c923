import { useEffect } from 'react';
import { useLocaleState } from 'react-admin';
import type { Language } from '../auth/types';
import { i18nProvider } from './i18nProvider';

/**
 * At sign-in the console switches to the user's own language; afterwards the choice made in the
 * app bar wins (react-admin keeps it in localStorage under its store's `locale` key).
 */
let pending: Language | null = null;

/**
 * Loads the person's language before the console first renders for them: switching afterwards would
 * re-render the whole console under their first clicks (react-admin re-mounts it on a change of language).
 */
export async function rememberSignInLanguage(language: Language): Promise<void> {
  pending = language;
  if (i18nProvider.getLocale() !== language) await i18nProvider.changeLocale(language);
}

export function SignInLanguage() {
  const [, setLocale] = useLocaleState();
  useEffect(() => {
    // Stored even when it is the language on screen already (react-admin's default is the loaded one), so
    // that the next visit on this browser starts in it.
    if (pending) setLocale(pending);
    pending = null;
  }, [setLocale]);
  return null;
}
