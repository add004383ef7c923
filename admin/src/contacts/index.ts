import { lazy } from 'react';
import ContactsIcon from '@mui/icons-material/Contacts';

/** The people of the register; every screen loads on first visit only. */
export default {
  list: lazy(() => import('./ContactList')),
  create: lazy(() => import('./ContactCreate')),
  edit: lazy(() => import('./ContactEdit')),
  icon: ContactsIcon,
  recordRepresentation: (contact: { firstName: string; lastName: string }) =>
    `${contact.firstName} ${contact.lastName}`,
};
