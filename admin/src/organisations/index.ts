import { lazy } from 'react';
import BusinessIcon from '@mui/icons-material/Business';

/** The register of organisations; every screen loads on first visit only. */
export default {
  list: lazy(() => import('./OrganisationList')),
  show: lazy(() => import('./OrganisationShow')),
  create: lazy(() => import('./OrganisationCreate')),
  edit: lazy(() => import('./OrganisationEdit')),
  icon: BusinessIcon,
  recordRepresentation: 'name',
};
