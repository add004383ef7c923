import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { PartnerKind } from '../domain/partners';

/** A partner advisors refer to (COOPCITY, BISSIB, and whoever admins add). Its id is the code referrals keep. */
@Entity('partners')
export class Partner {
  @PrimaryColumn({ type: 'text' }) id: string;
  @Column({ name: 'name_fr', type: 'text' }) nameFr: string;
  @Column({ name: 'name_nl', type: 'text' }) nameNl: string;
  @Column({ type: 'text' }) kind: PartnerKind;
  @Column() active: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column() version: number;
}
