import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Jobs } from '../jobs/jobs';
import type { ReceivedVersion } from './document-intake';
import { DOCUMENT_STORE, DocumentStore } from './document-store';
import { extractText, isExtracted } from './text-extraction';
import { MESSAGES } from '../domain';

const DOCUMENTS_TEXT_JOB = 'documents-text';

/**
 * The text of PDFs, office documents, text and e-mails, kept for the search box. A small file's text is
 * extracted before its upload is answered; a larger one's by the job queue (`documents-text`, sent once
 * the upload committed, worked by any worker process), so an upload never waits for pdf.js on 25 MB and
 * a restart loses nothing. The job also runs every 30 minutes over versions still `pending` (a version
 * whose job was given up, or sent before a crash): safe to repeat, a version already done is skipped.
 */
@Injectable()
export class DocumentTextService {
  private readonly logger = new Logger('DocumentText');

  constructor(
    private readonly db: DataSource,
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
    private readonly jobs: Jobs,
  ) {
    jobs.register<{ versionId?: string }>({
      name: DOCUMENTS_TEXT_JOB,
      title: MESSAGES['job.title.documents_text'],
      cron: '*/30 * * * *',
      // pdf.js on a 25 MB file takes a while on a busy machine.
      expireInSeconds: 1800,
      run: async ({ versionId }) => ({ extracted: versionId ? await this.fromStore(versionId) : await this.pending() }),
    });
  }

  willExtract(mediaType: string): boolean {
    return isExtracted(mediaType);
  }

  /** Called once the upload's transaction committed. */
  async afterCommit(_documentId: string, received: ReceivedVersion): Promise<void> {
    if (!isExtracted(received.mediaType)) return;
    if (received.smallContent) await this.keep(received.versionId, received.mediaType, received.smallContent);
    else
      await this.jobs.send(DOCUMENTS_TEXT_JOB, { versionId: received.versionId }).catch((error) =>
        // The half-hourly run picks it up: the upload itself succeeded.
        this.logger.warn(
          `Text extraction of version ${received.versionId} not queued: ${error instanceof Error ? error.message : error}`,
        ),
      );
  }

  /** Every version still waiting for its text, one at a time; how many were read. */
  private async pending(): Promise<number> {
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT id FROM document_versions WHERE text_state = 'pending' ORDER BY uploaded_at`,
    );
    let done = 0;
    for (const row of rows) done += await this.fromStore(row.id);
    return done;
  }

  private async fromStore(versionId: string): Promise<number> {
    const [version] = await this.db.query(
      `SELECT id, media_type, size_bytes::float8 AS size, chunk_bytes FROM document_versions WHERE id = $1 AND text_state = 'pending'`,
      [versionId],
    );
    if (!version) return 0;
    const parts: Buffer[] = [];
    for await (const part of this.store.read({
      id: version.id,
      sizeBytes: version.size,
      chunkBytes: version.chunk_bytes,
    }))
      parts.push(part as Buffer);
    await this.keep(versionId, version.media_type, Buffer.concat(parts));
    return 1;
  }

  private async keep(versionId: string, mediaType: string, content: Buffer): Promise<void> {
    try {
      const text = await extractText(mediaType, content);
      await this.db.query(`UPDATE document_versions SET text = $2, text_state = 'done' WHERE id = $1`, [
        versionId,
        text,
      ]);
    } catch (error) {
      this.logger.warn(
        `No text extracted from version ${versionId}: ${error instanceof Error ? error.message : error}`,
      );
      await this.db
        .query(`UPDATE document_versions SET text_state = 'failed' WHERE id = $1`, [versionId])
        .catch(() => undefined);
    }
  }
}
