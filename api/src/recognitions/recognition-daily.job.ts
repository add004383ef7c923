import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { assignedAdvisor } from '../cases/cases.queries';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app.config';
import { yearOf } from '../domain/calendar';
import { obligationsIn } from '../domain/recognition-obligations';
import { EXPIRING_KINDS, FILED_STATUSES, RecognitionKind } from '../domain/recognition-rules';
import { Jobs } from '../jobs/jobs';
import { taskTitles } from './recognition-task-titles';
import { RecognitionsService } from './recognitions.service';
import { MESSAGES } from '../domain';

export interface DailyReport {
  ran: boolean;
  expired: number;
  renewalTasks: number;
  obligationTasks: number;
}

export const RECOGNITIONS_DAILY = 'recognitions-daily';
const JOB = RECOGNITIONS_DAILY;
const NOT_RUN: DailyReport = { ran: false, expired: 0, renewalTasks: 0, obligationTasks: 0 };
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Once a day on the job queue (03:15, Brussels time), each kind on its own clock (domain/recognition-rules):
 * approvals of a kind that ends become `expired` past their end date (federal ones never do); the advisor
 * gets a task, in their language, when a Brussels approval's renewal window opens, when a mandate's renewal
 * file carries the Minister's call deadline, and when a yearly obligation (activity report, balance claim)
 * opens. The day it last ran and an advisory lock keep a retried or doubled run from doing the day's work
 * twice; an admin's "run now" forces it.
 */
@Injectable()
export class RecognitionDailyJob {
  private readonly logger = new Logger('RecognitionDailyJob');

  constructor(
    private readonly db: DataSource,
    private readonly recognitions: RecognitionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    jobs: Jobs,
  ) {
    jobs.register<{ manual?: boolean }>({
      name: RECOGNITIONS_DAILY,
      title: MESSAGES['job.title.recognitions_daily'],
      cron: '15 3 * * *',
      run: (data) => this.run(data.manual === true),
    });
  }

  /** Does the day's work unless another process holds the lock or it already ran today (`force` ignores the day). */
  async run(force = false): Promise<DailyReport> {
    return this.db.transaction(async (manager) => {
      const [{ locked }] = await manager.query(
        `SELECT pg_try_advisory_xact_lock(hashtext('traject:${JOB}')) AS locked`,
      );
      if (!locked) return NOT_RUN;
      const [last] = await manager.query(`SELECT ran_on = current_date AS today FROM scheduled_runs WHERE job = $1`, [
        JOB,
      ]);
      if (last?.today && !force) return NOT_RUN;
      const expired = await this.expire(manager);
      const renewalTasks = (await this.remindRenewals(manager)) + (await this.remindCalls(manager));
      const report = { ran: true, expired, renewalTasks, obligationTasks: await this.openObligations(manager) };
      await manager.query(
        `INSERT INTO scheduled_runs (job, ran_on, report) VALUES ($1, current_date, $2) ON CONFLICT (job) DO UPDATE SET ran_on = current_date, report = $2`,
        [JOB, JSON.stringify(report)],
      );
      if (report.expired || report.renewalTasks || report.obligationTasks) {
        this.logger.log(
          `Expired ${report.expired} approvals, created ${report.renewalTasks} renewal and ${report.obligationTasks} obligation tasks`,
        );
      }
      return report;
    });
  }

  private async expire(manager: EntityManager): Promise<number> {
    const [expired] = await manager.query(
      `UPDATE recognitions SET status = 'expired', version = version + 1, updated_at = now()
        WHERE status = 'approved' AND kind = ANY($1) AND valid_until < current_date RETURNING id, organisation_id AS "organisationId"`,
      [EXPIRING_KINDS],
    );
    // No comment: the event (no user, to expired) says it all; a stored sentence would be in one language.
    for (const file of expired ?? [])
      await this.recognitions.recordMove(manager, file, 'approved', 'expired', null, null);
    return expired?.length ?? 0;
  }

