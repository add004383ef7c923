import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app.config';
import type { ReceivedVersion } from './document-intake';
import { DOCUMENT_STORE, DocumentStore } from './document-store';
import { extractText, isExtracted } from './text-extraction';

/**
 * The text of PDFs, office documents, text and e-mails, kept for the search box. A small file's text is
 * extracted before its upload is answered; a larger one's in the background, one at a time, so an
 * upload never waits for pdf.js on 25 MB. Versions left `pending` (a restart) are picked up at start.
 */
@Injectable()
export class DocumentTextService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('DocumentText');
  private queue: Promise<void> = Promise.resolve();
  private closing = false;

  constructor(
    private readonly db: DataSource,
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.jobs) return;
    this.db
      .query(`SELECT v.id FROM document_versions v WHERE v.text_state = 'pending'`)
      .then((rows: Array<{ id: string }>) => rows.forEach((row) => this.later(row.id)))
      .catch((error) => this.logger.warn(`Could not list pending extractions: ${error.message}`));
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    await this.queue;
  }

  willExtract(mediaType: string): boolean {
    return isExtracted(mediaType);
  }

  /** Called once the upload's transaction committed. */
  async afterCommit(_documentId: string, received: ReceivedVersion): Promise<void> {
    if (!isExtracted(received.mediaType)) return;
    if (received.smallContent) await this.keep(received.versionId, received.mediaType, received.smallContent);
    else this.later(received.versionId);
  }

  /** Waits for the background extractions queued so far (tests, shutdown). */
  idle(): Promise<void> {
    return this.queue;
  }

  private later(versionId: string): void {
    this.queue = this.queue.then(() => (this.closing ? undefined : this.fromStore(versionId)));
  }

  private async fromStore(versionId: string): Promise<void> {
    const [version] = await this.db.query(`SELECT id, media_type, size_bytes::float8 AS size, chunk_bytes FROM document_versions WHERE id = $1 AND text_state = 'pending'`, [versionId]);
    if (!version) return;
    const parts: Buffer[] = [];
    for await (const part of this.store.read({ id: version.id, sizeBytes: version.size, chunkBytes: version.chunk_bytes })) parts.push(part as Buffer);
    await this.keep(versionId, version.media_type, Buffer.concat(parts));
  }

  private async keep(versionId: string, mediaType: string, content: Buffer): Promise<void> {
    try {
      const text = await extractText(mediaType, content);
      await this.db.query(`UPDATE document_versions SET text = $2, text_state = 'done' WHERE id = $1`, [versionId, text]);
    } catch (error) {
      this.logger.warn(`No text extracted from version ${versionId}: ${error instanceof Error ? error.message : error}`);
      await this.db.query(`UPDATE document_versions SET text_state = 'failed' WHERE id = $1`, [versionId]).catch(() => undefined);
    }
  }
}
