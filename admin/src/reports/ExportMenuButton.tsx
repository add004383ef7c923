import { useState, type MouseEvent } from 'react';
import DownloadIcon from '@mui/icons-material/GetApp';
import { ListItemText, Menu, MenuItem } from '@mui/material';
import { Button, useCanAccess, useListContext, useNotify, useTranslate } from 'react-admin';
import { NOBODY } from '../dataProvider';
import { downloadFromApi } from './download';
import { useLanguage } from '../i18n/useLanguage';

/** The lists the API exports (`GET /api/reports/{name}.csv|xlsx`). */
const EXPORTABLE = ['organisations', 'contacts', 'cases', 'meetings', 'assessments', 'recognitions', 'referrals'];

type Format = 'csv' | 'xlsx';

/** The list's filter as the data provider sends it: "nobody" (an unassigned case) is null for the API. */
function apiFilter(filter: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(filter)
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([key, value]) => [key, key.endsWith('Id') && value === NOBODY ? null : value]),
  );
}

/** `/api/reports/cases.csv?filter={…}&sort=["openedOn","DESC"]&lang=nl`: what the list shows, all pages, in the console's language. */
function exportUrl(
  resource: string,
  format: Format,
  filter: Record<string, unknown>,
  sort?: { field: string; order: string },
  lang?: string,
): string {
  const params = new URLSearchParams({ filter: JSON.stringify(apiFilter(filter)) });
  if (lang) params.set('lang', lang);
  if (sort?.field) params.set('sort', JSON.stringify([sort.field, sort.order]));
  return `/api/reports/${resource}.${format}?${params.toString()}`;
}

/**
 * "Export" on a list, in place of react-admin's client-side export: a menu of CSV and XLSX,
 * built by the server from the list's current filter and sort (every page, not just the one
 * shown). Offered only to the roles canAccess allows to export that list.
 */
export function ExportMenuButton() {
  const { resource, filterValues, sort, total, isPending } = useListContext();
  const { canAccess } = useCanAccess({ resource, action: 'export' });
  const translate = useTranslate();
  const notify = useNotify();
  const language = useLanguage();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);
  if (!canAccess || !EXPORTABLE.includes(resource)) return null;

  const download = async (format: Format) => {
    setAnchor(null);
    setBusy(true);
    try {
      const today = new Date().toISOString().slice(0, 10);
      await downloadFromApi(
        exportUrl(resource, format, filterValues ?? {}, sort, language),
        `traject-${resource}-${today}.${format}`,
      );
    } catch (error) {
      notify('traject.exports.failed', { type: 'error', messageArgs: { message: (error as Error).message } });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        label="traject.exports.button"
        onClick={(event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget)}
        disabled={busy || isPending || total === 0}
        aria-haspopup="menu"
        aria-controls={anchor ? 'export-menu' : undefined}
      >
        <DownloadIcon />
      </Button>
      <Menu id="export-menu" anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => void download('csv')}>
          <ListItemText
            primary={translate('traject.exports.csv')}
            secondary={translate('traject.exports.rows', { smart_count: total ?? 0 })}
          />
        </MenuItem>
        <MenuItem onClick={() => void download('xlsx')}>
          <ListItemText
            primary={translate('traject.exports.xlsx')}
            secondary={translate('traject.exports.rows', { smart_count: total ?? 0 })}
          />
        </MenuItem>
      </Menu>
    </>
  );
}
