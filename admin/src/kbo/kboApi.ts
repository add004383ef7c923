import { httpClient } from '../auth/httpClient';
import type { KboEnterprise } from '../../../api/src/domain/kbo-enterprise';
import type { KboChange } from '../../../api/src/domain/kbo-changes';
import type { KboAlert } from '../../../api/src/domain/kbo-situations';

export interface KboNameMatch {
  enterpriseNumber: string;
  name: string;
  juridicalForm: { code: string; label: string | null } | null;
  zipcode: string | null;
  municipality: string | null;
  score: number;
}

export interface KboChangeRecord {
  id: string;
  organisationId: string;
  organisationName: string;
  extractNumber: number | null;
  changes: KboChange[];
  status: 'open' | 'applied' | 'dismissed';
}

export interface OrganisationKboState {
  alert: KboAlert | null;
  openChanges: KboChangeRecord[];
}

/** An enterprise of the loaded extract, or null when the extract has none with this number. */
export async function fetchEnterprise(number: string): Promise<KboEnterprise | null> {
  try {
    return (await httpClient(`/api/kbo/enterprises/${encodeURIComponent(number)}`)).json as KboEnterprise;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null;
    throw error;
  }
}

export async function searchEnterprises(q: string): Promise<KboNameMatch[]> {
  return (await httpClient(`/api/kbo/enterprises?q=${encodeURIComponent(q)}`)).json as KboNameMatch[];
}

export async function organisationKboState(organisationId: string): Promise<OrganisationKboState> {
  return (await httpClient(`/api/kbo/organisations/${organisationId}`)).json as OrganisationKboState;
}

export async function resolveChange(changeId: string, how: 'apply' | 'dismiss'): Promise<void> {
  await httpClient(`/api/kbo/changes/${changeId}/${how}`, { method: 'POST' });
}
