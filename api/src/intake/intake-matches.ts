import type { EntityManager } from 'typeorm';
import type { IntakeMatches } from '../domain/intake';
import type { Intake } from './intake.entity';

export type { IntakeMatches };

/** What the coordinator should look at before creating anything new. */
export async function findIntakeMatches(manager: EntityManager, intake: Intake): Promise<IntakeMatches> {
  const organisations = await manager.query(
    `SELECT id, name, enterprise_number AS "enterpriseNumber", postcode, reason, round(score::numeric, 2)::float AS score FROM (
        SELECT o.id, o.name, o.enterprise_number, o.postcode, 'enterprise_number' AS reason, 1.0 AS score
          FROM organisations o WHERE $1::text IS NOT NULL AND o.enterprise_number = $1
        UNION ALL
        SELECT o.id, o.name, o.enterprise_number, o.postcode, 'similar_name',
               word_similarity(search_text($2), search_text(o.name)) + CASE WHEN o.postcode = $3 THEN 0.2 ELSE 0 END
          FROM organisations o
         WHERE search_text($2) <% o.search_folded AND ($1::text IS NULL OR o.enterprise_number IS DISTINCT FROM $1)
      ) m
      WHERE score >= 0.5
      ORDER BY score DESC, name LIMIT 5`,
    [intake.enterpriseNumber, intake.organisationName, intake.postcode],
  );
  const contacts = await manager.query(
    `SELECT c.id, c.organisation_id AS "organisationId", o.name AS "organisationName", c.first_name AS "firstName", c.last_name AS "lastName", c.email
       FROM contacts c JOIN organisations o ON o.id = c.organisation_id
      WHERE lower(c.email) = lower($1) AND c.anonymised_at IS NULL
      ORDER BY c.last_name LIMIT 10`,
    [intake.email],
  );
  return { organisations, contacts };
}
