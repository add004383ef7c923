import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * AddSearchColumns was edited after it had landed (its quiet list gained the case milestones of
 * AddCaseMilestones): a database migrated before that edit still audits `first_meeting_on` and
 * `first_referral_on`, so every meeting and referral wrote a stray `cases` audit row. This sets the
 * quiet list every database should have, so upgraded and freshly migrated databases are identical.
 * Idempotent; audit rows already written stay (the trail is append-only).
 */
const AUDIT_QUIET_COLUMNS = [
  'created_at', 'updated_at', 'version', 'password_hash', 'token_version', 'last_login_at', 'renewal_task_at',
  'search_folded', 'search_words', 'first_meeting_on', 'first_referral_on',
];

export class RepairAuditQuietColumns1764980000000 implements MigrationInterface {
  name = 'RepairAuditQuietColumns1764980000000';

  async up(db: QueryRunner): Promise<void> {
    const [{ definition }] = await db.query(`SELECT pg_get_functiondef('audit_row()'::regprocedure) AS definition`);
    const quiet = /quiet text\[\] := ARRAY\[[^\]]*\];/;
    if (!quiet.test(definition)) throw new Error('audit_row() has no quiet list to rewrite');
    await db.query(definition.replace(quiet, `quiet text[] := ARRAY[${AUDIT_QUIET_COLUMNS.map((c) => `'${c}'`).join(', ')}];`));
  }

  async down(): Promise<void> {
    // Nothing to undo: the list before this migration was either this one or a wrong one.
  }
}
