import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { ZipFile } from 'yazl';
import { recordAudit } from '../audit/audit-trail';
import type { SignedInUser } from '../common/auth/signed-in-user';
import { csvLine, csvSeparatorFor, UTF8_BOM } from '../common/csv/csv-writer';
import { dossierColumns, label } from '../domain';
import { DocumentKind, extensionOf, Language, safeFileStem } from '../domain/documents';
import { formatDay } from '../domain/i18n/format';
import { ReadPolicy } from '../common/read-policy/read-policy';
import { dispositionFor } from './document-download';
import { DOCUMENT_STORE, DocumentStore } from './document-store';

interface DossierDocument {
  title: string;
  kind: DocumentKind;
  checklist_item: string | null;
  file_name: string;
  uploaded_at: Date;
  number: number;
  size_bytes: number;
  sha256: string;
  version_id: string;
  chunk_bytes: number;
}

/** A spreadsheet cell that starts like a formula is shown as text (CSV injection). */
const asText = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/**
 * A recognition file's dossier as one zip, streamed (each document read a few chunks at a time while
 * the zip is written): every document linked to the file that the requester reads (the read policy), current version, and `index.csv` in the
 * requester's language listing each one's kind, dossier item, date and SHA-256. The download is audited.
 */
@Injectable()
export class DossierService {
  constructor(
    private readonly db: DataSource,
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
    private readonly readPolicy: ReadPolicy,
  ) {}

  async send(recognitionId: string, user: SignedInUser, res: Response): Promise<void> {
    const [file] = await this.db.query(
      `SELECT r.id, r.reference, r.kind, to_char(r.created_at, 'YYYY') AS year, o.name AS organisation_name
         FROM recognitions r JOIN organisations o ON o.id = r.organisation_id WHERE r.id = $1`,
      [recognitionId],
    );
    if (!file) throw new NotFoundException(`No recognition file ${recognitionId}`);
    const documents: DossierDocument[] = await this.db.query(
      `SELECT d.title, d.kind, d.checklist_item, v.file_name, v.uploaded_at, v.number, v.size_bytes::float8 AS size_bytes, v.sha256, v.id AS version_id, v.chunk_bytes
         FROM documents d JOIN document_versions v ON v.document_id = d.id AND v.number = d.current_version
        WHERE d.recognition_id = $1 AND d.deleted_at IS NULL AND ${this.readPolicy.recordsCondition('documents', user, 'd') ?? 'TRUE'}
        ORDER BY d.checklist_item NULLS LAST, d.uploaded_at, d.id`,
      [recognitionId],
    );
    await this.db.transaction((manager) =>
      recordAudit(manager, {
        userId: user.id,
        action: 'dossier_download',
        entity: 'recognitions',
        entityId: recognitionId,
        changes: { documents: documents.length },
      }),
    );

    const language: Language = user.language ?? 'en';
    const zip = new ZipFile();
    const names = new Set<string>();
    const rows = documents.map((document, i) => {
      const name = uniqueName(
        names,
        `${String(i + 1).padStart(2, '0')}-${safeFileStem(document.title)}`,
        extensionOf(document.file_name),
      );
      zip.addReadStreamLazy(name, { mtime: new Date(document.uploaded_at), compress: false }, (done) =>
        done(
          null,
          this.store.read({
            id: document.version_id,
            sizeBytes: document.size_bytes,
            chunkBytes: document.chunk_bytes,
          }),
        ),
      );
      return [
        name,
        asText(document.title),
        label('documentKind', document.kind, language),
        label('checklistItem', document.checklist_item, language),
        formatDay(new Date(document.uploaded_at)),
        document.number,
        document.size_bytes,
        document.sha256,
      ];
    });
    const separator = csvSeparatorFor(language);
    const index =
      UTF8_BOM + csvLine(dossierColumns(language), separator) + rows.map((row) => csvLine(row, separator)).join('');
    zip.addBuffer(Buffer.from(index, 'utf8'), 'index.csv', { mtime: new Date() });
    zip.end();

    res.setHeader('Content-Type', 'application/zip');
    res.setHeader(
      'Content-Disposition',
      dispositionFor(`${safeFileStem(file.organisation_name, file.reference ?? file.year, 'dossier')}.zip`, false),
    );
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-cache, no-transform');
    await pipeline(zip.outputStream, res);
  }
}

function uniqueName(taken: Set<string>, stem: string, extension: string): string {
  const suffix = extension ? `.${extension}` : '';
  let name = `${stem}${suffix}`;
  for (let n = 2; taken.has(name); n += 1) name = `${stem}-${n}${suffix}`;
  taken.add(name);
  return name;
}
