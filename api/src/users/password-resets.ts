import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { recordAudit } from '../audit/audit-trail';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app.config';
import { Outbox } from '../mail/outbox';
import { Invitations } from './invitations';

/** Why a request mailed nothing (kept in the audit log only, never told to the requester). */
type NotSent = 'inactive' | 'provider_only' | 'passwords_off' | 'hourly_limit';

/**
 * "Forgot your password?": a person asks, by e-mail address, for a link to choose a new password. Whatever the
 * address, the caller learns nothing (the controller answers the same 202); only an active account that signs in
 * with a password (or was invited to choose one) gets a reset link, at most PASSWORD_RESET_MAX_PER_HOUR an hour.
 * The link is the user's one set-your-password link (user_invitations, purpose `reset`), valid PASSWORD_RESET_MINUTES.
 */
@Injectable()
export class PasswordResets {
  constructor(
    private readonly db: DataSource,
    private readonly invitations: Invitations,
    private readonly outbox: Outbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Mails a reset link when the account may have one; records the request in the audit log either way. */
  async request(email: string, address: string): Promise<void> {
    const account = email.trim().toLowerCase();
    await this.db.transaction(async (manager) => {
      // The row is locked so that parallel requests cannot pass the hourly limit together.
      const [user] = await manager.query(
        `SELECT u.id, u.email, u.active, u.password_hash IS NOT NULL AS has_password,
                u.oidc_subject IS NOT NULL AS has_provider,
                (SELECT count(*)::int FROM outbox o
                  WHERE o.recipient_id = u.id AND o.template = 'password-reset'
                    AND o.created_at > now() - interval '1 hour') AS sent_last_hour
           FROM users u WHERE lower(u.email) = $1 FOR UPDATE OF u`,
        [account],
      );
      if (!user) {
        // What was typed is not kept: it names no account (and may be someone's mistake).
        await recordAudit(manager, {
          userId: null,
          action: 'password_reset_requested',
          entity: 'users',
          entityId: null,
          changes: { address, sent: false },
        });
        return;
      }
      const notSent = this.refusal(user);
      let expiresAt: Date | undefined;
      if (!notSent) {
        const link = await this.invitations.store(manager, user.id, 'reset', null);
        expiresAt = link.expiresAt;
        await this.outbox.enqueue(manager, {
          to: { userId: user.id },
          template: 'password-reset',
          params: { token: link.token, email: user.email, minutes: this.config.passwordReset.minutes },
        });
      }
      await recordAudit(manager, {
        userId: null,
        action: 'password_reset_requested',
        entity: 'users',
        entityId: user.id,
        changes: notSent
          ? { address, sent: false, reason: notSent }
          : { address, sent: true, expiresAt: expiresAt!.toISOString() },
      });
    });
  }

  private refusal(user: {
    email: string;
    active: boolean;
    has_password: boolean;
    has_provider: boolean;
    sent_last_hour: number;
  }): NotSent | null {
    const { enabled, breakGlassEmail } = this.config.localLogin;
    if (!user.active) return 'inactive';
    if (!enabled && user.email.toLowerCase() !== breakGlassEmail) return 'passwords_off';
    // Created at a first sign-in through the organisation's provider: there is no password to reset.
    if (!user.has_password && user.has_provider) return 'provider_only';
    if (user.sent_last_hour >= this.config.passwordReset.maxPerHour) return 'hourly_limit';
    return null;
  }
}
