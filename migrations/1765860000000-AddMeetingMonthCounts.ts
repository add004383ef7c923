import { MigrationInterface, QueryRunner } from 'typeorm';

/** The exact counts, from the meetings themselves: what the rollup must equal. */
const RECOUNT = `SELECT date_trunc('month', m.occurred_at)::date AS month, m.author_id, m.channel, count(*)::int AS meetings
                   FROM meetings m GROUP BY 1, 2, 3`;

/**
 * The overview's meeting figures (total, by advisor, by month, by channel) counted 180,000 meetings of a
 * year at each request (bench/, 10x volume). The database now keeps the meetings counted by month,
 * author and channel (months in the database's TimeZone, as the overview's own date_trunc reads them):
 * a row trigger moves each insert, delete or change of date, author or channel, in the writer's
 * transaction. `meeting_month_counts_drift()` lists where the counts and a full recount disagree (the
 * nightly job `reports-rollups-check` reports and repairs them); `meeting_month_counts_rebuild()` recounts
 * all (the bench generator, which loads with triggers off, calls it).
 */
export class AddMeetingMonthCounts1765860000000 implements MigrationInterface {
  name = 'AddMeetingMonthCounts1765860000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE meeting_month_counts (
        month date NOT NULL,
        author_id uuid NOT NULL,
        channel text NOT NULL,
        meetings integer NOT NULL CHECK (meetings >= 0),
        PRIMARY KEY (month, author_id, channel)
      )`);
    await db.query(`
      CREATE FUNCTION meeting_month_counts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND date_trunc('month', OLD.occurred_at) = date_trunc('month', NEW.occurred_at)
           AND OLD.author_id = NEW.author_id AND OLD.channel = NEW.channel THEN
          RETURN NULL;
        END IF;
        IF TG_OP <> 'INSERT' THEN
          UPDATE meeting_month_counts SET meetings = meetings - 1
           WHERE month = date_trunc('month', OLD.occurred_at)::date AND author_id = OLD.author_id AND channel = OLD.channel;
        END IF;
        IF TG_OP <> 'DELETE' THEN
          INSERT INTO meeting_month_counts (month, author_id, channel, meetings)
          VALUES (date_trunc('month', NEW.occurred_at)::date, NEW.author_id, NEW.channel, 1)
          ON CONFLICT (month, author_id, channel) DO UPDATE SET meetings = meeting_month_counts.meetings + 1;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER meetings_month_counts AFTER INSERT OR DELETE OR UPDATE OF occurred_at, author_id, channel ON meetings FOR EACH ROW EXECUTE FUNCTION meeting_month_counts_changed()`);
    await db.query(`
      CREATE FUNCTION meeting_month_counts_drift() RETURNS TABLE (month date, author_id uuid, channel text, kept integer, counted integer) LANGUAGE sql STABLE AS $$
        SELECT coalesce(k.month, c.month), coalesce(k.author_id, c.author_id), coalesce(k.channel, c.channel), coalesce(k.meetings, 0), coalesce(c.meetings, 0)
          FROM meeting_month_counts k FULL JOIN (${RECOUNT}) c USING (month, author_id, channel)
         WHERE coalesce(k.meetings, 0) <> coalesce(c.meetings, 0)
         ORDER BY 1, 2, 3
      $$`);
    await db.query(`
      CREATE FUNCTION meeting_month_counts_rebuild() RETURNS void LANGUAGE sql AS $$
        LOCK TABLE meetings IN SHARE MODE;
        DELETE FROM meeting_month_counts;
        INSERT INTO meeting_month_counts (month, author_id, channel, meetings) ${RECOUNT};
      $$`);
    await db.query(`SELECT meeting_month_counts_rebuild()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER meetings_month_counts ON meetings`);
    await db.query(`DROP FUNCTION meeting_month_counts_changed(), meeting_month_counts_drift(), meeting_month_counts_rebuild()`);
    await db.query(`DROP TABLE meeting_month_counts`);
  }
}
