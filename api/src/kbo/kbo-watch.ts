import type { PoolClient } from 'pg';
import { KboChange, KboProfile, profileChanges } from '../domain/kbo-changes';
import { alertForEnterprise, alertForSituation, KboAlert } from '../domain/kbo-situations';

export interface ChangedOrganisation {
  organisationId: string;
  name: string;
  advisorId: string | null;
  alert: KboAlert | null;
  changes: KboChange[];
}

interface WatchRow {
  id: string;
  name: string;
  advisor_id: string | null;
  enterprise_number: string;
  before: KboProfile | null;
  present: boolean;
  status: string | null;
  juridical_situation: string | null;
  juridical_form: string | null;
  names: Record<string, string>;
  address: KboProfile['address'];
  activities: string[];
  situation_labels: string[] | null;
}

/** The organisations with a number, what the KBO says of each now, and what Traject saw last time. */
const PROFILES = `
  SELECT o.id, o.name, o.advisor_id, o.enterprise_number,
         CASE WHEN w.enterprise_number = o.enterprise_number THEN w.profile END AS before,
         e.enterprise_number IS NOT NULL AS present, e.status, e.juridical_situation, e.juridical_form,
         (SELECT coalesce(jsonb_object_agg(n.language, n.denomination), '{}')
            FROM (SELECT DISTINCT ON (coalesce(d.language, '0')) coalesce(d.language, '0') AS language, d.denomination
                    FROM kbo_denomination d WHERE d.entity_number = k.number AND d.type_of_denomination = '001'
                   ORDER BY coalesce(d.language, '0'), d.denomination) n) AS names,
         (SELECT jsonb_build_object('street', coalesce(a.street_fr, a.street_nl), 'houseNumber', a.house_number, 'box', a.box,
                                    'zipcode', a.zipcode, 'municipalityFr', a.municipality_fr, 'municipalityNl', a.municipality_nl)
            FROM kbo_address a WHERE a.entity_number = k.number AND a.type_of_address = 'REGO'
           ORDER BY a.zipcode LIMIT 1) AS address,
         (SELECT coalesce(jsonb_agg(DISTINCT coalesce(a.nace_version, '') || ':' || a.nace_code), '[]')
            FROM kbo_activity a WHERE a.entity_number = k.number AND a.classification = 'MAIN') AS activities,
         (SELECT array_agg(c.description) FROM kbo_code c WHERE c.category = 'JuridicalSituation' AND c.code = e.juridical_situation) AS situation_labels
    FROM organisations o
   CROSS JOIN LATERAL (SELECT substr(o.enterprise_number, 1, 4) || '.' || substr(o.enterprise_number, 5, 3) || '.' || substr(o.enterprise_number, 8, 3) AS number) k
    LEFT JOIN kbo_enterprise e ON e.enterprise_number = k.number
    LEFT JOIN kbo_watch w ON w.organisation_id = o.id
   WHERE o.enterprise_number IS NOT NULL`;

/**
 * After the rows of an extract are in (same transaction): compares every organisation with a number
 * with what was seen at the previous extract, records what changed (one `kbo_changes` row per
 * organisation) and what is seen now. Returns the changed organisations.
 */
export async function followChanges(client: PoolClient, loadId: string): Promise<ChangedOrganisation[]> {
  const { rows } = await client.query<WatchRow>(PROFILES);
  const seen: {
    organisation_id: string;
    enterprise_number: string;
    profile: KboProfile | null;
    alert: KboAlert | null;
  }[] = [];
  const changed: ChangedOrganisation[] = [];
  for (const row of rows) {
    const now: KboProfile | null = row.present
      ? {
          names: row.names,
          address: row.address,
          juridicalForm: row.juridical_form,
          status: row.status,
          juridicalSituation: row.juridical_situation,
          activities: row.activities,
        }
      : null;
    const alert =
      row.present || row.before
        ? alertForEnterprise(
            row.present,
            row.status,
            alertForSituation(row.juridical_situation, row.situation_labels ?? []),
          )
        : null;
    seen.push({ organisation_id: row.id, enterprise_number: row.enterprise_number, profile: now, alert });
    const changes = profileChanges(row.before, now);
    if (changes.length)
      changed.push({ organisationId: row.id, name: row.name, advisorId: row.advisor_id, alert, changes });
  }
  await client.query(
    `DELETE FROM kbo_watch w WHERE NOT EXISTS (SELECT 1 FROM organisations o WHERE o.id = w.organisation_id AND o.enterprise_number = w.enterprise_number)`,
  );
  await client.query(
    `INSERT INTO kbo_watch (organisation_id, enterprise_number, profile, alert, seen_at)
     SELECT organisation_id, enterprise_number, profile, alert, now()
       FROM jsonb_to_recordset($1::jsonb) AS s(organisation_id uuid, enterprise_number text, profile jsonb, alert text)
     ON CONFLICT (organisation_id) DO UPDATE
       SET enterprise_number = EXCLUDED.enterprise_number, profile = EXCLUDED.profile, alert = EXCLUDED.alert, seen_at = now()`,
    [JSON.stringify(seen)],
  );
  if (changed.length) {
    await client.query(
      `INSERT INTO kbo_changes (organisation_id, load_id, changes)
       SELECT organisation_id, $2, changes FROM jsonb_to_recordset($1::jsonb) AS c(organisation_id uuid, changes jsonb)`,
      [JSON.stringify(changed.map((c) => ({ organisation_id: c.organisationId, changes: c.changes }))), loadId],
    );
  }
  return changed;
}