  /** Brussels approvals whose window (kept on the file by the kind's clock) has opened and no renewal has been filed. */
  private async remindRenewals(manager: EntityManager): Promise<number> {
    const opening: Array<{
      id: string;
      organisation_id: string;
      kind: RecognitionKind;
      valid_until: string;
      late_from: string;
    }> = await manager.query(
      `SELECT r.id, r.organisation_id, r.kind, to_char(r.valid_until, 'YYYY-MM-DD') AS valid_until, to_char(r.renewal_late_from, 'YYYY-MM-DD') AS late_from
         FROM recognitions r
        WHERE r.status = 'approved' AND r.renewal_task_at IS NULL AND r.renewal_opens_on <= current_date AND r.valid_until >= current_date
          AND NOT EXISTS (SELECT 1 FROM recognitions n WHERE n.previous_id = r.id AND n.status = ANY($1))
        FOR UPDATE`,
      [FILED_STATUSES],
    );
    for (const file of opening) {
      await this.task(manager, file.organisation_id, file.late_from, (language) =>
        taskTitles.renewal(language, file.kind, file.valid_until),
      );
      await manager.query(`UPDATE recognitions SET renewal_task_at = now() WHERE id = $1`, [file.id]);
    }
    return opening.length;
  }

  /** A mandate's renewal answers the Minister's call: its deadline on the renewal file drives the reminder. */
  private async remindCalls(manager: EntityManager): Promise<number> {
    const calls: Array<{ id: string; organisation_id: string; kind: RecognitionKind; call_deadline: string }> =
      await manager.query(
        `SELECT r.id, r.organisation_id, r.kind, to_char(min(n.call_deadline), 'YYYY-MM-DD') AS call_deadline
         FROM recognitions r JOIN recognitions n ON n.previous_id = r.id
        WHERE r.status = 'approved' AND r.kind = 'brussels_esi_mandate' AND r.renewal_task_at IS NULL
          AND n.call_deadline >= current_date AND n.status IN ('preparing', 'incomplete')
        GROUP BY r.id`,
      );
    for (const file of calls) {
      await this.task(manager, file.organisation_id, file.call_deadline, (language) =>
        taskTitles.call(language, file.kind, file.call_deadline),
      );
      await manager.query(`UPDATE recognitions SET renewal_task_at = now() WHERE id = $1`, [file.id]);
    }
    return calls.length;
  }

  /** This year's obligations of approvals that ran last year, opened once each with a task. */
  private async openObligations(manager: EntityManager): Promise<number> {
    const day = today();
    const year = yearOf(day);
    const files: Array<{ id: string; organisation_id: string; kind: RecognitionKind; valid_from: string }> =
      await manager.query(
        `SELECT r.id, r.organisation_id, r.kind, to_char(r.valid_from, 'YYYY-MM-DD') AS valid_from FROM recognitions r
        WHERE r.status = 'approved' AND r.valid_from < make_date($1, 1, 1)
          AND NOT EXISTS (SELECT 1 FROM recognition_obligations o WHERE o.recognition_id = r.id AND o.year = $1)`,
        [year],
      );
    let opened = 0;
    for (const file of files) {
      for (const due of obligationsIn({ kind: file.kind, status: 'approved', validFrom: file.valid_from }, year, {
        activityReportDue: this.config.activityReportDue,
      })) {
        if (day < due.opensOn) continue;
        const taskId = await this.task(manager, file.organisation_id, due.dueOn, (language) =>
          taskTitles.obligation(language, due.obligation, due.year, due.dueOn),
        );
        await manager.query(
          `INSERT INTO recognition_obligations (recognition_id, organisation_id, obligation, year, due_on, task_id) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
          [file.id, file.organisation_id, due.obligation, due.year, due.dueOn, taskId],
        );
        opened++;
      }
    }
    return opened;
  }

  /** A task for the organisation's advisor, titled in the advisor's language. */
  private async task(
    manager: EntityManager,
    organisationId: string,
    dueOn: string,
    title: (language: string | null) => string,
  ): Promise<string> {
    const advisorId = await assignedAdvisor(manager, organisationId);
    const [advisor] = advisorId ? await manager.query(`SELECT language FROM users WHERE id = $1`, [advisorId]) : [];
    const [{ id }] = await manager.query(
      `INSERT INTO tasks (organisation_id, title, due_on, assignee_id, status) VALUES ($1, $2, $3, $4, 'todo') RETURNING id`,
      [organisationId, title(advisor?.language ?? null), dueOn, advisorId],
    );
    return id;
  }
}
