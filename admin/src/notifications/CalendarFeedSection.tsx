import { useEffect, useState } from 'react';
import { Box, Button, TextField, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { CalendarFeedStatus, notificationsApi } from './api';
import { formatDay } from '../../../api/src/domain';

/** The profile's private calendar address: created or renewed (shown once), revoked. */
export function CalendarFeedSection() {
  const translate = useTranslate();
  const notify = useNotify();
  const [status, setStatus] = useState<CalendarFeedStatus | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    notificationsApi.calendar().then(setStatus, () => undefined);
  }, []);
  if (!status) return null;
  const renew = async () => {
    const created = await notificationsApi.renewCalendar();
    setUrl(created.url);
    setStatus({ active: true, createdAt: created.createdAt, lastReadAt: null });
  };
  const revoke = async () => {
    setStatus(await notificationsApi.revokeCalendar());
    setUrl(null);
    notify('traject.calendar.revoked', { type: 'info' });
  };
  return (
    <section aria-labelledby="calendar-feed-title">
      <Typography variant="h6" component="h2" id="calendar-feed-title" gutterBottom>
        {translate('traject.calendar.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {translate('traject.calendar.intro')}
      </Typography>
      {status.active && !url && (
        <Typography variant="body2" gutterBottom>
          {translate('traject.calendar.active_since', { date: formatDay(status.createdAt!) })}
        </Typography>
      )}
      {url && (
        <Box sx={{ my: 1 }}>
          <TextField
            fullWidth
            size="small"
            label={translate('traject.calendar.address')}
            value={url}
            helperText={translate('traject.calendar.copy_now')}
            slotProps={{
              htmlInput: {
                readOnly: true,
                onFocus: (event: React.FocusEvent<HTMLInputElement>) => event.target.select(),
              },
            }}
          />
        </Box>
      )}
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button variant="outlined" onClick={() => void renew()}>
          {translate(status.active ? 'traject.calendar.renew' : 'traject.calendar.create')}
        </Button>
        {status.active && (
          <Button color="error" onClick={() => void revoke()}>
            {translate('traject.calendar.revoke')}
          </Button>
        )}
      </Box>
    </section>
  );
}
