import { lazy } from 'react';
import ForumIcon from '@mui/icons-material/Forum';

/** Meeting notes; logged mostly from an organisation's page, every screen loads on first visit only. */
export default {
  list: lazy(() => import('./MeetingList')),
  show: lazy(() => import('./MeetingShow')),
  create: lazy(() => import('./MeetingCreate')),
  edit: lazy(() => import('./MeetingEdit')),
  icon: ForumIcon,
  recordRepresentation: 'subject',
};
