import { Injectable } from '@nestjs/common';
import { Jobs } from '../jobs/jobs';
import { IntakesService } from './intakes.service';
import { MESSAGES } from '../domain';

const INTAKES_PURGE = 'intakes-purge';

/** Every night: dismissed intakes older than INTAKE_RETENTION_DAYS are deleted (safe to repeat). */
@Injectable()
export class IntakeRetentionJob {
  constructor(intakes: IntakesService, jobs: Jobs) {
    jobs.register({
      name: INTAKES_PURGE,
      title: MESSAGES['job.title.intakes_purge'],
      cron: '45 2 * * *',
      run: async () => ({ deleted: await intakes.purgeDismissed() }),
    });
  }
}
