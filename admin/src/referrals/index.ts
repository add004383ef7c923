import { lazy } from 'react';
import CallSplitIcon from '@mui/icons-material/CallSplit';

/** Referrals to COOPCITY and BISSIB: made from an organisation's "Referrals" tab, followed in the list. */
export default {
  list: lazy(() => import('./ReferralList')),
  icon: CallSplitIcon,
};
