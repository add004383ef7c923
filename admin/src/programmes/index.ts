import { lazy } from 'react';
import SchoolIcon from '@mui/icons-material/School';

/** Partner programmes (COOPCITY, BISSIB): admins keep them, everyone reads them. */
export default {
  list: lazy(() => import('./ProgrammeList')),
  create: lazy(() => import('./ProgrammeCreate')),
  edit: lazy(() => import('./ProgrammeEdit')),
  icon: SchoolIcon,
  recordRepresentation: 'name',
};
