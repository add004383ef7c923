import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app.config';
import { LANGUAGES, type Language } from '../domain/languages';
import { renderTemplate } from './mail-template';
import { MAIL_TEMPLATES, MailTemplateName } from './templates';

/** To a colleague by id (their address, name and language are read; nothing to an inactive user), or to an address. */
type MailRecipient = { userId: string } | { email: string; name: string; language: Language };

interface MailRequest {
  to: MailRecipient;
  template: MailTemplateName;
  params: Record<string, unknown>;
  /** A mail with a key already in the outbox is not written again (a reminder once per person and day). */
  dedupeKey?: string;
}

/**
 * Writes mails into the outbox with the caller's transaction: a change that rolls back leaves no mail,
 * and a mail is never written without its change. The `mail-outbox` job sends them.
 */
@Injectable()
export class Outbox {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Renders and writes one mail; answers its id, or null when nothing was written (inactive user, already written). */
  async enqueue(manager: EntityManager, mail: MailRequest): Promise<string | null> {
    const recipient = await this.recipient(manager, mail.to);
    if (!recipient) return null;
    const language = (LANGUAGES as readonly string[]).includes(recipient.language) ? recipient.language : 'fr';
    const rendered = renderTemplate(
      MAIL_TEMPLATES[mail.template],
      language,
      { ...mail.params, recipientName: recipient.name },
      this.config.publicUrl,
    );
    const domain = new URL(this.config.publicUrl).hostname || 'traject';
    const rows = await manager.query(
      `INSERT INTO outbox (recipient_id, recipient, language, template, subject, body_text, body_html, dedupe_key, message_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [
        recipient.userId,
        recipient.email,
        language,
        mail.template,
        rendered.subject,
        rendered.text,
        rendered.html,
        mail.dedupeKey ?? null,
        `<${randomUUID()}@${domain}>`,
      ],
    );
    return rows[0]?.id ?? null;
  }

  private async recipient(
    manager: EntityManager,
    to: MailRecipient,
  ): Promise<{ userId: string | null; email: string; name: string; language: Language } | null> {
    if (!('userId' in to)) return { userId: null, ...to };
    const [user] = await manager.query(`SELECT id, email, full_name, language, active FROM users WHERE id = $1`, [
      to.userId,
    ]);
    if (!user?.active) return null;
    return { userId: user.id, email: user.email, name: user.full_name, language: user.language };
  }
}
