import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import french from './fr';

/** French is in the first bundle (the sign-in screen); Dutch and English load when chosen. */
const catalogues: Record<string, () => Promise<{ default: TranslationMessages }>> = {
  nl: () => import('./nl'),
  en: () => import('./en'),
};

export const locales = [
  { locale: 'fr', name: 'Français' },
  { locale: 'nl', name: 'Nederlands' },
  { locale: 'en', name: 'English' },
];

export const i18nProvider = polyglotI18nProvider(
  (locale) => (catalogues[locale] ? catalogues[locale]().then((module) => module.default) : french),
  'fr',
  locales,
);
