import { Card, CardContent, Typography } from '@mui/material';
import { Title, useGetIdentity, useTranslate } from 'react-admin';

/** A welcome card for now; the dashboards of the later issues replace it. */
export default function Dashboard() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  if (!identity) return null;
  const role = translate(`traject.roles.${identity.role}`);
  return (
    <Card sx={{ mt: 2 }} component="section" aria-labelledby="welcome-title">
      <Title title="ra.page.dashboard" />
      <CardContent>
        <Typography id="welcome-title" variant="h5" component="h1" gutterBottom>
          {translate('traject.dashboard.welcome', { fullName: identity.fullName })}
        </Typography>
        <Typography variant="body1">{translate('traject.dashboard.role', { role })}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate('traject.dashboard.intro')}
        </Typography>
      </CardContent>
    </Card>
  );
}
