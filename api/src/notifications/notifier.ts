import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app.config';
import { renderTemplate } from '../mail/mail-template';
import { Outbox } from '../mail/outbox';
import { MAIL_TEMPLATES, MailTemplateName } from '../mail/templates';
import type { Language } from '../domain/languages';
import { Preferences } from './preferences';

interface NotificationEvent {
  userId: string;
  /** The event's mail template: the bell shows its subject and links where the mail links. */
  template: MailTemplateName;
  params: Record<string, unknown>;
  /** One notification and one mail per key (a reminder once per person and morning). */
  dedupeKey?: string;
}

export interface NotificationRecord {
  id: string;
  kind: string;
  title: string;
  link: string;
  createdAt: Date;
  readAt: Date | null;
}

/**
 * Tells a person about an event, inside the caller's transaction: a notification for the bell, always,
 * and the mail in their language when their preferences want it. Nothing for an inactive user.
 */
@Injectable()
export class Notifier {
  constructor(
    private readonly db: DataSource,
    private readonly outbox: Outbox,
    private readonly preferences: Preferences,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async notify(manager: EntityManager, event: NotificationEvent): Promise<void> {
    const [user] = await manager.query(`SELECT active FROM users WHERE id = $1`, [event.userId]);
    if (!user?.active) return;
    const link = renderTemplate(MAIL_TEMPLATES[event.template], 'en', event.params, '').link.replace(/^\/#/, '');
    const written = await manager.query(
      `INSERT INTO notifications (user_id, kind, params, link, dedupe_key) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [event.userId, event.template, JSON.stringify(event.params), link, event.dedupeKey ?? null],
    );
    if (!written.length) return;
    if (await this.preferences.wants(manager, event.userId, event.template)) {
      await this.outbox.enqueue(manager, {
        to: { userId: event.userId },
        template: event.template,
        params: event.params,
        dedupeKey: event.dedupeKey,
      });
    }
  }

  /** A person's latest notifications, titled in their language. */
  async latest(
    userId: string,
    language: Language,
    limit = 30,
  ): Promise<{ unread: number; items: NotificationRecord[] }> {
    const rows = await this.db.query(
      `SELECT id, kind, params, link, created_at AS "createdAt", read_at AS "readAt" FROM notifications WHERE user_id = $1 ORDER BY created_at DESC, id LIMIT $2`,
      [userId, limit],
    );
    const [{ unread }] = await this.db.query(
      `SELECT count(*)::int AS unread FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    const items = rows.map(
      (row: {
        id: string;
        kind: MailTemplateName;
        params: Record<string, unknown>;
        link: string;
        createdAt: Date;
        readAt: Date | null;
      }) => ({
        id: row.id,
        kind: row.kind,
        title: MAIL_TEMPLATES[row.kind]
          ? renderTemplate(MAIL_TEMPLATES[row.kind], language, row.params, this.config.publicUrl).subject
          : row.kind,
        link: row.link,
        createdAt: row.createdAt,
        readAt: row.readAt,
      }),
    );
    return { unread, items };
  }

  async markRead(userId: string, id?: string): Promise<number> {
    const rows = await this.db.query(
      `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL ${id ? 'AND id = $2' : ''} RETURNING id`,
      id ? [userId, id] : [userId],
    );
    return Array.isArray(rows[0]) ? rows[0].length : rows.length;
  }
}
