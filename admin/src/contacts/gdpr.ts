import { downloadFromApi } from '../reports/download';

/** Downloads everything held on a contact (GDPR art. 15) as the JSON file the API sends. */
export async function downloadContactExport(id: string): Promise<void> {
  await downloadFromApi(`/api/contacts/${encodeURIComponent(id)}/export`, `contact-${id}.json`);
}
