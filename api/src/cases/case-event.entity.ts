import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CaseEventKind } from '../domain/case-rules';

/** What happened to a case, by whom and when: kept for the journey's story. */
@Entity('case_events')
export class CaseEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ type: 'timestamptz' }) at: Date;
  @Column({ name: 'user_id', type: 'uuid', nullable: true }) userId: string | null;
  @Column({ type: 'text' }) kind: CaseEventKind;
  @Column({ name: 'from_value', type: 'text', nullable: true }) fromValue: string | null;
  @Column({ name: 'to_value', type: 'text', nullable: true }) toValue: string | null;
  @Column({ type: 'text', nullable: true }) comment: string | null;
}
