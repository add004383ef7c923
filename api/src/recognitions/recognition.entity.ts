import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ChecklistItem } from '../domain/recognition-dossier';
import type { RecognitionKind, RecognitionStatus, RecognitionTerm } from '../domain/recognition-rules';

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
  /** The Minister's call deadline a mandate's renewal answers (mandate files only). */
  @Column({ name: 'call_deadline', type: 'date', nullable: true }) callDeadline: string | null;
  /** Kept from validUntil by the kind's clock (domain/recognition-rules): null when the kind has no renewal window. */
  @Column({ name: 'renewal_opens_on', type: 'date', nullable: true }) renewalOpensOn: string | null;
  @Column({ name: 'renewal_late_from', type: 'date', nullable: true }) renewalLateFrom: string | null;
  /** Staff the file declares for the staff test. */
  @Column({
    name: 'permanent_fte',
    type: 'numeric',
    precision: 7,
    scale: 2,
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  permanentFte: number | null;
  @Column({ name: 'self_employed_partners', type: 'integer', nullable: true }) selfEmployedPartners: number | null;
  @Column({ name: 'main_occupation_partners', type: 'integer', nullable: true }) mainOccupationPartners: number | null;
  @Column({ type: 'jsonb' }) checklist: ChecklistItem[];
  @Column({ type: 'text', nullable: true }) notes: string | null;
  @Column({ name: 'renewal_task_at', type: 'timestamptz', nullable: true, select: false }) renewalTaskAt: Date | null;
  @Column({ name: 'created_by_id', type: 'uuid', nullable: true }) createdById: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column() version: number;
}
