import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Language } from '../domain/languages';

export const OUTBOX_STATES = ['pending', 'sending', 'sent', 'failed'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** One mail of the outbox, rendered when written. */
@Entity('outbox')
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'recipient_id', type: 'uuid', nullable: true }) recipientId: string | null;
  @Column() recipient: string;
  @Column({ type: 'text' }) language: Language;
  @Column() template: string;
  @Column() subject: string;
  @Column({ name: 'body_text' }) bodyText: string;
  @Column({ name: 'body_html' }) bodyHtml: string;
  @Column({ name: 'dedupe_key', type: 'text', nullable: true }) dedupeKey: string | null;
  @Column({ name: 'message_id' }) messageId: string;
  @Column({ type: 'text' }) state: OutboxState;
  @Column() attempts: number;
  @Column({ name: 'next_attempt_at', type: 'timestamptz' }) nextAttemptAt: Date;
  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true }) claimedUntil: Date | null;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError: string | null;
  @Column({ name: 'smtp_response', type: 'text', nullable: true }) smtpResponse: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt: Date | null;
}
