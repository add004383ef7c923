import type { DocumentKind } from '../../../api/src/domain/documents';

/** A document as the API returns it. */
export interface DocumentRecord {
  id: string;
  organisationId: string;
  kind: DocumentKind;
  title: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  currentVersion: number;
  uploadedAt: string;
  recognitionId: string | null;
  checklistItem: string | null;
  assessmentId: string | null;
  meetingId: string | null;
  referralId: string | null;
  caseId: string | null;
  contactId: string | null;
  version: number;
}
