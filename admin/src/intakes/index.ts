import { lazy } from 'react';
import MoveToInboxIcon from '@mui/icons-material/MoveToInbox';

/** What arrived through the public form: coordinators convert or dismiss it. */
export default {
  list: lazy(() => import('./IntakeList')),
  show: lazy(() => import('./IntakeShow')),
  icon: MoveToInboxIcon,
  recordRepresentation: 'organisationName',
};
