import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Language } from '../domain/languages';
import type { LegalForm, Sector } from '../domain/organisation-codes';

const decimal = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

@Entity('organisations')
export class Organisation {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() name: string;
  /** Ten digits, no dots; null for a project not yet incorporated. */
  @Column({ name: 'enterprise_number', type: 'text', nullable: true }) enterpriseNumber: string | null;
  @Column({ name: 'legal_form', type: 'text', nullable: true }) legalForm: LegalForm | null;
  @Column({ type: 'text', array: true }) sectors: Sector[];
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ name: 'social_mission', type: 'text', nullable: true }) socialMission: string | null;
  @Column({ type: 'text', nullable: true }) street: string | null;
  @Column({ type: 'text', nullable: true }) postcode: string | null;
  /** NIS code of the Brussels municipality. */
  @Column({ type: 'text', nullable: true }) municipality: string | null;
  @Column({ type: 'text', nullable: true }) website: string | null;
  @Column({ type: 'text', nullable: true }) email: string | null;
  @Column({ type: 'text', nullable: true }) phone: string | null;
  @Column({ name: 'founded_on', type: 'date', nullable: true }) foundedOn: string | null;
  /** Registered at the BCE/KBO (its start date where known, else the founding date): the staff test counts from it. */
  @Column({ name: 'registered_on', type: 'date', nullable: true }) registeredOn: string | null;
  @Column({ name: 'employees_fte', type: 'numeric', nullable: true, transformer: decimal }) employeesFte: number | null;
  @Column({ type: 'integer', nullable: true }) volunteers: number | null;
  @Column({ type: 'text', array: true }) languages: Language[];
  @Column({ type: 'text', array: true }) tags: string[];
  @Column() archived: boolean;
  /** Maintained from the organisation's open case. */
  @Column({ type: 'text', nullable: true }) stage: string | null;
  @Column({ name: 'advisor_id', type: 'uuid', nullable: true }) advisorId: string | null;
  /** Maintained from the organisation's current Brussels recognition file. */
  @Column({ name: 'recognition_status', type: 'text', nullable: true }) recognitionStatus: string | null;
  /** Maintained from its meetings. */
  @Column({ name: 'last_meeting_at', type: 'timestamptz', nullable: true }) lastMeetingAt: Date | null;
  @Column({ name: 'created_by_id', type: 'uuid', nullable: true }) createdById: string | null;
  /** Set on the tombstone of a merged organisation: the survivor. */
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true }) mergedIntoId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column() version: number;
}
