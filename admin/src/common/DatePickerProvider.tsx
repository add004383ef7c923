import type { ReactNode } from 'react';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterLuxon } from '@mui/x-date-pickers/AdapterLuxon';
import { enUS, frFR, nlNL } from '@mui/x-date-pickers/locales';
import type { Language } from '../../../api/src/domain';
import { useLanguage } from '../i18n/useLanguage';

/**
 * The date pickers speak the console's language, not the browser's: Belgian French, Belgian Dutch and British
 * English month and day names (Luxon, through the browser's Intl), and MUI X's own words (OK, Cancel, the
 * calendar button's name, the JJ/MM/AAAA placeholders) in the same language.
 */
const PICKER_LANGUAGES: Record<Language, { locale: string; words: typeof frFR }> = {
  fr: { locale: 'fr-BE', words: frFR },
  nl: { locale: 'nl-BE', words: nlNL },
  en: { locale: 'en-GB', words: enUS },
};

export function DatePickerProvider({ children }: { children: ReactNode }) {
  const { locale, words } = PICKER_LANGUAGES[useLanguage()];
  return (
    <LocalizationProvider
      dateAdapter={AdapterLuxon}
      adapterLocale={locale}
      localeText={words.components.MuiLocalizationProvider.defaultProps.localeText}
    >
      {children}
    </LocalizationProvider>
  );
}
