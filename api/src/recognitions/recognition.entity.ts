import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ChecklistItem, RecognitionKind, RecognitionStatus, RecognitionTerm } from '../domain/recognition-rules';

/** A recognition file: the regional approval, the work-integration mandate, or a federal approval. */
@Entity('recognitions')
export class Recognition {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'case_id', type: 'uuid', nullable: true }) caseId: string | null;
  @Column({ type: 'text' }) kind: RecognitionKind;
  @Column({ type: 'text' }) status: RecognitionStatus;
  @Column({ name: 'submitted_on', type: 'date', nullable: true }) submittedOn: string | null;
  @Column({ name: 'decision_on', type: 'date', nullable: true }) decisionOn: string | null;
  @Column({ name: 'valid_from', type: 'date', nullable: true }) validFrom: string | null;
  @Column({ name: 'valid_until', type: 'date', nullable: true }) validUntil: string | null;
  @Column({ type: 'text' }) term: RecognitionTerm;
  /** The file this one renews. */
  @Column({ name: 'previous_id', type: 'uuid', nullable: true }) previousId: string | null;
  @Column({ type: 'text', nullable: true }) reference: string | null;
  @Column({ type: 'jsonb' }) checklist: ChecklistItem[];
  @Column({ type: 'text', nullable: true }) notes: string | null;
  @Column({ name: 'renewal_task_at', type: 'timestamptz', nullable: true, select: false }) renewalTaskAt: Date | null;
  @Column({ name: 'created_by_id', type: 'uuid', nullable: true }) createdById: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column() version: number;
}
