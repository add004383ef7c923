import { Box, Card } from '@mui/material';
import type { ReactNode } from 'react';
import { StatementLink } from '../accessibility/StatementLink';
import { DocumentLanguage } from '../i18n/documentLanguage';

/** The frame of a page reached before signing in (set a password, forgot password): one card, the statement link. */
export function PublicCard({ children }: { children: ReactNode }) {
  return (
    <>
      <Box
        component="main"
        sx={{ minHeight: '100vh', display: 'flex', justifyContent: 'center', alignItems: 'flex-start', p: 2 }}
      >
        <DocumentLanguage />
        <Card sx={{ width: '100%', maxWidth: 480, mt: { xs: 2, sm: 8 } }}>{children}</Card>
      </Box>
      <StatementLink />
    </>
  );
}
