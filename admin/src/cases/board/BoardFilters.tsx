import { MenuItem, Stack, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { sectorChoices } from '../../organisations/codes';
import { useMunicipalities } from '../../organisations/useMunicipalities';

export interface BoardFilterValues {
  advisorId?: string;
  sectors?: string;
  municipality?: string;
}

/** Advisor, sector and municipality above the board (the cases filters advisorId, sectors, municipality). */
export function BoardFilters({
  value,
  onChange,
}: {
  value: BoardFilterValues;
  onChange: (next: BoardFilterValues) => void;
}) {
  const translate = useTranslate();
  const { data: staff } = useGetList('users', {
    filter: { active: true, role: ['advisor', 'coordinator'] },
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'fullName', order: 'ASC' },
  });
  const { choices: municipalities } = useMunicipalities();
  const all = translate('traject.board.all');
  const select = (key: keyof BoardFilterValues, label: string, options: { id: string; name: string }[]) => (
    <TextField
      select
      size="small"
      label={translate(label)}
      value={value[key] ?? ''}
      onChange={(event) => onChange({ ...value, [key]: event.target.value || undefined })}
      fullWidth={false}
      sx={{ width: 240 }}
    >
      <MenuItem value="">
        <em>{all}</em>
      </MenuItem>
      {options.map((option) => (
        <MenuItem key={option.id} value={option.id}>
          {option.name}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 1, mb: 2 }}>
      {select(
        'advisorId',
        'resources.cases.fields.advisorId',
        (staff ?? []).map((user) => ({ id: String(user.id), name: user.fullName })),
      )}
      {select(
        'sectors',
        'resources.cases.fields.sectors',
        sectorChoices.map((choice) => ({ id: choice.id, name: translate(choice.name) })),
      )}
      {select('municipality', 'resources.cases.fields.municipality', municipalities)}
    </Stack>
  );
}
