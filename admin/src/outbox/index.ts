import { lazy } from 'react';
import OutboxIcon from '@mui/icons-material/Outbox';

/** The outbox (admins): every mail with its rendered body and state. */
export default {
  list: lazy(() => import('./OutboxList')),
  show: lazy(() => import('./OutboxShow')),
  icon: OutboxIcon,
};
