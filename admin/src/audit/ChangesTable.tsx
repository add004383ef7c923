import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useGetManyAggregate, useLocaleState, useTranslate } from 'react-admin';
import { formatEnterpriseNumber } from '../organisations/enterpriseNumber';
import { useMunicipalities } from '../organisations/useMunicipalities';
import { useCodeLabel, type CodeKind } from '../reports/labels';
import { formatDateTime, formatDay } from '../../../api/src/domain';

/** What the trail records per field: `{old, new}` on a change, or a plain value (an export's filter). */
type Change = { old?: unknown; new?: unknown } | unknown;

/** Fields whose values are codes with labels, and the table the label comes from. */
const CODE_FIELDS: Record<string, CodeKind | string> = {
  stage: 'stages',
  legalForm: 'legal_forms',
  sectors: 'sectors',
  recognitionStatus: 'recognition_statuses',
  channel: 'channels',
  verdict: 'verdicts',
  partner: 'partners',
  kind: 'recognition_kinds',
  priority: 'priorities',
  role: 'roles',
  legalBasis: 'legal_bases',
  language: 'languages',
  languages: 'languages',
};

const STATUS_TABLE: Record<string, string> = {
  cases: 'case_statuses',
  tasks: 'task_statuses',
  recognitions: 'recognition_file_statuses',
  referrals: 'referral_statuses',
  assessments: 'assessment_statuses',
};

/** Fields holding a staff member's id: shown by name. */
const USER_FIELDS = new Set([
  'advisorId',
  'coordinatorId',
  'assigneeId',
  'createdById',
  'authorId',
  'assessorId',
  'referredById',
  'userId',
]);

const HIDDEN_FIELDS = new Set(['id', 'version', 'updatedAt', 'createdAt']);

function isChange(value: Change): value is { old?: unknown; new?: unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).every((key) => key === 'old' || key === 'new') &&
    Object.keys(value).length > 0
  );
}

/** A staff member's name from their id (one batched request for the whole table). */
export function StaffName({ id }: { id: string }) {
  const translate = useTranslate();
  const { data } = useGetManyAggregate('users', { ids: [id] });
  return <>{data?.[0]?.fullName ?? translate('traject.audit.unknown_user')}</>;
}

function useValueText(entity: string) {
  const translate = useTranslate();
  const [_locale] = useLocaleState(); // re-renders on a language switch
  const codeLabel = useCodeLabel();
  return function text(field: string, value: unknown): string {
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'boolean') return translate(value ? 'ra.boolean.true' : 'ra.boolean.false');
    const table = field === 'status' ? STATUS_TABLE[entity] : CODE_FIELDS[field];
    if (Array.isArray(value)) return value.length ? value.map((item) => text(field, item)).join(', ') : '—';
    if (typeof value === 'object') return JSON.stringify(value);
    if (table && typeof value === 'string') return codeLabel(table as CodeKind, value);
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(value);
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value)))
      return formatDateTime(value);
    return String(value);
  };
}

function MunicipalityName({ id }: { id: string }) {
  const { nameOf } = useMunicipalities();
  return <>{nameOf(id)}</>;
}

function Value({ entity, field, value }: { entity: string; field: string; value: unknown }) {
  const text = useValueText(entity);
  if (USER_FIELDS.has(field) && typeof value === 'string' && value) return <StaffName id={value} />;
  if (field === 'municipality' && typeof value === 'string' && value) return <MunicipalityName id={value} />;
  if (field === 'enterpriseNumber' && typeof value === 'string' && /^\d{10}$/.test(value))
    return <>{formatEnterpriseNumber(value)}</>;
  return <>{text(field, value)}</>;
}

/** The label of a field: the resource's own field label when it has one, else the field name. */
function useFieldLabel() {
  const translate = useTranslate();
  return (entity: string, field: string) =>
    translate(`resources.${entity}.fields.${field}`, { _: translate(`traject.audit.fields.${field}`, { _: field }) });
}

/** The changes of one audit entry as a small "field: old → new" table. */
export function ChangesTable({
  entity,
  changes,
}: {
  entity: string;
  changes: Record<string, Change> | null | undefined;
}) {
  const translate = useTranslate();
  const fieldLabel = useFieldLabel();
  const rows = Object.entries(changes ?? {}).filter(([field]) => !HIDDEN_FIELDS.has(field));
  if (!rows.length) return <Typography color="text.secondary">{translate('traject.audit.no_changes')}</Typography>;
  return (
    <Table size="small" aria-label={translate('traject.audit.changes')} sx={{ '& td, & th': { verticalAlign: 'top' } }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('traject.audit.field')}</TableCell>
          <TableCell>{translate('traject.audit.old')}</TableCell>
          <TableCell aria-hidden sx={{ px: 0 }} />
          <TableCell>{translate('traject.audit.new')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(([field, change]) => {
          const { old: before, new: after } = isChange(change) ? change : { old: undefined, new: change };
          return (
            <TableRow key={field}>
              <TableCell component="th" scope="row" sx={{ fontWeight: 500 }}>
                {fieldLabel(entity, field)}
              </TableCell>
              <TableCell sx={{ color: 'text.secondary', maxWidth: 320, overflowWrap: 'anywhere' }}>
                {isChange(change) && 'old' in change ? <Value entity={entity} field={field} value={before} /> : '—'}
              </TableCell>
              <TableCell aria-hidden sx={{ px: 0 }}>
                →
              </TableCell>
              <TableCell sx={{ maxWidth: 320, overflowWrap: 'anywhere' }}>
                <Value entity={entity} field={field} value={after} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
