import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CasePriority, CaseStage, CaseStatus } from '../domain/case-rules';

/** A support journey of one organisation. */
@Entity('cases')
export class Case {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column() title: string;
  @Column({ type: 'text' }) stage: CaseStage;
  @Column({ type: 'text' }) status: CaseStatus;
  @Column({ name: 'advisor_id', type: 'uuid', nullable: true }) advisorId: string | null;
  @Column({ name: 'coordinator_id', type: 'uuid', nullable: true }) coordinatorId: string | null;
  @Column({ type: 'text' }) priority: CasePriority;
  @Column({ name: 'opened_on', type: 'date' }) openedOn: string;
  @Column({ name: 'closed_on', type: 'date', nullable: true }) closedOn: string | null;
  @Column({ name: 'close_reason', type: 'text', nullable: true }) closeReason: string | null;
  @Column({ name: 'next_action_on', type: 'date', nullable: true }) nextActionOn: string | null;
  @Column({ type: 'text', nullable: true }) summary: string | null;
  @Column({ name: 'created_by_id', type: 'uuid', nullable: true }) createdById: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column() version: number;
}
