import { useState } from 'react';
import {
  Chip,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  ToggleButton,
  ToggleButtonGroup,
} from '@mui/material';
import { LinkBase, useTranslate } from 'react-admin';
import type { ImportAction, ImportReport, ImportRow } from './uploadImport';
import { reasonText } from '../../../../api/src/domain';
import { useLanguage } from '../../i18n/useLanguage';

const actionColours = { create: 'success', update: 'info', unchanged: 'default', refuse: 'error' } as const;

export function ActionChip({ action }: { action: ImportAction }) {
  const translate = useTranslate();
  return <Chip size="small" color={actionColours[action]} label={translate(`traject.import.actions.${action}`)} />;
}

/** The report row by row, filterable by what would happen (or happened) to each. */
export function ImportReportTable({ report }: { report: ImportReport }) {
  const translate = useTranslate();
  const [filter, setFilter] = useState<ImportAction | 'all'>('all');
  const language = useLanguage();
  // Written from their codes in the console's language (the server's words are in the language it was asked in).
  const reasonsOf = (row: ImportRow) =>
    row.reasonCodes
      ? [...row.reasonCodes, ...(row.noteCodes ?? [])].map((reason) => reasonText(reason, language))
      : [...row.reasons, ...(row.notes ?? [])];
  const rows = filter === 'all' ? report.rows : report.rows.filter((row) => row.action === filter);
  const actions: ImportAction[] = ['create', 'update', 'unchanged', 'refuse'];
  return (
    <>
      <ToggleButtonGroup
        size="small"
        exclusive
        value={filter}
        onChange={(_event, value) => value && setFilter(value)}
        aria-label={translate('traject.import.filter')}
        sx={{ my: 2, flexWrap: 'wrap' }}
      >
        <ToggleButton value="all">
          {translate('traject.import.all')} ({report.summary.rows})
        </ToggleButton>
        {actions.map((action) => (
          <ToggleButton key={action} value={action}>
            {translate(`traject.import.actions.${action}`)} ({report.summary[action]})
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <Table size="small" aria-label={translate('traject.import.report')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('traject.import.columns.line')}</TableCell>
            <TableCell>{translate('traject.import.columns.action')}</TableCell>
            <TableCell>{translate('resources.organisations.fields.name')}</TableCell>
            <TableCell>{translate('resources.organisations.fields.enterpriseNumber')}</TableCell>
            <TableCell>{translate('traject.import.columns.reasons')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.line}>
              <TableCell>{row.line}</TableCell>
              <TableCell>
                <ActionChip action={row.action} />
              </TableCell>
              <TableCell>
                {row.organisationId ? (
                  <Link component={LinkBase} to={`/organisations/${row.organisationId}/show`}>
                    {row.name}
                  </Link>
                ) : (
                  row.name
                )}
              </TableCell>
              <TableCell>{row.enterpriseNumber ?? ''}</TableCell>
              <TableCell>
                <Stack component="ul" sx={{ m: 0, pl: 2 }}>
                  {reasonsOf(row).map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </Stack>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
