import { lazy } from 'react';
import ScheduleIcon from '@mui/icons-material/Schedule';

/** The job queue (admins). */
export default {
  list: lazy(() => import('./JobList')),
  icon: ScheduleIcon,
};
