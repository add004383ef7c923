import { lazy } from 'react';
import VerifiedIcon from '@mui/icons-material/Verified';

/** Recognition files: worked on from an organisation's "Recognition" tab; the list follows renewals. */
export default {
  list: lazy(() => import('./RecognitionList')),
  icon: VerifiedIcon,
  recordRepresentation: 'reference',
};
