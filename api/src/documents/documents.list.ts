import { ListSpec } from '../common/list/list-spec';
import { DOCUMENT_KINDS } from '../domain/documents';

export const documentsList: ListSpec = {
  resource: 'documents',
  fields: {
    id: { column: 'd.id', type: 'uuid' },
    organisationId: { column: 'd.organisation_id', type: 'uuid' },
    kind: { column: 'd.kind', type: 'enum', values: DOCUMENT_KINDS },
    title: { column: 'd.title', sortColumn: 'lower(d.title)', type: 'text' },
    fileName: { column: 'd.file_name', sortColumn: 'lower(d.file_name)', type: 'text' },
    mediaType: { column: 'd.media_type', type: 'text' },
    sizeBytes: { column: 'd.size_bytes', type: 'integer' },
    sha256: { column: 'd.sha256', type: 'text', sortable: false },
    recognitionId: { column: 'd.recognition_id', type: 'uuid' },
    checklistItem: { column: 'd.checklist_item', type: 'text' },
    assessmentId: { column: 'd.assessment_id', type: 'uuid' },
    indicatorCode: { column: 'd.indicator_code', type: 'text' },
    meetingId: { column: 'd.meeting_id', type: 'uuid' },
    referralId: { column: 'd.referral_id', type: 'uuid' },
    caseId: { column: 'd.case_id', type: 'uuid' },
    contactId: { column: 'd.contact_id', type: 'uuid' },
    uploadedById: { column: 'd.uploaded_by_id', type: 'uuid' },
    uploadedAt: { column: 'd.uploaded_at', type: 'datetime' },
    deletedAt: { column: 'd.deleted_at', type: 'datetime' },
    /** Admins only: `true` lists the deleted documents that can still be restored. */
    deleted: { column: '(d.deleted_at IS NOT NULL)', type: 'boolean', sortable: false },
  },
  defaultSort: { field: 'uploadedAt', order: 'DESC' },
};
