import { lazy } from 'react';
import PeopleIcon from '@mui/icons-material/People';

/** Loaded on first visit only: nothing of the users screens is in the bundle before sign-in. */
export default {
  list: lazy(() => import('./UserList')),
  create: lazy(() => import('./UserCreate')),
  edit: lazy(() => import('./UserEdit')),
  icon: PeopleIcon,
  recordRepresentation: 'fullName',
};
