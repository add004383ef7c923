import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Partner } from '../domain/referral-rules';
import type { ProgrammeStage } from '../domain/programme-codes';

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
