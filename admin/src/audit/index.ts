import { lazy } from 'react';
import HistoryIcon from '@mui/icons-material/History';

/** The audit trail (managers and admins), read-only: a list whose rows unfold into their changes. */
export default {
  list: lazy(() => import('./AuditLogList')),
  icon: HistoryIcon,
};
