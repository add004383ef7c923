import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { recordAudit } from '../audit/audit-trail';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app.config';
import { RESTORE_DAYS } from '../domain/documents';

const EVERY_6_HOURS = 6 * 3_600_000;

/**
 * The scheduled work's part for documents: deleted more than RESTORE_DAYS days ago, gone for good.
 * Runs every 6 hours in each process with TRAJECT_JOBS (idempotent: two processes at once delete each
 * row once; until the shared job queue lands, this timer is the schedule).
 */
@Injectable()
export class DocumentPurge implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('DocumentPurge');
  private timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.jobs) return;
    const tick = () => this.run().catch((error) => this.logger.warn(`Purging deleted documents failed: ${error instanceof Error ? error.message : error}`));
    this.timers = [setTimeout(tick, 60_000), setInterval(tick, EVERY_6_HOURS)];
    this.timers.forEach((timer) => timer.unref());
  }

  onModuleDestroy(): void {
    this.timers.forEach((timer) => clearTimeout(timer));
  }

  /** Deletes the documents (their versions and bytes follow by cascade), one audit line each; returns how many. */
  async run(now: Date = new Date()): Promise<number> {
    return this.db.transaction(async (manager) => {
      const [purged]: [Array<{ id: string; title: string; organisation_id: string }>] = await manager.query(
        `DELETE FROM documents WHERE deleted_at < $1::timestamptz - make_interval(days => $2) RETURNING id, title, organisation_id`,
        [now.toISOString(), RESTORE_DAYS],
      );
      for (const document of purged) {
        await recordAudit(manager, { userId: null, action: 'document_purge', entity: 'documents', entityId: document.id, changes: { organisationId: document.organisation_id } });
      }
      if (purged.length) this.logger.log(`Purged ${purged.length} documents deleted more than ${RESTORE_DAYS} days ago`);
      return purged.length;
    });
  }
}
