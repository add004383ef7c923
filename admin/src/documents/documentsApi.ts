import { ensureSession, sessionToken } from '../auth/session';
import { fileNameOf } from '../common/download';

/** What the console sends beside each file (the API's form fields). */
export type DocumentFields = Record<string, string | undefined>;

export interface UploadError {
  status: number;
  code?: string;
  message: string;
  params?: Record<string, unknown>;
}

/**
 * One file through `POST /api/documents` as multipart/form-data (fields first, then the file), with
 * progress: XMLHttpRequest, because fetch cannot report upload progress.
 */
export async function uploadDocument(
  file: File,
  fields: DocumentFields,
  onProgress: (fraction: number) => void,
  path = '/api/documents',
): Promise<{ id: string }> {
  await ensureSession();
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) if (value) form.append(key, value);
  form.append('file', file, file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    const token = sessionToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onload = () => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the server's JSON answer, read field by field below
      let body: any = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON */
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body);
      else
        reject({
          status: xhr.status,
          code: body?.code,
          message: body?.message ?? xhr.statusText,
          params: body?.params,
        } satisfies UploadError);
    };
    xhr.onerror = () => reject({ status: 0, message: 'network' } satisfies UploadError);
    xhr.send(form);
  });
}

/** The bytes of a document (or a dossier) with the bearer token, as a Blob of the type the server decided. */
export async function fetchBlob(path: string): Promise<{ blob: Blob; fileName: string }> {
  await ensureSession();
  const response = await fetch(path, { headers: { Authorization: `Bearer ${sessionToken() ?? ''}` } });
  if (!response.ok) throw new Error(String(response.status));
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('Content-Disposition'), 'document') };
}

export const canPreview = (mediaType: string) =>
  mediaType === 'application/pdf' || /^image\/(png|jpeg|gif|webp)$/.test(mediaType);

export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toLocaleString(locale, { maximumFractionDigits: unit ? 1 : 0 })} ${units[unit]}`;
}
