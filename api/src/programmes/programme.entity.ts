import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Partner } from '../referrals/referral-rules';

export const PROGRAMME_STAGES = ['idea', 'launch', 'consolidation', 'pooling', 'innovation', 'network'] as const;
export type ProgrammeStage = (typeof PROGRAMME_STAGES)[number];

/** A support programme of COOPCITY (or BISSIB as a network), kept by admins. */
@Entity('programmes')
export class Programme {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) partner: Partner;
  @Column() name: string;
  @Column({ type: 'text' }) stage: ProgrammeStage;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column() active: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column() version: number;
}
