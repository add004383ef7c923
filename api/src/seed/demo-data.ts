import { EntityManager } from 'typeorm';
import { hashPassword } from '../auth/password';
import { municipalityForPostcode } from '../domain/municipalities';
import { User } from '../users/user.entity';
import { Language } from '../domain/languages';
import { Role } from '../domain/roles';
import { DEMO_ORGANISATIONS } from './demo-organisations';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';

export interface FirstUser {
  email: string;
  fullName: string;
  role: Role;
  language: Language;
  password: string;
}

export const demoUsers = (): FirstUser[] => DEMO_USERS.map((user) => ({ ...user, password: DEMO_PASSWORD }));

/** Creates these users only when the database has none yet; returns the e-mails created. */
export async function seedFirstUsers(manager: EntityManager, people: FirstUser[]): Promise<string[]> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('traject:first-users'))`);
  // Most starts find users already there: hash passwords only when they will be stored.
  if (!people.length || (await manager.count(User)) > 0) return [];
  const rows = await Promise.all(
    people.map(async ({ password, ...user }) => ({
      ...user,
      passwordHash: await hashPassword(password),
      active: true,
      tokenVersion: 0,
      version: 1,
    })),
  );
  await manager.insert(User, rows);
  return rows.map((u) => u.email);
}

/** About 60 fictional Brussels organisations with their contacts, when the register is empty. */
export async function seedDemoOrganisations(manager: EntityManager): Promise<number> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('traject:demo-organisations'))`);
  const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM organisations`);
  if (count > 0) return 0;
  const [author] = await manager.query(`SELECT id FROM users WHERE email = 'advisor@demo.traject.brussels'`);
  for (const { contacts, ...organisation } of DEMO_ORGANISATIONS) {
    const [{ id }] = await manager.query(
      `INSERT INTO organisations (name, enterprise_number, legal_form, sectors, description, social_mission, street, postcode,
         municipality, website, email, phone, founded_on, registered_on, employees_fte, volunteers, languages, tags, created_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13, $14, $15, $16, $17, $18) RETURNING id`,
      [
        organisation.name,
        organisation.enterpriseNumber,
        organisation.legalForm,
        organisation.sectors,
        organisation.description,
        organisation.socialMission,
        organisation.street,
        organisation.postcode,
        municipalityForPostcode(organisation.postcode),
        organisation.website,
        organisation.email,
        organisation.phone,
        organisation.foundedOn,
        organisation.employeesFte,
        organisation.volunteers,
        organisation.languages,
        organisation.tags,
        author?.id ?? null,
      ],
    );
    for (const contact of contacts) {
      await manager.query(
        `INSERT INTO contacts (organisation_id, first_name, last_name, job_title, email, phone, language, is_primary, created_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          id,
          contact.firstName,
          contact.lastName,
          contact.jobTitle,
          contact.email,
          contact.phone,
          contact.language,
          contact.isPrimary,
          author?.id ?? null,
        ],
      );
    }
  }
  return DEMO_ORGANISATIONS.length;
}
