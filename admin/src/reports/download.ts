import { refreshSession, sessionToken, toHttpError } from '../auth/session';

/** The file name of a `Content-Disposition: attachment; filename="…"` header, or the fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : fallback;
}

/** Hands a blob to the browser as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function authorisedFetch(url: string): Promise<Response> {
  const send = () => {
    const token = sessionToken();
    return fetch(url, { credentials: 'same-origin', headers: token ? { Authorization: `Bearer ${token}` } : {} });
  };
  let response = await send();
  if (response.status === 401 && (await refreshSession())) response = await send();
  return response;
}

/**
 * Downloads a file of the API with the bearer token (a plain link cannot carry it): fetch,
 * blob, then an `<a download>` named as the server's Content-Disposition says.
 */
export async function downloadFromApi(url: string, fallbackName: string): Promise<string> {
  const response = await authorisedFetch(url);
  if (!response.ok) throw await toHttpError(response);
  const fileName = fileNameOf(response.headers.get('Content-Disposition'), fallbackName);
  saveBlob(await response.blob(), fileName);
  return fileName;
}
