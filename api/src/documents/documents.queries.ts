import { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit-trail';
import { ValidationFailed } from '../common/errors/validation-errors';
import { DOCUMENT_LINKS, DocumentLink } from './document.entity';
import { fieldError, type CodedError } from '../common/errors/coded-error';

const LINK_TABLES: Record<DocumentLink, string> = {
  recognitionId: 'recognitions',
  assessmentId: 'assessments',
  meetingId: 'meetings',
  referralId: 'referrals',
  caseId: 'cases',
  contactId: 'contacts',
};

/** Each record a document is linked to must be one of the same organisation's; the codes need their record. */
export async function checkLinks(
  manager: EntityManager,
  organisationId: string,
  links: Partial<Record<DocumentLink | 'checklistItem' | 'indicatorCode', string | null>>,
): Promise<void> {
  const problems: Record<string, CodedError> = {};
  for (const link of DOCUMENT_LINKS) {
    const id = links[link];
    if (!id) continue;
    const [row] = await manager.query(`SELECT organisation_id FROM ${LINK_TABLES[link]} WHERE id = $1`, [id]);
    if (!row || row.organisation_id !== organisationId)
      problems[link] = fieldError('document.link_not_of_organisation', { link });
  }
  if (links.checklistItem && !links.recognitionId)
    problems.checklistItem = fieldError('document.checklist_item_needs_file');
  if (links.indicatorCode && !links.assessmentId)
    problems.indicatorCode = fieldError('document.indicator_needs_assessment');
  if (Object.keys(problems).length) throw new ValidationFailed(problems);
}

/** The documents that prove each checklist item of these recognition files: file id -> item -> document ids. */
export async function checklistEvidence(
  manager: EntityManager,
  recognitionIds: string[],
): Promise<Map<string, Map<string, string[]>>> {
  const evidence = new Map<string, Map<string, string[]>>();
  if (!recognitionIds.length) return evidence;
  const rows: Array<{ recognition_id: string; checklist_item: string; ids: string[] }> = await manager.query(
    `SELECT recognition_id, checklist_item, array_agg(id ORDER BY uploaded_at) AS ids FROM documents
      WHERE recognition_id = ANY($1::uuid[]) AND checklist_item IS NOT NULL AND deleted_at IS NULL
      GROUP BY recognition_id, checklist_item`,
    [recognitionIds],
  );
  for (const row of rows) {
    if (!evidence.has(row.recognition_id)) evidence.set(row.recognition_id, new Map());
    evidence.get(row.recognition_id)!.set(row.checklist_item, row.ids);
  }
  return evidence;
}

/** GDPR access: the documents about a person (metadata, versions and where to download each). */
export async function documentsOfContact(manager: EntityManager, contactId: string): Promise<unknown[]> {
  return manager.query(
    `SELECT d.id, d.kind, d.title, d.description, d.uploaded_at AS "uploadedAt", d.deleted_at AS "deletedAt",
            json_agg(json_build_object('number', v.number, 'fileName', v.file_name, 'mediaType', v.media_type, 'sizeBytes', v.size_bytes,
                     'sha256', v.sha256, 'uploadedAt', v.uploaded_at, 'download', '/api/documents/' || d.id || '/content?version=' || v.number,
                     'text', v.text) ORDER BY v.number) AS versions
       FROM documents d JOIN document_versions v ON v.document_id = d.id
      WHERE d.contact_id = $1 GROUP BY d.id ORDER BY d.uploaded_at`,
    [contactId],
  );
}

/** GDPR erasure: the person's documents are deleted outright (every version and byte), and their audit lines blanked. */
export async function eraseContactDocuments(manager: EntityManager, contactId: string): Promise<number> {
  const [erased]: [Array<{ id: string }>] = await manager.query(
    `DELETE FROM documents WHERE contact_id = $1 RETURNING id`,
    [contactId],
  );
  for (const { id } of erased)
    await manager.query(`SELECT audit_forget('documents', $1, NULL, NULL, ARRAY[]::text[])`, [id]);
  return erased.length;
}

/**
 * Before a meeting is deleted: how many documents are kept with it (the deletion waits for them), and those already
 * deleted go for good now, each with its audit line as the purge writes it: unlinked by the meeting's deletion, a
 * restored one would be read by everyone (the read policy reads a meeting's document as the meeting).
 */
export async function settleMeetingDocuments(manager: EntityManager, meetingId: string): Promise<{ kept: number }> {
  const [{ kept }] = await manager.query(
    `SELECT count(*)::int AS kept FROM documents WHERE meeting_id = $1 AND deleted_at IS NULL`,
    [meetingId],
  );
  if (kept > 0) return { kept };
  // A DELETE … RETURNING answers [rows, count] through TypeORM's driver.
  const [purged]: [Array<{ id: string; organisation_id: string }>] = await manager.query(
    `DELETE FROM documents WHERE meeting_id = $1 AND deleted_at IS NOT NULL RETURNING id, organisation_id`,
    [meetingId],
  );
  for (const document of purged) {
    await recordAudit(manager, {
      userId: null,
      action: 'document_purge',
      entity: 'documents',
      entityId: document.id,
      changes: { organisationId: document.organisation_id, meetingId },
    });
  }
  return { kept: 0 };
}
