import type { EntityManager } from 'typeorm';

/**
 * What the intake concept lets others ask about a person (GDPR): the requests they sent through the public
 * form, found by any e-mail address they ever used, and their erasure.
 */
export async function intakesOfPerson(manager: EntityManager, emails: string[]): Promise<Record<string, unknown>[]> {
  if (!emails.length) return [];
  return manager.query(
    `SELECT id, submitted_at AS "submittedAt", status, first_name AS "firstName", last_name AS "lastName", email, phone,
            organisation_name AS "organisationName", enterprise_number AS "enterpriseNumber", postcode, legal_form AS "legalForm",
            project_stage AS "projectStage", topics, question, language, consent_text AS "consentText", privacy_url AS "privacyUrl"
       FROM intakes WHERE lower(email) = ANY($1::text[]) AND anonymised_at IS NULL ORDER BY submitted_at`,
    [emails.map((email) => email.toLowerCase())],
  );
}

/** Blanks what the visitor wrote; the fact of the request (status, topics, language, dates) stays for statistics. */
export async function eraseIntakes(
  manager: EntityManager,
  where: { ids?: string[]; emails?: string[] },
): Promise<number> {
  const [{ count }] = await manager.query(
    `WITH erased AS (
       UPDATE intakes SET first_name = '[anonymised]', last_name = '[anonymised]', email = '[anonymised]', phone = NULL,
              organisation_name = '[anonymised]', enterprise_number = NULL, postcode = NULL, question = '[anonymised]',
              anonymised_at = now(), updated_at = now(), version = version + 1
        WHERE anonymised_at IS NULL AND (id = ANY($1::uuid[]) OR lower(email) = ANY($2::text[]))
        RETURNING id)
     SELECT count(*)::int AS count FROM erased`,
    [where.ids ?? [], (where.emails ?? []).map((email) => email.toLowerCase())],
  );
  return count;
}
