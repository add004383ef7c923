import { Injectable } from '@nestjs/common';
import { Jobs } from '../jobs/jobs';
import { IntakesService } from './intakes.service';

export const INTAKES_PURGE = 'intakes-purge';

/** Every night: dismissed intakes older than INTAKE_RETENTION_DAYS are deleted (safe to repeat). */
@Injectable()
export class IntakeRetentionJob {
  constructor(intakes: IntakesService, jobs: Jobs) {
    jobs.register({
      name: INTAKES_PURGE,
      title: { fr: 'Demandes classées : suppression après le délai de conservation', nl: 'Afgesloten vragen: verwijderen na de bewaartermijn', en: 'Dismissed intakes: deletion after the retention period' },
      cron: '45 2 * * *',
      run: async () => ({ deleted: await intakes.purgeDismissed() }),
    });
  }
}
