import { ForbiddenException, HttpStatus, Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit-trail';
import { assertAssignedOrCoordinator } from '../cases/cases.queries';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { updateAtVersion } from '../common/http/versioned-update';
import { fetchPage, ListPage } from '../common/list/list-page';
import type { ListQuery } from '../common/list/list-query';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app.config';
import { RESTORE_DAYS } from '../domain/documents';
import { Document, DocumentVersion } from './document.entity';
import { DocumentRefusal } from './document-errors';
import { InfectedUpload, receiveVersion, ReceivedVersion } from './document-intake';
import { checkLinks } from './documents.queries';
import { DOCUMENT_STORE, DocumentStore } from './document-store';
import { DocumentTextService } from './document-text.service';
import { parseFields, UpdateDocumentDto, UploadDocumentFields } from './documents.dto';
import { readUpload } from './multipart-upload';
import { coded } from '../common/errors/coded-error';
import { assertOrganisationExists } from '../organisations/organisations.queries';
import { ReadPolicy } from '../common/read-policy/read-policy';
import { documentsList } from './documents.list';

export type DocumentRecord = Document & { versions: DocumentVersion[] };

const VERSION_COLUMNS = `id, number, file_name AS "fileName", media_type AS "mediaType", size_bytes::float8 AS "sizeBytes", sha256,
  chunk_bytes AS "chunkBytes", uploaded_by_id AS "uploadedById", uploaded_at AS "uploadedAt", text_state AS "textState"`;

/** Papers kept with an organisation's journey: upload, new versions, links, soft deletion and restore. */
@Injectable()
export class DocumentsService {
  private readonly logger = new Logger('Documents');

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
    private readonly texts: DocumentTextService,
    private readonly readPolicy: ReadPolicy,
  ) {}

  /** Deleted documents are listed only for admins who ask for them (`deleted: true`); the read policy's documents only. */
  async list(query: ListQuery, user: SignedInUser): Promise<ListPage<Document>> {
    const asksDeleted = query.conditions.some((c) => 'column' in c && c.column.includes('deleted_at IS NOT NULL'));
    if (asksDeleted && user.role !== 'admin') throw new ForbiddenException(coded('document.deleted_admin_only'));
    const qb = this.db.getRepository(Document).createQueryBuilder('d');
    if (!asksDeleted) qb.where('d.deleted_at IS NULL');
    return fetchPage(qb, this.readPolicy.listQuery('documents', documentsList, query, user), 'd.id');
  }

  /** With a `user`: a deleted document for admins only, and 403 `read.not_yours` outside what the read policy lets them read. */
  async get(id: string, user?: SignedInUser, manager: EntityManager = this.db.manager): Promise<DocumentRecord> {
    const document = await manager.findOne(Document, { where: { id } });
    if (!document || (document.deletedAt && user && user.role !== 'admin'))
      throw new NotFoundException(`No document ${id}`);
    if (user) await this.readPolicy.record('documents', user, document);
    const versions: DocumentVersion[] = await manager.query(
      `SELECT ${VERSION_COLUMNS} FROM document_versions WHERE document_id = $1 ORDER BY number DESC`,
      [id],
    );
    return { ...document, versions };
  }

  async version(documentId: string, number: number | undefined): Promise<DocumentVersion & { documentId: string }> {
    const [version] = await this.db.query(
      `SELECT ${VERSION_COLUMNS}, document_id AS "documentId" FROM document_versions WHERE document_id = $1 AND number = coalesce($2, (SELECT current_version FROM documents WHERE id = $1))`,
      [documentId, number ?? null],
    );
    if (!version)
      throw new NotFoundException(`No version ${number ?? ''} of document ${documentId}`.replace('  ', ' '));
    return version;
  }

  /** `POST /documents`: the form's fields, then the file, streamed into the database in one transaction. */
  async upload(req: Request, res: Response, user: SignedInUser): Promise<DocumentRecord> {
    const created = await readUpload(req, this.config.documentMaxMb, async (fields, file) => {
      const facts = await parseFields(UploadDocumentFields, fields);
      return this.inTransaction(file.fileName, user, async (manager) => {
        await assertOrganisationExists(manager, facts.organisationId, 'path');
        await assertAssignedOrCoordinator(manager, facts.organisationId, user);
        await checkLinks(manager, facts.organisationId, facts);
        const received = await receiveVersion(manager, this.store, file, this.config.clamav);
        await this.refuseDuplicate(manager, facts.organisationId, received.sha256, null);
        const [{ id }] = await manager.query(
          `INSERT INTO documents (organisation_id, kind, title, description, recognition_id, checklist_item, assessment_id, indicator_code,
                                  meeting_id, referral_id, case_id, contact_id, current_version, file_name, media_type, size_bytes, sha256, uploaded_by_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 1, $13, $14, $15, $16, $17) RETURNING id`,
          [
            facts.organisationId,
            facts.kind,
            facts.title ?? titleFrom(received.fileName),
            facts.description ?? null,
            facts.recognitionId ?? null,
            facts.checklistItem ?? null,
            facts.assessmentId ?? null,
            facts.indicatorCode ?? null,
            facts.meetingId ?? null,
            facts.referralId ?? null,
            facts.caseId ?? null,
            facts.contactId ?? null,
            received.fileName,
            received.mediaType,
            received.sizeBytes,
            received.sha256,
            user.id,
          ],
        );
        await this.insertVersion(manager, id, 1, received, user);
        return { id, received };
      });
    });
    await this.texts.afterCommit(created.id, created.received);
    return this.get(created.id);
  }

  /** `POST /documents/{id}/versions`: a new file for the same document; the earlier ones stay listed under it. */
  async addVersion(id: string, req: Request, res: Response, user: SignedInUser): Promise<DocumentRecord> {
    // Rights first: a caller who may not replace the document is refused before a byte of the file is read.
    const current = await this.get(id, user);
    await assertAssignedOrCoordinator(this.db.manager, current.organisationId, user);
    const added = await readUpload(req, this.config.documentMaxMb, async (fields, file) => {
      if (Object.keys(fields).length)
        throw new DocumentRefusal(HttpStatus.BAD_REQUEST, 'document.file_missing', {}, Object.keys(fields)[0]);
      return this.inTransaction(file.fileName, user, async (manager) => {
        const document = await manager.findOne(Document, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!document) throw new NotFoundException(`No document ${id}`);
        if (document.deletedAt) throw new DocumentRefusal(HttpStatus.UNPROCESSABLE_ENTITY, 'document.deleted');
        await assertAssignedOrCoordinator(manager, document.organisationId, user);
        const received = await receiveVersion(manager, this.store, file, this.config.clamav);
        await this.refuseDuplicate(manager, document.organisationId, received.sha256, null);
        const number = document.currentVersion + 1;
        await this.insertVersion(manager, id, number, received, user);
        await manager.query(
          `UPDATE documents SET current_version = $2, file_name = $3, media_type = $4, size_bytes = $5, sha256 = $6, uploaded_by_id = $7,
                  uploaded_at = now(), version = version + 1, updated_at = now() WHERE id = $1`,
          [id, number, received.fileName, received.mediaType, received.sizeBytes, received.sha256, user.id],
        );
        return { received };
      });
    });
    await this.texts.afterCommit(id, added.received);
    return this.get(id);
  }

  async update(id: string, dto: UpdateDocumentDto, user: SignedInUser): Promise<DocumentRecord> {
    return this.db.transaction(async (manager) => {
      const stored = await this.get(id, user, manager);
      if (stored.deletedAt) throw new DocumentRefusal(HttpStatus.UNPROCESSABLE_ENTITY, 'document.deleted');
      await assertAssignedOrCoordinator(manager, stored.organisationId, user);
      const { version, ...facts } = dto;
      const merged = {
        ...stored,
        ...Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)),
      } as Document;
      if (facts.recognitionId === null) merged.checklistItem = null;
      if (facts.assessmentId === null) merged.indicatorCode = null;
      await checkLinks(manager, stored.organisationId, merged);
      const changes: Partial<Document> = {};
      for (const field of [
        'kind',
        'title',
        'description',
        'recognitionId',
        'checklistItem',
        'assessmentId',
        'indicatorCode',
        'meetingId',
        'referralId',
        'caseId',
        'contactId',
      ] as const) {
        if (merged[field] !== stored[field]) (changes as Record<string, unknown>)[field] = merged[field];
      }
      await updateAtVersion(manager, Document, id, version, changes);
      return this.get(id, user, manager);
    });
  }

  /** Soft: an admin can restore it for RESTORE_DAYS days, then the scheduled work purges it. */
  async remove(id: string, user: SignedInUser): Promise<DocumentRecord> {
    return this.db.transaction(async (manager) => {
      const stored = await this.get(id, user, manager);
      await assertAssignedOrCoordinator(manager, stored.organisationId, user);
      if (!stored.deletedAt) {
        await manager.query(
          `UPDATE documents SET deleted_at = now(), deleted_by_id = $2, version = version + 1, updated_at = now() WHERE id = $1`,
          [id, user.id],
        );
      }
      return this.get(id, undefined, manager);
    });
  }

  async restore(id: string, user: SignedInUser): Promise<DocumentRecord> {
    return this.db.transaction(async (manager) => {
      const stored = await this.get(id, user, manager);
      if (!stored.deletedAt) throw new DocumentRefusal(HttpStatus.UNPROCESSABLE_ENTITY, 'document.not_deleted');
      if (stored.deletedAt.getTime() < Date.now() - RESTORE_DAYS * 86_400_000) {
        throw new DocumentRefusal(HttpStatus.UNPROCESSABLE_ENTITY, 'document.purged', { days: RESTORE_DAYS });
      }
      await manager.query(
        `UPDATE documents SET deleted_at = NULL, deleted_by_id = NULL, version = version + 1, updated_at = now() WHERE id = $1`,
        [id],
      );
      await recordAudit(manager, { userId: user.id, action: 'document_restore', entity: 'documents', entityId: id });
      return this.get(id, user, manager);
    });
  }

  /** Runs an upload's database work in one transaction; an infected file's attempt is logged after the rollback. */
  private async inTransaction<T>(
    fileName: string,
    user: SignedInUser,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.db.transaction(work);
    } catch (error) {
      if (error instanceof InfectedUpload) {
        this.logger.warn(`Refused an infected upload by ${user.email}: ${error.fileName} (${error.signature})`);
        await this.db.transaction((manager) =>
          recordAudit(manager, {
            userId: user.id,
            action: 'document_infected',
            entity: 'documents',
            changes: { fileName: error.fileName, signature: error.signature },
          }),
        );
      }
      throw error;
    }
  }

  private async insertVersion(
    manager: EntityManager,
    documentId: string,
    number: number,
    received: ReceivedVersion,
    user: SignedInUser,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO document_versions (id, document_id, number, file_name, media_type, size_bytes, sha256, chunk_bytes, uploaded_by_id, text_state)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        received.versionId,
        documentId,
        number,
        received.fileName,
        received.mediaType,
        received.sizeBytes,
        received.sha256,
        received.chunkBytes,
        user.id,
        this.texts.willExtract(received.mediaType) ? 'pending' : 'none',
      ],
    );
  }

  /** The same content twice for one organisation: the existing document is offered instead (409 naming it). */
  private async refuseDuplicate(
    manager: EntityManager,
    organisationId: string,
    sha256: string,
    exceptId: string | null,
  ): Promise<void> {
    const [existing] = await manager.query(
      `SELECT d.id, d.title FROM documents d JOIN document_versions v ON v.document_id = d.id
        WHERE d.organisation_id = $1 AND v.sha256 = $2 AND d.deleted_at IS NULL AND d.id IS DISTINCT FROM $3 LIMIT 1`,
      [organisationId, sha256, exceptId],
    );
    if (existing)
      throw new DocumentRefusal(
        HttpStatus.CONFLICT,
        'document.duplicate',
        { documentId: existing.id, title: existing.title },
        'file',
      );
  }
}

/** `Statuts 2024.pdf` -> `Statuts 2024`. */
function titleFrom(fileName: string): string {
  return (fileName.replace(/\.[^.]{1,8}$/, '') || fileName).slice(0, 200);
}
