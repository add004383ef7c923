import { Chip, Stack, Typography } from '@mui/material';
import StarIcon from '@mui/icons-material/Star';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Contact } from '../organisations/types';
import { NameInLanguage } from '../common/NameInLanguage';

/** "First Last" (in the person's language, when it is not the console's), with a "Primary" chip on the organisation's main contact. */
export function ContactNameField(_props: { label?: string; source?: string; sortBy?: string }) {
  const contact = useRecordContext<Contact>();
  const translate = useTranslate();
  if (!contact) return null;
  return (
    <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
      <Typography component="span" variant="body2">
        <NameInLanguage name={`${contact.firstName} ${contact.lastName}`} languages={contact.language} />
      </Typography>
      {contact.isPrimary && (
        <Chip size="small" color="primary" icon={<StarIcon />} label={translate('traject.contacts.primary')} />
      )}
    </Stack>
  );
}
