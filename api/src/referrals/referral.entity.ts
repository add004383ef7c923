import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Partner, ReferralStatus } from '../domain/referral-rules';

/** An orientation of an organisation to COOPCITY (a programme) or to the BISSIB network. */
@Entity('referrals')
export class Referral {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'case_id', type: 'uuid', nullable: true }) caseId: string | null;
  @Column({ type: 'text' }) partner: Partner;
  @Column({ name: 'programme_id', type: 'uuid', nullable: true }) programmeId: string | null;
  @Column({ type: 'text' }) status: ReferralStatus;
  @Column({ name: 'referred_on', type: 'date' }) referredOn: string;
  @Column({ name: 'responded_on', type: 'date', nullable: true }) respondedOn: string | null;
  @Column({ name: 'completed_on', type: 'date', nullable: true }) completedOn: string | null;
  @Column({ type: 'text', nullable: true }) outcome: string | null;
  /** Why it was declined or cancelled. */
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ name: 'referred_by_id', type: 'uuid', nullable: true }) referredById: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column() version: number;
}
