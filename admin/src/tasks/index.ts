import { lazy } from 'react';
import TaskAltIcon from '@mui/icons-material/TaskAlt';

/** Things to do; every screen loads on first visit only. */
export default {
  list: lazy(() => import('./TaskList')),
  create: lazy(() => import('./TaskCreate')),
  edit: lazy(() => import('./TaskEdit')),
  icon: TaskAltIcon,
  recordRepresentation: 'title',
};
