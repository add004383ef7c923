import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What Traject tells people, where they look.
 * - `outbox`: every mail, written in the transaction of the event that causes it and sent by the
 *   `mail-outbox` job; rendered when written (an admin reads it as it went out). `message_id` is fixed when
 *   written, so a mail sent again after a crash carries the same Message-ID. `dedupe_key` keeps a reminder to one mail.
 * - `notifications`: the bell, one row per person and event.
 * - `notification_preferences`: which mails a person wants; the row's id is the user's id, no row means the defaults.
 * - `calendar_feeds`: a person's private calendar URL, kept as the hash of its token.
 */
export class CreateOutboxAndNotifications1765300000000 implements MigrationInterface {
  name = 'CreateOutboxAndNotifications1765300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid REFERENCES users(id),
        recipient text NOT NULL,
        language text NOT NULL CHECK (language IN ('fr', 'nl', 'en')),
        template text NOT NULL,
        subject text NOT NULL,
        body_text text NOT NULL,
        body_html text NOT NULL,
        dedupe_key text UNIQUE,
        message_id text NOT NULL UNIQUE,
        state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        claimed_until timestamptz,
        last_error text,
        smtp_response text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await db.query(`CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE state IN ('pending', 'sending')`);
    await db.query(`CREATE INDEX outbox_created ON outbox (created_at DESC)`);
    await db.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        kind text NOT NULL,
        params jsonb NOT NULL DEFAULT '{}',
        link text,
        dedupe_key text UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await db.query(`CREATE INDEX notifications_user ON notifications (user_id, created_at DESC)`);
    await db.query(`CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL`);
    await db.query(`
      CREATE TABLE notification_preferences (
        id uuid PRIMARY KEY REFERENCES users(id),
        task_assigned boolean NOT NULL DEFAULT true,
        tasks_due boolean NOT NULL DEFAULT true,
        organisation_deadlines boolean NOT NULL DEFAULT true,
        coordinator_digest boolean NOT NULL DEFAULT true,
        weekly_digest boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE TRIGGER notification_preferences_audit AFTER INSERT OR UPDATE OR DELETE ON notification_preferences FOR EACH ROW EXECUTE FUNCTION audit_row()`);
    await db.query(`
      CREATE TABLE calendar_feeds (
        user_id uuid PRIMARY KEY REFERENCES users(id),
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_read_at timestamptz
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE calendar_feeds`);
    await db.query(`DROP TABLE notification_preferences`);
    await db.query(`DROP TABLE notifications`);
    await db.query(`DROP TABLE outbox`);
  }
}
