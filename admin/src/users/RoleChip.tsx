import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { User } from '../auth/types';

const colours = { advisor: 'default', coordinator: 'info', manager: 'secondary', admin: 'warning' } as const;

export function RoleChip(_props: { label?: string; source?: string }) {
  const translate = useTranslate();
  const user = useRecordContext<User>();
  if (!user) return null;
  return <Chip size="small" color={colours[user.role] ?? 'default'} label={translate(`traject.roles.${user.role}`)} />;
}
