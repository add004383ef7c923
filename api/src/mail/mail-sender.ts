import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app.config';
import { Jobs } from '../jobs/jobs';
import { MAIL_PREFERENCES, PREFERENCE_NAMES } from '../domain/mail-preferences';
import { MESSAGES } from '../domain';

const SWITCHED_OFF = PREFERENCE_NAMES.map(
  (name) => `(o.template = '${MAIL_PREFERENCES[name].template}' AND NOT p.${MAIL_PREFERENCES[name].column})`,
).join(' OR ');

const MAIL_OUTBOX_JOB = 'mail-outbox';
/** A mail given up after this many failed attempts (spaced from 30 s to an hour: about a day). */
const MAX_ATTEMPTS = 30;
/** How long a process holds a mail it is sending; past it (the process died) another process sends it. */
const CLAIM_SECONDS = 60;
/** A mail not sent within two days is no longer news: it stays in the outbox, failed. */
const GIVE_UP_AFTER = '2 days';

interface SendReport {
  sent: number;
  failed: number;
  smtp: boolean;
}

/**
 * Sends the outbox through SMTP (nodemailer), one mail at a time, every minute (the `mail-outbox` job).
 * Each mail is claimed in its own short transaction, so two processes never send the same one; the
 * Message-ID is fixed in the outbox, so a mail sent again after a crash between the server's "accepted"
 * and our "sent" (the one at-least-once window) reaches the recipient with the same Message-ID.
 */
@Injectable()
export class MailSender implements OnModuleDestroy {
  private readonly logger = new Logger('MailSender');
  private transport?: Transporter;

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    jobs: Jobs,
  ) {
    jobs.register({
      name: MAIL_OUTBOX_JOB,
      title: MESSAGES['job.title.mail_outbox'],
      cron: '* * * * *',
      expireInSeconds: 600,
      run: () => this.sendDue(),
    });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }

  /** Sends every mail that is due; without SMTP_URL the mails stay in the outbox for admins to read. */
  async sendDue(): Promise<SendReport> {
    const report = { sent: 0, failed: 0, smtp: Boolean(this.config.smtpUrl) };
    if (!this.config.smtpUrl) return report;
    await this.db
      .query(`UPDATE outbox SET state = 'failed', last_error = coalesce(last_error, 'Not sent in time'), claimed_until = NULL
                          WHERE state IN ('pending', 'sending') AND created_at < now() - interval '${GIVE_UP_AFTER}' AND (claimed_until IS NULL OR claimed_until < now())`);
    // Nothing goes to an inactive user, even a mail written while they were active.
    await this.db
      .query(`UPDATE outbox o SET state = 'failed', last_error = 'The recipient was deactivated', claimed_until = NULL
                           FROM users u WHERE u.id = o.recipient_id AND NOT u.active AND o.state IN ('pending', 'sending') AND (o.claimed_until IS NULL OR o.claimed_until < now())`);
    // Nor a mail its recipient switched off after it was written (preferences are read again at sending time).
    await this.db
      .query(`UPDATE outbox o SET state = 'failed', last_error = 'The recipient switched this mail off', claimed_until = NULL
                           FROM notification_preferences p WHERE p.id = o.recipient_id AND (${SWITCHED_OFF}) AND o.state IN ('pending', 'sending') AND (o.claimed_until IS NULL OR o.claimed_until < now())`);
    for (;;) {
      const [mail] = await this.db
        .query(
          `UPDATE outbox SET state = 'sending', attempts = attempts + 1, claimed_until = now() + interval '${CLAIM_SECONDS} seconds'
          WHERE id = (SELECT id FROM outbox WHERE (state = 'pending' AND next_attempt_at <= now()) OR (state = 'sending' AND claimed_until < now())
                       ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED)
          RETURNING id, recipient, subject, body_text AS text, body_html AS html, message_id AS "messageId", attempts`,
        )
        .then((result: unknown[]) => (Array.isArray(result[0]) ? result[0] : result));
      if (!mail) return report;
      try {
        const info = await this.smtp().sendMail({
          from: this.config.mailFrom,
          to: mail.recipient,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: mail.messageId,
          headers: { 'Auto-Submitted': 'auto-generated' },
        });
        await this.db.query(
          `UPDATE outbox SET state = 'sent', sent_at = now(), claimed_until = NULL, last_error = NULL, smtp_response = $2 WHERE id = $1`,
          [mail.id, String(info.response ?? '')],
        );
        report.sent++;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const giveUp = mail.attempts >= MAX_ATTEMPTS;
        await this.db.query(
          `UPDATE outbox SET state = $2, claimed_until = NULL, last_error = $3,
                  next_attempt_at = now() + least(interval '1 hour', interval '30 seconds' * power(2, $4::int - 1)) WHERE id = $1`,
          [mail.id, giveUp ? 'failed' : 'pending', message, Math.min(mail.attempts, 12)],
        );
        report.failed++;
        this.logger.warn(`Mail ${mail.id} to ${mail.recipient} not sent (attempt ${mail.attempts}): ${message}`);
        // The relay is down: the other mails wait for the next run.
        if (isConnectionError(error)) return report;
      }
    }
  }

  private smtp(): Transporter {
    this.transport ??= nodemailer.createTransport({
      url: this.config.smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    } as never);
    return this.transport;
  }
}

function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  return ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNREFUSED'].includes(code ?? '');
}
