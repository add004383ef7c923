import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { accessibilityMessages } from '../accessibility/messages';
import { fieldMessages } from '../field/messages';
import { intakeMessages } from '../intakes/messages';
import { invitationMessages } from '../invitations/messages';
import french from './fr';
import { mergeMessages } from './mergeMessages';

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

/** Concepts that keep their words beside their screens. */
const withConcepts = (locale: 'fr' | 'nl' | 'en', base: TranslationMessages) =>
  mergeMessages(
    mergeMessages(
      mergeMessages(mergeMessages(base, intakeMessages[locale]), fieldMessages[locale]),
      accessibilityMessages[locale],
    ),
    invitationMessages[locale],
  );

export const i18nProvider = polyglotI18nProvider(
  (locale) =>
    catalogues[locale]
      ? catalogues[locale]().then((module) => withConcepts(locale as 'nl' | 'en', module.default))
      : withConcepts('fr', french),
  'fr',
  locales,
);
