import { httpClient } from '../auth/httpClient';

export type DuplicateKind = 'organisation' | 'contact';
export interface DuplicateReason {
  code: string;
  similarity?: number;
  value?: string;
}
export type DuplicateRecord = Record<string, unknown> & { id: string };
export interface DuplicatePair {
  first: DuplicateRecord;
  second: DuplicateRecord;
  score: number;
  reasons: DuplicateReason[];
}
export interface DuplicateMatch {
  record: DuplicateRecord;
  score: number;
  reasons: DuplicateReason[];
}

const plural = (kind: DuplicateKind) => (kind === 'organisation' ? 'organisations' : 'contacts');

export const fetchPairs = async (kind: DuplicateKind) =>
  (await httpClient(`/api/duplicates?kind=${kind}`)).json as DuplicatePair[];
export const fetchDuplicatesOf = async (kind: DuplicateKind, id: string) =>
  (await httpClient(`/api/${plural(kind)}/${id}/duplicates`)).json as DuplicateMatch[];
export const dismissPair = (kind: DuplicateKind, firstId: string, secondId: string) =>
  httpClient('/api/duplicates/dismissals', { method: 'POST', body: JSON.stringify({ kind, firstId, secondId }) });
export const merge = (
  kind: DuplicateKind,
  survivorId: string,
  sourceId: string,
  fields: Record<string, 'survivor' | 'source'>,
) =>
  httpClient(`/api/${plural(kind)}/${survivorId}/merge`, {
    method: 'POST',
    body: JSON.stringify({ sourceId, fields }),
  });

/** The fields a merge lets one choose, as the API lists them. */
export const MERGE_FIELDS: Record<DuplicateKind, string[]> = {
  organisation: ['name', 'enterpriseNumber', 'legalForm', 'street', 'postcode', 'website', 'email', 'phone'],
  contact: ['firstName', 'lastName', 'email', 'phone', 'organisationId'],
};
