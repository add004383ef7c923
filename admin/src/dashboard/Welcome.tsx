import { Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Hello, who you are signed in as, and (for roles without a home yet) what Traject is. */
export function Welcome({ fullName, role, intro }: { fullName: string; role: string; intro: boolean }) {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2 }} component="section" aria-labelledby="welcome-title">
      <CardContent sx={{ pb: intro ? undefined : '16px !important' }}>
        <Typography id="welcome-title" variant="h5" component="h2" gutterBottom>
          {translate('traject.dashboard.welcome', { fullName })}
        </Typography>
        <Typography variant="body1">
          {translate('traject.dashboard.role', { role: translate(`traject.roles.${role}`) })}
        </Typography>
        {intro && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {translate('traject.dashboard.intro')}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
