import { useState } from 'react';
import {
  IconButton,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import DownloadIcon from '@mui/icons-material/Download';
import VisibilityIcon from '@mui/icons-material/Visibility';
import {
  useCanAccess,
  useDataProvider,
  useGetList,
  useLocaleState,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { label } from '../../../api/src/domain/i18n/labels';
import { DOCUMENT_KINDS, type DocumentKind, type Language } from '../../../api/src/domain/documents';
import { DocumentDropZone } from './DocumentDropZone';
import { DocumentPreview } from './DocumentPreview';
import { canPreview, fetchBlob, formatBytes } from './documentsApi';
import { saveBlob } from '../common/download';
import type { DocumentRecord } from './types';
import { formatDay } from '../../../api/src/domain';

const LINKS = ['recognitionId', 'assessmentId', 'meetingId', 'referralId', 'caseId', 'contactId'] as const;

/** The organisation's "Documents" tab: upload (drop or pick several), filter by kind and link, preview, download. */
export function OrganisationDocuments() {
  const organisation = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider();
  const [locale] = useLocaleState();
  const language = (['fr', 'nl', 'en'].includes(locale) ? locale : 'en') as Language;
  const [kind, setKind] = useState<DocumentKind>('other');
  const [kindFilter, setKindFilter] = useState<string>('');
  const [linkFilter, setLinkFilter] = useState<string>('');
  const [previewed, setPreviewed] = useState<DocumentRecord | null>(null);
  const { canAccess: canWrite } = useCanAccess({ resource: 'documents', action: 'create' });
  const { data = [], refetch } = useGetList<DocumentRecord>(
    'documents',
    {
      filter: { organisationId: organisation?.id, ...(kindFilter && { kind: kindFilter }) },
      sort: { field: 'uploadedAt', order: 'DESC' },
      pagination: { page: 1, perPage: 500 },
    },
    { enabled: !!organisation },
  );
  if (!organisation) return null;
  const shown = data.filter(
    (d) =>
      !linkFilter || (linkFilter === 'none' ? LINKS.every((l) => !d[l]) : !!d[linkFilter as (typeof LINKS)[number]]),
  );

  async function download(document: DocumentRecord) {
    const { blob, fileName } = await fetchBlob(`/api/documents/${document.id}/content`);
    saveBlob(blob, fileName);
  }

  async function remove(document: DocumentRecord) {
    try {
      await dataProvider.delete('documents', { id: document.id, previousData: document });
      notify('traject.documents.deleted', { type: 'info' });
      void refetch();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  }

  return (
    <Stack spacing={2}>
      {canWrite && (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
          <TextField
            select
            size="small"
            label={translate('traject.documents.kind')}
            value={kind}
            onChange={(e) => setKind(e.target.value as DocumentKind)}
            sx={{ minWidth: 240 }}
          >
            {DOCUMENT_KINDS.map((k) => (
              <MenuItem key={k} value={k}>
                {label('documentKind', k, language)}
              </MenuItem>
            ))}
          </TextField>
          <div style={{ flex: 1 }}>
            <DocumentDropZone
              fields={{ organisationId: organisation.id, kind }}
              onUploaded={() => void refetch()}
              label={translate('traject.documents.drop_here')}
            />
          </div>
        </Stack>
      )}
      <Stack direction="row" spacing={2}>
        <TextField
          select
          size="small"
          label={translate('traject.documents.filter_kind')}
          value={kindFilter}
          onChange={(e) => setKindFilter(e.target.value)}
          sx={{ minWidth: 220 }}
        >
          <MenuItem value="">{translate('traject.documents.all')}</MenuItem>
          {DOCUMENT_KINDS.map((k) => (
            <MenuItem key={k} value={k}>
              {label('documentKind', k, language)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={translate('traject.documents.filter_link')}
          value={linkFilter}
          onChange={(e) => setLinkFilter(e.target.value)}
          sx={{ minWidth: 220 }}
        >
          <MenuItem value="">{translate('traject.documents.all')}</MenuItem>
          {LINKS.map((l) => (
            <MenuItem key={l} value={l}>
              {translate(`traject.documents.links.${l}`)}
            </MenuItem>
          ))}
          <MenuItem value="none">{translate('traject.documents.links.none')}</MenuItem>
        </TextField>
      </Stack>
      {shown.length === 0 ? (
        <Typography color="text.secondary">{translate('traject.documents.none')}</Typography>
      ) : (
        <Table size="small" aria-label={translate('traject.organisations.tabs.documents')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('traject.documents.title')}</TableCell>
              <TableCell>{translate('traject.documents.kind')}</TableCell>
              <TableCell>{translate('traject.documents.file')}</TableCell>
              <TableCell>{translate('traject.documents.date')}</TableCell>
              <TableCell>{translate('traject.documents.version')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((d) => (
              <TableRow key={d.id}>
                <TableCell>{d.title}</TableCell>
                <TableCell>{label('documentKind', d.kind, language)}</TableCell>
                <TableCell>
                  <Tooltip title={`SHA-256 ${d.sha256}`}>
                    <span>
                      {d.fileName} ({formatBytes(d.sizeBytes, locale)})
                    </span>
                  </Tooltip>
                </TableCell>
                <TableCell>{formatDay(d.uploadedAt)}</TableCell>
                <TableCell>{d.currentVersion}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {canPreview(d.mediaType) && (
                    <IconButton
                      size="small"
                      aria-label={`${translate('traject.documents.preview')} ${d.title}`}
                      onClick={() => setPreviewed(d)}
                    >
                      <VisibilityIcon fontSize="small" />
                    </IconButton>
                  )}
                  <IconButton
                    size="small"
                    aria-label={`${translate('traject.documents.download')} ${d.title}`}
                    onClick={() => void download(d)}
                  >
                    <DownloadIcon fontSize="small" />
                  </IconButton>
                  {canWrite && (
                    <IconButton
                      size="small"
                      aria-label={`${translate('ra.action.delete')} ${d.title}`}
                      onClick={() => void remove(d)}
                    >
                      <DeleteIcon fontSize="small" />
                    </IconButton>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <DocumentPreview document={previewed} onClose={() => setPreviewed(null)} />
    </Stack>
  );
}
