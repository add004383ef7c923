import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { MeetingChannel } from '../domain/meeting-codes';

/** A client meeting as the advisor logged it. */
@Entity('meetings')
export class Meeting {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'case_id', type: 'uuid', nullable: true }) caseId: string | null;
  @Column({ name: 'author_id', type: 'uuid' }) authorId: string;
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt: Date;
  @Column({ name: 'duration_minutes', type: 'integer', nullable: true }) durationMinutes: number | null;
  @Column({ type: 'text' }) channel: MeetingChannel;
  @Column({ name: 'contact_ids', type: 'uuid', array: true }) contactIds: string[];
  @Column({ name: 'staff_ids', type: 'uuid', array: true }) staffIds: string[];
  @Column() subject: string;
  @Column({ type: 'text', nullable: true }) notes: string | null;
  @Column({ type: 'text', nullable: true }) outcomes: string | null;
  @Column({ name: 'next_steps', type: 'text', nullable: true }) nextSteps: string | null;
  @Column({ name: 'follow_up_on', type: 'date', nullable: true }) followUpOn: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column() version: number;
}
