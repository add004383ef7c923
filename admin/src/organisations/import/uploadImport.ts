import { HttpError } from 'react-admin';
import { refreshSession, sessionToken } from '../../auth/session';

export type ImportAction = 'create' | 'update' | 'unchanged' | 'refuse';

export interface ImportRow {
  line: number;
  action: ImportAction;
  name: string | null;
  enterpriseNumber: string | null;
  organisationId: string | null;
  reasons: string[];
}

export interface ImportReport {
  committed: boolean;
  summary: { rows: number; create: number; update: number; unchanged: number; refuse: number };
  ignoredColumns: string[];
  rows: ImportRow[];
}

/** Upload progress from 0 to 1, or null once the file is sent and the server is working. */
export type Progress = (fraction: number | null) => void;

function send(file: File, commit: boolean, onProgress: Progress): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/organisations/import${commit ? '?commit=true' : ''}`);
    const token = sessionToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.withCredentials = true;
    xhr.upload.onprogress = (event) => onProgress(event.lengthComputable ? event.loaded / event.total : null);
    xhr.upload.onload = () => onProgress(null);
    xhr.onerror = () => reject(new HttpError('ra.notification.http_error', 0));
    xhr.onload = () => {
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
export async function uploadImport(file: File, commit: boolean, onProgress: Progress): Promise<ImportReport> {
  let answer = await send(file, commit, onProgress);
  if (answer.status === 401 && (await refreshSession())) answer = await send(file, commit, onProgress);
  if (answer.status >= 200 && answer.status < 300) return answer.body as ImportReport;
  const body = answer.body as { message?: string | string[]; errors?: Record<string, string> } | undefined;
  const message = body?.errors?.file ?? (Array.isArray(body?.message) ? body.message.join(', ') : body?.message);
  throw new HttpError(message || `HTTP ${answer.status}`, answer.status, body);
}
