import { Box, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { IMPORT_FIELDS } from '../../../../api/src/domain/organisation-fields';
import type { ChosenColumns } from './uploadImport';

/**
 * The mapping step: each header the import did not recognise gets a field, or stays ignored; "check the file"
 * then reads the file again with these choices.
 */
export function ColumnMapping({
  headers,
  value,
  onChange,
}: {
  headers: string[];
  value: ChosenColumns;
  onChange: (next: ChosenColumns) => void;
}) {
  const translate = useTranslate();
  const taken = new Set(Object.values(value));
  return (
    <Box component="section" aria-labelledby="import-mapping-title" sx={{ mt: 2 }}>
      <Typography id="import-mapping-title" variant="subtitle1" component="h2">
        {translate('traject.import.mapping.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('traject.import.mapping.hint')}
      </Typography>
      <Stack sx={{ gap: 1.5, maxWidth: 480 }}>
        {headers.map((header) => (
          <TextField
            key={header}
            select
            size="small"
            label={header}
            value={value[header] ?? ''}
            onChange={(event) => {
              const next = { ...value };
              if (event.target.value) next[header] = event.target.value as ChosenColumns[string];
              else delete next[header];
              onChange(next);
            }}
          >
            <MenuItem value="">{translate('traject.import.mapping.ignore')}</MenuItem>
            {IMPORT_FIELDS.map((field) => (
              <MenuItem key={field} value={field} disabled={taken.has(field) && value[header] !== field}>
                {translate(`resources.organisations.fields.${field}`)}
              </MenuItem>
            ))}
          </TextField>
        ))}
      </Stack>
    </Box>
  );
}
