import { useState, type MouseEvent } from 'react';
import { Button, Menu, MenuItem } from '@mui/material';
import LanguageIcon from '@mui/icons-material/Translate';
import { useLocaleState, useTranslate } from 'react-admin';
import { httpClient } from '../auth/httpClient';
import { locales } from '../i18n/i18nProvider';

/**
 * The language switcher of the app bar; react-admin's store remembers the choice in localStorage, and it is
 * saved to the user record (`PUT /api/auth/me/language`), so tasks, mails and exports the server writes
 * for this user follow it, and the next sign-in opens in it.
 */
export function LanguageMenu() {
  const translate = useTranslate();
  const [locale, setLocale] = useLocaleState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const current = locales.find((entry) => entry.locale === locale) ?? locales[0];
  const label = translate('traject.app.language', { _: 'Language' });

  const choose = (chosen: string) => {
    setAnchor(null);
    if (chosen === locale) return;
    setLocale(chosen);
    // The console has switched already; a failed save only means the next sign-in opens in the old language.
    void httpClient('/api/auth/me/language', { method: 'PUT', body: JSON.stringify({ language: chosen }) }).catch(
      () => undefined,
    );
  };

  return (
    <>
      <Button
        color="inherit"
        startIcon={<LanguageIcon />}
        aria-label={`${current.locale.toUpperCase()} – ${label}: ${current.name}`}
        aria-haspopup="menu"
        aria-controls={anchor ? 'language-menu' : undefined}
        onClick={(event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget)}
      >
        {current.locale.toUpperCase()}
      </Button>
      <Menu id="language-menu" anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {locales.map((entry) => (
          <MenuItem
            key={entry.locale}
            lang={entry.locale}
            selected={entry.locale === locale}
            onClick={() => choose(entry.locale)}
          >
            {entry.name}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
