import { useCallback, useEffect, useState } from 'react';
import { Alert, AlertTitle, Box, Button, Typography } from '@mui/material';
import { useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { KboChange } from '../../../api/src/domain/kbo-changes';
import { organisationKboState, OrganisationKboState, resolveChange } from './kboApi';

const shown = (value: unknown): string => {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(
      ([, v]) => v !== null && v !== undefined && v !== '',
    );
    return entries.map(([, v]) => String(v)).join(' · ') || '—';
  }
  return String(value);
};

/** One organisation's KBO state on its page: "stopped / bankrupt …" and, after a load, what changed with a button to apply it. (Its recognition files show the API's eligibility warning.) */
export function KboBanner() {
  const record = useRecordContext<{ id: string }>();
  const organisationId = record?.id;
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [state, setState] = useState<OrganisationKboState | null>(null);
  const load = useCallback(() => {
    if (organisationId)
      organisationKboState(String(organisationId))
        .then(setState)
        .catch(() => setState(null));
  }, [organisationId]);
  useEffect(load, [load]);
  if (!state) return null;
  const alert = state.alert ? translate(`traject.kbo.alerts.${state.alert}`) : null;
  const change = state.openChanges[0];
  const act = async (how: 'apply' | 'dismiss') => {
    try {
      await resolveChange(change.id, how);
      if (how === 'apply') notify('traject.kbo.applied', { type: 'success' });
      load();
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Box sx={{ mb: 1 }}>
      {alert && (
        <Alert severity="error" sx={{ mb: 1 }} data-testid="kbo-alert">
          {translate('traject.kbo.alert_line', { alert })}
        </Alert>
      )}
      {change && (
        <Alert
          severity="warning"
          data-testid="kbo-changed"
          action={
            <Box sx={{ display: 'flex', gap: 1 }}>
              <Button size="small" variant="contained" onClick={() => act('apply')}>
                {translate('traject.kbo.apply')}
              </Button>
              <Button size="small" onClick={() => act('dismiss')}>
                {translate('traject.kbo.dismiss')}
              </Button>
            </Box>
          }
        >
          <AlertTitle>{translate('traject.kbo.banner_title')}</AlertTitle>
          <Typography variant="body2">{translate('traject.kbo.banner_intro')}</Typography>
          {change.changes.map((c: KboChange) => (
            <Typography key={c.field} variant="body2">
              {translate(`traject.kbo.fields.${c.field}`)}: {shown(c.from)} →{' '}
              {c.to === null && c.field === 'status' ? translate('traject.kbo.gone') : shown(c.to)}
            </Typography>
          ))}
        </Alert>
      )}
    </Box>
  );
}
