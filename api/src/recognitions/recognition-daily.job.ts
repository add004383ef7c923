import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { assignedAdvisor } from '../cases/case-assignment';
import { Jobs } from '../jobs/jobs';
import { RecognitionsService } from './recognitions.service';

export interface DailyReport {
  ran: boolean;
  expired: number;
  renewalTasks: number;
}

export const RECOGNITIONS_DAILY = 'recognitions-daily';
const JOB = RECOGNITIONS_DAILY;

/**
 * Once a day on the job queue (03:15, Brussels time): approvals past their end date become `expired`,
 * and the advisor of an organisation whose renewal window opens gets a task. The day it last ran and an
 * advisory lock keep a retried or doubled run from doing the day's work twice; an admin's "run now" forces it.
 */
@Injectable()
export class RecognitionDailyJob {
  private readonly logger = new Logger('RecognitionDailyJob');

  constructor(
    private readonly db: DataSource,
    private readonly recognitions: RecognitionsService,
    jobs: Jobs,
  ) {
    jobs.register<{ manual?: boolean }>({
      name: RECOGNITIONS_DAILY,
      title: { fr: 'Agréments : expirations et renouvellements', nl: 'Erkenningen: vervallen en hernieuwingen', en: 'Recognitions: expiries and renewals' },
      cron: '15 3 * * *',
      run: (data) => this.run(data.manual === true),
    });
  }

  /** Does the day's work unless another process holds the lock or it already ran today (`force` ignores the day). */
  async run(force = false): Promise<DailyReport> {
    return this.db.transaction(async (manager) => {
      const [{ locked }] = await manager.query(`SELECT pg_try_advisory_xact_lock(hashtext('traject:${JOB}')) AS locked`);
      if (!locked) return { ran: false, expired: 0, renewalTasks: 0 };
      const [last] = await manager.query(`SELECT ran_on = current_date AS today FROM scheduled_runs WHERE job = $1`, [JOB]);
      if (last?.today && !force) return { ran: false, expired: 0, renewalTasks: 0 };
      const report = { ran: true, expired: await this.expire(manager), renewalTasks: await this.remindRenewals(manager) };
      await manager.query(
        `INSERT INTO scheduled_runs (job, ran_on, report) VALUES ($1, current_date, $2) ON CONFLICT (job) DO UPDATE SET ran_on = current_date, report = $2`,
        [JOB, JSON.stringify(report)],
      );
      if (report.expired || report.renewalTasks) this.logger.log(`Expired ${report.expired} approvals, created ${report.renewalTasks} renewal tasks`);
      return report;
    });
  }

  private async expire(manager: EntityManager): Promise<number> {
    const [expired] = await manager.query(
      `UPDATE recognitions SET status = 'expired', version = version + 1, updated_at = now()
        WHERE status = 'approved' AND valid_until < current_date RETURNING id, organisation_id AS "organisationId"`,
    );
    for (const file of expired ?? []) await this.recognitions.recordMove(manager, file, 'approved', 'expired', null, 'Passed its end date');
    return expired?.length ?? 0;
  }

  private async remindRenewals(manager: EntityManager): Promise<number> {
    const opening = await manager.query(
      `SELECT r.id, r.organisation_id, r.kind, to_char(r.valid_until, 'YYYY-MM-DD') AS valid_until FROM recognitions r
        WHERE r.status = 'approved' AND r.renewal_task_at IS NULL
          AND r.valid_until >= current_date AND r.valid_until <= current_date + interval '6 months'
          AND NOT EXISTS (SELECT 1 FROM recognitions n WHERE n.previous_id = r.id AND n.status NOT IN ('withdrawn', 'refused'))
        FOR UPDATE`,
    );
    for (const file of opening) {
      const advisorId = await assignedAdvisor(manager, file.organisation_id);
      await manager.query(
        `INSERT INTO tasks (organisation_id, title, due_on, assignee_id, status) VALUES ($1, $2, ($3::date - interval '3 months')::date, $4, 'todo')`,
        [file.organisation_id, `Renewal window open: file the renewal of ${file.kind} (ends ${file.valid_until})`, file.valid_until, advisorId],
      );
      await manager.query(`UPDATE recognitions SET renewal_task_at = now() WHERE id = $1`, [file.id]);
    }
    return opening.length;
  }
}
