import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { DocumentKind } from '../domain/documents';

/** A paper kept with an organisation's journey; its bytes live in versions (see document-store.ts). */
@Entity('documents')
export class Document {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ type: 'text' }) kind: DocumentKind;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ name: 'recognition_id', type: 'uuid', nullable: true }) recognitionId: string | null;
  @Column({ name: 'checklist_item', type: 'text', nullable: true }) checklistItem: string | null;
  @Column({ name: 'assessment_id', type: 'uuid', nullable: true }) assessmentId: string | null;
  @Column({ name: 'indicator_code', type: 'text', nullable: true }) indicatorCode: string | null;
  @Column({ name: 'meeting_id', type: 'uuid', nullable: true }) meetingId: string | null;
  @Column({ name: 'referral_id', type: 'uuid', nullable: true }) referralId: string | null;
  @Column({ name: 'case_id', type: 'uuid', nullable: true }) caseId: string | null;
  @Column({ name: 'contact_id', type: 'uuid', nullable: true }) contactId: string | null;
  @Column({ name: 'current_version', type: 'integer' }) currentVersion: number;
  @Column({ name: 'file_name', type: 'text' }) fileName: string;
  @Column({ name: 'media_type', type: 'text' }) mediaType: string;
  @Column({
    name: 'size_bytes',
    type: 'bigint',
    transformer: { from: (v: string | null) => (v === null ? null : Number(v)), to: (v: number) => v },
  })
  sizeBytes: number;
  @Column({ type: 'char', length: 64 }) sha256: string;
  @Column({ name: 'uploaded_by_id', type: 'uuid', nullable: true }) uploadedById: string | null;
  @Column({ name: 'uploaded_at', type: 'timestamptz' }) uploadedAt: Date;
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true }) deletedAt: Date | null;
  @Column({ name: 'deleted_by_id', type: 'uuid', nullable: true }) deletedById: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column() version: number;
}

/** One upload of a document, as listed under it. */
export interface DocumentVersion {
  id: string;
  number: number;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  chunkBytes: number;
  uploadedById: string | null;
  uploadedAt: Date;
  textState: 'none' | 'pending' | 'done' | 'failed';
}

/** The link fields a document may carry: each names a record of the organisation. */
export const DOCUMENT_LINKS = [
  'recognitionId',
  'assessmentId',
  'meetingId',
  'referralId',
  'caseId',
  'contactId',
] as const;
export type DocumentLink = (typeof DOCUMENT_LINKS)[number];
