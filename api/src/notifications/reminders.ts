import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Jobs } from '../jobs/jobs';
import { Notifier } from './notifier';
import { Preferences } from './preferences';
import { deadlinesOf } from './deadlines';
import { MESSAGES } from '../domain';

const MORNING_REMINDERS = 'reminders-morning';
const WEEKLY_DIGEST = 'reminders-weekly';
const TODAY = `(now() AT TIME ZONE 'Europe/Brussels')::date`;
/** At most this many lines per list in a mail; the console has the rest. */
const MAX_LINES = 20;

const TASK_COLUMNS = `t.title, o.name AS "organisationName", to_char(t.due_on, 'YYYY-MM-DD') AS "dueOn"`;

/**
 * The morning reminders (weekdays 07:00): my tasks due tomorrow and overdue; deadlines of my organisations not
 * announced yet; for coordinators, unassigned and stalled cases. Monday 07:00: the weekly digest, for those who
 * asked for it. Each is keyed by person and day, so a run repeated or retried tells nobody twice.
 */
@Injectable()
export class Reminders {
  constructor(
    private readonly db: DataSource,
    private readonly notifier: Notifier,
    private readonly preferences: Preferences,
    jobs: Jobs,
  ) {
    jobs.register({
      name: MORNING_REMINDERS,
      title: MESSAGES['job.title.reminders_morning'],
      cron: '0 7 * * 1-5',
      run: () => this.morning(),
    });
    jobs.register({
      name: WEEKLY_DIGEST,
      title: MESSAGES['job.title.weekly_digest'],
      cron: '0 7 * * 1',
      run: () => this.weekly(),
    });
  }

  async morning(): Promise<{ tasksDue: number; deadlines: number; coordinatorDigests: number }> {
    const report = { tasksDue: 0, deadlines: 0, coordinatorDigests: 0 };
    const [{ today }] = await this.db.query(`SELECT to_char(${TODAY}, 'YYYY-MM-DD') AS today`);
    for (const user of await this.activeUsers()) {
      await this.db.transaction(async (manager) => {
        if (await this.tasksDue(manager, user.id, today)) report.tasksDue++;
        if (await this.deadlines(manager, user.id, today)) report.deadlines++;
        if (user.role === 'coordinator' && (await this.coordinatorDigest(manager, user.id, today)))
          report.coordinatorDigests++;
      });
    }
    return report;
  }

  async weekly(): Promise<{ digests: number }> {
    let digests = 0;
    const [{ today }] = await this.db.query(`SELECT to_char(${TODAY}, 'YYYY-MM-DD') AS today`);
    for (const user of await this.activeUsers()) {
      if (!(await this.preferences.of(user.id)).weeklyDigest) continue;
      await this.db.transaction(async (manager) => {
        const tasks = await manager.query(
          `SELECT ${TASK_COLUMNS} FROM tasks t LEFT JOIN organisations o ON o.id = t.organisation_id
            WHERE t.assignee_id = $1 AND t.status = 'todo' AND t.due_on BETWEEN ${TODAY} AND ${TODAY} + 6 ORDER BY t.due_on, t.title LIMIT ${MAX_LINES}`,
          [user.id],
        );
        const [{ meetings }] = await manager.query(
          `SELECT count(*)::int AS meetings FROM meetings WHERE author_id = $1 AND occurred_at >= ${TODAY} - 7 AND occurred_at < ${TODAY}`,
          [user.id],
        );
        const files = await manager.query(
          `SELECT o.name AS "organisationName", r.kind FROM recognitions r JOIN organisations o ON o.id = r.organisation_id
            WHERE o.advisor_id = $1 AND r.status IN ('preparing', 'incomplete') ORDER BY o.name LIMIT ${MAX_LINES}`,
          [user.id],
        );
        await this.notifier.notify(manager, {
          userId: user.id,
          template: 'weekly-digest',
          params: { tasks, meetingsCount: meetings, files },
          dedupeKey: `weekly-digest:${user.id}:${today}`,
        });
        digests++;
      });
    }
    return { digests };
  }

  private activeUsers(): Promise<{ id: string; role: string }[]> {
    return this.db.query(`SELECT id, role FROM users WHERE active ORDER BY id`);
  }

  private async tasksDue(manager: EntityManager, userId: string, today: string): Promise<boolean> {
    const mine = `FROM tasks t LEFT JOIN organisations o ON o.id = t.organisation_id WHERE t.assignee_id = $1 AND t.status = 'todo'`;
    const dueTomorrow = await manager.query(
      `SELECT ${TASK_COLUMNS} ${mine} AND t.due_on = ${TODAY} + 1 ORDER BY t.title LIMIT ${MAX_LINES}`,
      [userId],
    );
    const overdue = await manager.query(
      `SELECT ${TASK_COLUMNS} ${mine} AND t.due_on < ${TODAY} ORDER BY t.due_on, t.title LIMIT ${MAX_LINES}`,
      [userId],
    );
    if (!dueTomorrow.length && !overdue.length) return false;
    const [{ tomorrowCount, overdueCount }] = await manager.query(
      `SELECT count(*) FILTER (WHERE t.due_on = ${TODAY} + 1)::int AS "tomorrowCount", count(*) FILTER (WHERE t.due_on < ${TODAY})::int AS "overdueCount" ${mine}`,
      [userId],
    );
    await this.notifier.notify(manager, {
      userId,
      template: 'tasks-due',
      params: { dueTomorrow, overdue, dueTomorrowCount: tomorrowCount, overdueCount },
      dedupeKey: `tasks-due:${userId}:${today}`,
    });
    return true;
  }

  private async deadlines(manager: EntityManager, userId: string, today: string): Promise<boolean> {
    const deadlines = await deadlinesOf(manager, userId);
    if (!deadlines.length) return false;
    await this.notifier.notify(manager, {
      userId,
      template: 'organisation-deadlines',
      params: { deadlines: deadlines.slice(0, MAX_LINES), keys: deadlines.map((d) => d.key) },
      dedupeKey: `organisation-deadlines:${userId}:${today}`,
    });
    return true;
  }

  private async coordinatorDigest(manager: EntityManager, userId: string, today: string): Promise<boolean> {
    const unassigned = await manager.query(
      `SELECT o.name AS "organisationName", c.title, to_char(c.opened_on, 'YYYY-MM-DD') AS "openedOn" FROM cases c JOIN organisations o ON o.id = c.organisation_id
        WHERE c.status = 'open' AND c.advisor_id IS NULL ORDER BY c.opened_on DESC LIMIT ${MAX_LINES}`,
    );
    const stalled = await manager.query(
      `SELECT o.name AS "organisationName", u.full_name AS "advisorName", to_char(o.last_meeting_at, 'YYYY-MM-DD') AS "lastMeetingOn"
         FROM cases c JOIN organisations o ON o.id = c.organisation_id LEFT JOIN users u ON u.id = c.advisor_id
        WHERE c.status = 'open' AND coalesce(o.last_meeting_at < now() - interval '60 days', c.opened_on < ${TODAY} - 60)
        ORDER BY o.last_meeting_at NULLS FIRST LIMIT ${MAX_LINES}`,
    );
    if (!unassigned.length && !stalled.length) return false;
    await this.notifier.notify(manager, {
      userId,
      template: 'coordinator-digest',
      params: { unassigned, stalled },
      dedupeKey: `coordinator-digest:${userId}:${today}`,
    });
    return true;
  }
}
