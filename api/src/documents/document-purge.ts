import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { recordAudit } from '../audit/audit-trail';
import { RESTORE_DAYS } from '../domain/documents';
import { Jobs } from '../jobs/jobs';
import { MESSAGES } from '../domain';

const DOCUMENTS_PURGE_JOB = 'documents-purge';

/**
 * The scheduled work's part for documents (job `documents-purge`, 02:30 Brussels time): deleted more
 * than RESTORE_DAYS days ago, gone for good. Safe to repeat: a second run finds nothing left.
 */
@Injectable()
export class DocumentPurge {
  private readonly logger = new Logger('DocumentPurge');

  constructor(
    private readonly db: DataSource,
    jobs: Jobs,
  ) {
    jobs.register({
      name: DOCUMENTS_PURGE_JOB,
      title: MESSAGES['job.title.documents_purge'],
      cron: '30 2 * * *',
      run: async () => ({ purged: await this.run() }),
    });
  }

  /** Deletes the documents (their versions and bytes follow by cascade), one audit line each; returns how many. */
  async run(now: Date = new Date()): Promise<number> {
    return this.db.transaction(async (manager) => {
      const [purged]: [Array<{ id: string; organisation_id: string }>] = await manager.query(
        `DELETE FROM documents WHERE deleted_at < $1::timestamptz - make_interval(days => $2) RETURNING id, organisation_id`,
        [now.toISOString(), RESTORE_DAYS],
      );
      for (const document of purged) {
        await recordAudit(manager, {
          userId: null,
          action: 'document_purge',
          entity: 'documents',
          entityId: document.id,
          changes: { organisationId: document.organisation_id },
        });
      }
      if (purged.length)
        this.logger.log(`Purged ${purged.length} documents deleted more than ${RESTORE_DAYS} days ago`);
      return purged.length;
    });
  }
}
