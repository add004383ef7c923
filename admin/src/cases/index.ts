import { lazy } from 'react';
import RouteIcon from '@mui/icons-material/Route';

/** Support journeys; every screen loads on first visit only. */
export default {
  list: lazy(() => import('./CaseList')),
  show: lazy(() => import('./CaseShow')),
  create: lazy(() => import('./CaseCreate')),
  edit: lazy(() => import('./CaseEdit')),
  icon: RouteIcon,
  recordRepresentation: 'title',
};
