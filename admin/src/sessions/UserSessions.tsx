import { useMemo } from 'react';
import { useRecordContext } from 'react-admin';
import type { User } from '../auth/types';
import { SessionList } from './SessionList';
import { userSessions } from './sessions';

/** On a user's page (admins): where this person is signed in, to end a session or all of them. */
export function UserSessions() {
  const user = useRecordContext<User>();
  const endpoint = useMemo(() => (user ? userSessions(user.id) : undefined), [user?.id]);
  if (!endpoint) return null;
  return <SessionList endpoint={endpoint} title="traject.sessions.user_title" />;
}
