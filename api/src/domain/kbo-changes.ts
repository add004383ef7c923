import { isLanguage } from './i18n/language';
import { renderMessage } from './messages';
import type { KboAlert } from './kbo-situations';

/** What Traject watches of an enterprise between two extracts. */
export interface KboProfile {
  names: Record<string, string>;
  address: {
    street: string | null;
    houseNumber: string | null;
    box: string | null;
    zipcode: string | null;
    municipalityFr: string | null;
    municipalityNl: string | null;
  } | null;
  juridicalForm: string | null;
  status: string | null;
  juridicalSituation: string | null;
  activities: string[];
}

type KboChangeField = 'name' | 'address' | 'legalForm' | 'status' | 'juridicalSituation' | 'activities';

export interface KboChange {
  field: KboChangeField;
  from: unknown;
  to: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * What changed for one enterprise between the profile seen at the previous extract and now.
 * `now` null: the enterprise left the open data (stopped). No previous profile: nothing to report
 * (the first extract only sets what later ones are compared with).
 */
export function profileChanges(before: KboProfile | null, now: KboProfile | null): KboChange[] {
  if (!before) return [];
  if (!now) return [{ field: 'status', from: before.status, to: null }];
  const changes: KboChange[] = [];
  if (!same(before.names, now.names)) changes.push({ field: 'name', from: before.names, to: now.names });
  if (!same(before.address, now.address)) changes.push({ field: 'address', from: before.address, to: now.address });
  if (!same(before.juridicalForm, now.juridicalForm))
    changes.push({ field: 'legalForm', from: before.juridicalForm, to: now.juridicalForm });
  if (!same(before.status, now.status)) changes.push({ field: 'status', from: before.status, to: now.status });
  if (!same(before.juridicalSituation, now.juridicalSituation))
    changes.push({ field: 'juridicalSituation', from: before.juridicalSituation, to: now.juridicalSituation });
  if (!same([...before.activities].sort(), [...now.activities].sort()))
    changes.push({ field: 'activities', from: before.activities, to: now.activities });
  return changes;
}

/** The task an advisor gets when their organisation changed at the KBO, in their language. */
export function changeTaskTitle(language: string, organisationName: string, alert: KboAlert | null): string {
  const params = { organisation: organisationName, alert };
  return renderMessage(
    alert ? 'task.kbo_changes_alert' : 'task.kbo_changes',
    params,
    isLanguage(language) ? language : 'fr',
  )!;
}
