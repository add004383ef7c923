import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One line of the append-only audit trail. */
@Entity('audit_log')
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'timestamptz' }) at: Date;
  @Column({ name: 'user_id', type: 'uuid', nullable: true }) userId: string | null;
  @Column() action: string;
  @Column() entity: string;
  @Column({ name: 'entity_id', type: 'text', nullable: true }) entityId: string | null;
  @Column({ type: 'jsonb', nullable: true }) changes: Record<string, unknown> | null;
}
