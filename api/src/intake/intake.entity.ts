import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { DismissReason, IntakeLanguage, IntakeStatus, IntakeTopic, ProjectStage } from '../domain/intake';
import type { LegalForm } from '../domain/organisation-codes';

/** A question sent through the public form, waiting in the coordinators' inbox until converted or dismissed. */
@Entity('intakes')
export class Intake {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) status: IntakeStatus;
  @Column({ name: 'first_name' }) firstName: string;
  @Column({ name: 'last_name' }) lastName: string;
  @Column() email: string;
  @Column({ type: 'text', nullable: true }) phone: string | null;
  @Column({ name: 'organisation_name' }) organisationName: string;
  @Column({ name: 'enterprise_number', type: 'text', nullable: true }) enterpriseNumber: string | null;
  @Column({ type: 'text', nullable: true }) postcode: string | null;
  @Column({ name: 'legal_form', type: 'text', nullable: true }) legalForm: LegalForm | null;
  @Column({ name: 'project_stage', type: 'text', nullable: true }) projectStage: ProjectStage | null;
  @Column({ type: 'text', array: true }) topics: IntakeTopic[];
  @Column() question: string;
  @Column({ type: 'text' }) language: IntakeLanguage;
  @Column({ name: 'consent_text' }) consentText: string;
  @Column({ name: 'privacy_url' }) privacyUrl: string;
  @Column({ name: 'submitted_at', type: 'timestamptz' }) submittedAt: Date;
  @Column({ name: 'dismiss_reason', type: 'text', nullable: true }) dismissReason: DismissReason | null;
  @Column({ name: 'dismissed_at', type: 'timestamptz', nullable: true }) dismissedAt: Date | null;
  @Column({ name: 'dismissed_by_id', type: 'uuid', nullable: true }) dismissedById: string | null;
  @Column({ name: 'converted_at', type: 'timestamptz', nullable: true }) convertedAt: Date | null;
  @Column({ name: 'converted_by_id', type: 'uuid', nullable: true }) convertedById: string | null;
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true }) organisationId: string | null;
  @Column({ name: 'contact_id', type: 'uuid', nullable: true }) contactId: string | null;
  @Column({ name: 'case_id', type: 'uuid', nullable: true }) caseId: string | null;
  @Column({ name: 'anonymised_at', type: 'timestamptz', nullable: true }) anonymisedAt: Date | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column() version: number;
}
