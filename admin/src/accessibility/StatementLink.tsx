import { Box, Link } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';

/** The footer link to the public accessibility statement (served by the API, in the console's language). */
export function StatementLink() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Box component="footer" sx={{ textAlign: 'center', py: 2 }}>
      <Link href={`/${locale}/accessibility`} variant="body2">
        {translate('traject.a11y.statement')}
      </Link>
    </Box>
  );
}
