import { HttpError } from 'react-admin';
import type { ImportReason } from '../../../../api/src/domain';
import type { ImportField } from '../../../../api/src/domain/organisation-fields';
import { refreshSession, sessionToken } from '../../auth/session';
import { saveBlob } from '../../common/download';
import { downloadFromApi } from '../../reports/download';

export type ImportAction = 'create' | 'update' | 'unchanged' | 'refuse';

export interface ImportRow {
  line: number;
  action: ImportAction;
  name: string | null;
  enterpriseNumber: string | null;
  organisationId: string | null;
  reasons: string[];
  /** What the row says that was not taken, without refusing it. */
  notes?: string[];
  /** The reasons and notes as codes: the console writes them in its own language. */
  reasonCodes?: ImportReason[];
  noteCodes?: ImportReason[];
}

export interface ImportReport {
  committed: boolean;
  summary: { rows: number; create: number; update: number; unchanged: number; refuse: number };
  ignoredColumns: string[];
  /** Every row of a small file; the rows needing attention of a large one (`complete` false). */
  rows: ImportRow[];
  complete: boolean;
  attention: number;
}

/** The fields a person gave to headers the import did not recognise (`?columns=`). */
export type ChosenColumns = Record<string, ImportField>;

/** Upload progress from 0 to 1, or null once the file is sent and the server is working. */
type Progress = (fraction: number | null) => void;

function send(
  file: File,
  query: string,
  onProgress: Progress,
  asBlob = false,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/organisations/import${query}`);
    if (asBlob) xhr.responseType = 'blob';
    const token = sessionToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.withCredentials = true;
    xhr.upload.onprogress = (event) => onProgress(event.lengthComputable ? event.loaded / event.total : null);
    xhr.upload.onload = () => onProgress(null);
    xhr.onerror = () => reject(new HttpError('ra.notification.http_error', 0));
    xhr.onload = () => {
      if (asBlob && xhr.status >= 200 && xhr.status < 300) return resolve({ status: xhr.status, body: xhr.response });
      if (asBlob) return resolve({ status: xhr.status, body: undefined });
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      resolve({ status: xhr.status, body });
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/**
 * Posts the CSV as the `file` field of a form (XMLHttpRequest, for the upload progress);
 * a dry run unless `commit`. An expired token gets one refresh and one retry.
 */
export async function uploadImport(
  file: File,
  commit: boolean,
  onProgress: Progress,
  columns: ChosenColumns = {},
): Promise<ImportReport> {
  const params = new URLSearchParams();
  if (commit) params.set('commit', 'true');
  if (Object.keys(columns).length) params.set('columns', JSON.stringify(columns));
  const query = params.size ? `?${params.toString()}` : '';
  let answer = await send(file, query, onProgress);
  if (answer.status === 401 && (await refreshSession())) answer = await send(file, query, onProgress);
  if (answer.status >= 200 && answer.status < 300) return answer.body as ImportReport;
  const body = answer.body as { message?: string | string[]; errors?: Record<string, string> } | undefined;
  const message = body?.errors?.file ?? (Array.isArray(body?.message) ? body.message.join(', ') : body?.message);
  throw new HttpError(message || `HTTP ${answer.status}`, answer.status, body);
}

/** The dry run's full report, every row, as a CSV the browser saves (headers in the console's language). */
export async function downloadImportReport(file: File, language: string, columns: ChosenColumns = {}): Promise<void> {
  const params = new URLSearchParams({ report: 'csv', lang: language });
  if (Object.keys(columns).length) params.set('columns', JSON.stringify(columns));
  const query = `?${params.toString()}`;
  let answer = await send(file, query, () => undefined, true);
  if (answer.status === 401 && (await refreshSession())) answer = await send(file, query, () => undefined, true);
  if (!(answer.body instanceof Blob)) throw new HttpError(`HTTP ${answer.status}`, answer.status);
  saveBlob(answer.body, `${file.name.replace(/\.csv$/i, '')}-report.csv`);
}

/** The header line of a CSV file as the import reads it (comma or semicolon), for the mapping step. */
export async function headersOf(file: File): Promise<string[]> {
  const start = await file.slice(0, 64 * 1024).text();
  const line = start.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  const separator = (line.match(/;/g)?.length ?? 0) > (line.match(/,/g)?.length ?? 0) ? ';' : ',';
  return line
    .split(separator)
    .map((cell) =>
      cell
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .replace(/""/g, '"'),
    )
    .filter(Boolean);
}

/** The import template in the console's language, saved by the browser. */
export async function downloadImportTemplate(language: string): Promise<void> {
  await downloadFromApi(`/api/organisations/import/template?lang=${encodeURIComponent(language)}`, 'import.csv');
}
