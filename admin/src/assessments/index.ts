import { lazy } from 'react';
import FactCheckIcon from '@mui/icons-material/FactCheck';

/** EMES assessments: started from an organisation's "Assessments" tab; one page edits a draft and shows a final one. */
export default {
  list: lazy(() => import('./AssessmentList')),
  // Everyone may read an assessment; the page offers the form only to who may change it.
  show: lazy(() => import('./AssessmentPage')),
  icon: FactCheckIcon,
  recordRepresentation: 'assessedOn',
};
