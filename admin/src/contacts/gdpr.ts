import { refreshSession, sessionToken, toHttpError } from '../auth/session';

/** GET with the bearer token, one refresh and retry on 401 (as httpClient does for JSON). */
async function authorisedFetch(url: string): Promise<Response> {
  const send = () =>
    fetch(url, { headers: { Authorization: `Bearer ${sessionToken() ?? ''}` }, credentials: 'same-origin' });
  let response = await send();
  if (response.status === 401 && (await refreshSession())) response = await send();
  return response;
}

/** The file name the API proposes in Content-Disposition, or a sensible one. */
function fileName(response: Response, id: string): string {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  return /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? `contact-${id}.json`;
}

/** Downloads everything held on a contact (GDPR art. 15) as the JSON file the API sends. */
export async function downloadContactExport(id: string): Promise<void> {
  const response = await authorisedFetch(`/api/contacts/${encodeURIComponent(id)}/export`);
  if (!response.ok) throw await toHttpError(response);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName(response, id);
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
