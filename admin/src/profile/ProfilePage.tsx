import { Card, CardContent, Divider, Typography } from '@mui/material';
import { Loading, Title, useGetIdentity, useTranslate } from 'react-admin';
import { CalendarFeedSection } from '../notifications/CalendarFeedSection';
import { MailPreferencesSection } from '../notifications/MailPreferencesSection';
import { SecondFactorSection } from '../secondFactor/SecondFactorSection';
import { SessionList } from '../sessions/SessionList';
import { mySessions } from '../sessions/sessions';
import { PasswordForm } from './PasswordForm';

/** /profile: who I am, my password and where I am signed in. Open to every signed-in user. */
export default function ProfilePage() {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  if (isPending || !identity) return <Loading />;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="traject.profile.title" />
      <CardContent>
        <Typography variant="h5" component="h2" gutterBottom>
          {translate('traject.profile.identity')}
        </Typography>
        <dl>
          <Typography component="dt" variant="caption" color="text.secondary">
            {translate('resources.users.fields.fullName')}
          </Typography>
          <Typography component="dd" sx={{ ml: 0, mb: 1 }}>
            {identity.fullName}
          </Typography>
          <Typography component="dt" variant="caption" color="text.secondary">
            {translate('resources.users.fields.email')}
          </Typography>
          <Typography component="dd" sx={{ ml: 0, mb: 1 }}>
            {identity.email}
          </Typography>
          <Typography component="dt" variant="caption" color="text.secondary">
            {translate('resources.users.fields.role')}
          </Typography>
          <Typography component="dd" sx={{ ml: 0, mb: 1 }}>
            {translate(`traject.roles.${identity.role}`)}
          </Typography>
        </dl>
        <Divider sx={{ my: 2 }} />
        <PasswordForm />
        <Divider sx={{ my: 2 }} />
        <SecondFactorSection />
        <Divider sx={{ my: 2 }} />
        <SessionList endpoint={mySessions} title="traject.sessions.my_title" />
        <Divider sx={{ my: 2 }} />
        <MailPreferencesSection />
        <Divider sx={{ my: 2 }} />
        <CalendarFeedSection />
      </CardContent>
    </Card>
  );
}
