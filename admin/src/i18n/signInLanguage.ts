import { useEffect } from 'react';
import { useLocaleState } from 'react-admin';
import type { Language } from '../auth/types';

/**
 * At sign-in the console switches to the user's own language; afterwards the choice made in the
 * app bar wins (react-admin keeps it in localStorage under its store's `locale` key).
 */
let pending: Language | null = null;

export function rememberSignInLanguage(language: Language): void {
  pending = language;
}

export function SignInLanguage() {
  const [locale, setLocale] = useLocaleState();
  useEffect(() => {
    if (pending && pending !== locale) setLocale(pending);
    pending = null;
  }, [locale, setLocale]);
  return null;
}
