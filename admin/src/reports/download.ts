import { refreshSession, sessionToken, toHttpError } from '../auth/session';
import { fileNameOf, saveBlob } from '../common/download';

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
