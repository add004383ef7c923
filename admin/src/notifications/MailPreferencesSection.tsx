import { useEffect, useState } from 'react';
import { FormControlLabel, FormGroup, Switch, Typography } from '@mui/material';
import { useGetIdentity, useNotify, useTranslate } from 'react-admin';
import { MailPreferences, notificationsApi } from './api';

const SWITCHES = ['taskAssigned', 'tasksDue', 'organisationDeadlines', 'coordinatorDigest', 'weeklyDigest'] as const;

/** The profile's "Mails I receive": each switch saved at once. */
export function MailPreferencesSection() {
  const translate = useTranslate();
  const notify = useNotify();
  const { identity } = useGetIdentity();
  const [preferences, setPreferences] = useState<MailPreferences | null>(null);
  useEffect(() => {
    notificationsApi
      .preferences()
      .then(setPreferences, () => notify('traject.notifications.preferences_failed', { type: 'error' }));
  }, [notify]);
  if (!preferences) return null;
  const shown = SWITCHES.filter((name) => name !== 'coordinatorDigest' || identity?.role === 'coordinator');
  const change = async (name: (typeof SWITCHES)[number], value: boolean) => {
    try {
      setPreferences(await notificationsApi.changePreferences({ [name]: value, version: preferences.version }));
      notify('traject.notifications.preferences_saved', { type: 'success' });
    } catch {
      notify('traject.notifications.preferences_failed', { type: 'error' });
      setPreferences(await notificationsApi.preferences());
    }
  };
  return (
    <section aria-labelledby="mail-preferences-title">
      <Typography variant="h6" component="h2" id="mail-preferences-title" gutterBottom>
        {translate('traject.notifications.preferences_title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {translate('traject.notifications.preferences_intro')}
      </Typography>
      <FormGroup>
        {shown.map((name) => (
          <FormControlLabel
            key={name}
            control={
              <Switch checked={preferences[name]} onChange={(event) => void change(name, event.target.checked)} />
            }
            label={translate(`traject.notifications.preferences.${name}`)}
          />
        ))}
      </FormGroup>
    </section>
  );
}
