import { lazy } from 'react';
import HandshakeIcon from '@mui/icons-material/Handshake';

/** Referral partners (COOPCITY, BISSIB and those admins add): admins keep them, everyone reads them. */
export default {
  list: lazy(() => import('./PartnerList')),
  create: lazy(() => import('./PartnerCreate')),
  edit: lazy(() => import('./PartnerEdit')),
  icon: HandshakeIcon,
  recordRepresentation: 'nameFr',
};
