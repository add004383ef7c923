import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit-trail';
import { coded, codedFields, fieldError } from '../common/errors/coded-error';
import type { MessageCode } from '../domain';
import { BusinessRuleViolation } from '../common/errors/business-rule.exception';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app.config';
import { Outbox } from '../mail/outbox';
import { assertStrongPassword, hashPassword } from '../auth';
import { revokeSessionsOf } from '../auth/sessions.queries';

/** What a link is for: an admin's invitation, or a reset the person asked for ("Forgot your password?"). */
export type LinkPurpose = 'invitation' | 'reset';

/** What an invitation answers: when its link stops working. */
export interface InvitationSent {
  userId: string;
  expiresAt: Date;
}

/** Whose password a used invitation set (the console sends them to sign in). */
export interface InvitationAccepted {
  userId: string;
  email: string;
  language: string;
}

const hashOf = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * Set-your-password links: a random token mailed to the user (through the outbox, in their language), only its
 * SHA-256 stored, one per user (a new one replaces the earlier), single use. An invitation (an admin's) is valid
 * INVITATION_DAYS; a reset (the person's "Forgot your password?", see password-resets.ts) PASSWORD_RESET_MINUTES.
 */
@Injectable()
export class Invitations {
  constructor(
    private readonly db: DataSource,
    private readonly outbox: Outbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Writes (or replaces) the user's invitation and its mail with the caller's transaction. */
  async issue(manager: EntityManager, userId: string, invitedBy: string | null): Promise<InvitationSent> {
    const { token, expiresAt } = await this.store(manager, userId, 'invitation', invitedBy);
    const [who] = await manager.query(
      `SELECT u.email, i.full_name AS inviter FROM users u LEFT JOIN users i ON i.id = $2 WHERE u.id = $1`,
      [userId, invitedBy],
    );
    await this.outbox.enqueue(manager, {
      to: { userId },
      template: 'user-invitation',
      params: {
        token,
        email: who.email,
        inviterName: who.inviter ?? 'hub.brussels',
        expiresAt: expiresAt.toISOString(),
      },
    });
    await recordAudit(manager, {
      userId: invitedBy,
      action: 'invite',
      entity: 'users',
      entityId: userId,
      changes: { expiresAt: expiresAt.toISOString() },
    });
    return { userId, expiresAt };
  }

  /**
   * Writes the user's one link (replacing any earlier one, invitation or reset) and answers its token, the only
   * time it exists outside the mail: an invitation works INVITATION_DAYS, a reset PASSWORD_RESET_MINUTES.
   */
  async store(
    manager: EntityManager,
    userId: string,
    purpose: LinkPurpose,
    invitedBy: string | null,
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const [days, minutes] =
      purpose === 'reset' ? [0, this.config.passwordReset.minutes] : [this.config.invitationDays, 0];
    const [row] = await manager.query(
      `INSERT INTO user_invitations (user_id, token_hash, expires_at, invited_by, purpose)
       VALUES ($1, $2, now() + make_interval(days => $3, mins => $4), $5, $6)
       ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, expires_at = EXCLUDED.expires_at,
         used_at = NULL, invited_by = EXCLUDED.invited_by, purpose = EXCLUDED.purpose, created_at = now()
       RETURNING expires_at`,
      [userId, hashOf(token), days, minutes, invitedBy, purpose],
    );
    return { token, expiresAt: row.expires_at };
  }

  /** "Send the invitation again": only to an active user who has not chosen a password yet. */
  async reissue(userId: string, invitedBy: string): Promise<InvitationSent> {
    return this.db.transaction(async (manager) => {
      const [user] = await manager.query(`SELECT active, password_hash FROM users WHERE id = $1 FOR UPDATE`, [userId]);
      if (!user) throw new NotFoundException(`No user ${userId}`);
      if (user.password_hash) throw new ConflictException(coded('user.password_already_set'));
      if (!user.active) throw new BusinessRuleViolation('user.invitation_inactive');
      return this.issue(manager, userId, invitedBy);
    });
  }

  /**
   * Sets the password an invitation's (or a reset's) token allows: unknown, used and expired tokens are refused
   * (400 on `token`), a weak password too (400 on `password`, the token still usable). Ends every session of the user.
   */
  async accept(token: string, password: string): Promise<InvitationAccepted> {
    const found = await this.find(this.db.manager, token);
    assertStrongPassword('password', password, { email: found.email, fullName: found.full_name });
    const passwordHash = await hashPassword(password);
    return this.db.transaction(async (manager) => {
      const invitation = await this.find(manager, token, true);
      await manager.query(
        `UPDATE users SET password_hash = $2, token_version = token_version + 1, version = version + 1, updated_at = now()
         WHERE id = $1`,
        [invitation.user_id, passwordHash],
      );
      await revokeSessionsOf(manager, invitation.user_id);
      await manager.query(`UPDATE user_invitations SET used_at = now() WHERE user_id = $1`, [invitation.user_id]);
      await recordAudit(manager, {
        userId: invitation.user_id,
        action: invitation.purpose === 'reset' ? 'password_reset' : 'invitation_accepted',
        entity: 'users',
        entityId: invitation.user_id,
        changes: { password: { changed: true } },
      });
      return { userId: invitation.user_id, email: invitation.email, language: invitation.language };
    });
  }

  /** An admin set the password by other means: the pending link no longer works. */
  async withdraw(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM user_invitations WHERE user_id = $1 AND used_at IS NULL`, [userId]);
  }

  private async find(
    manager: EntityManager,
    token: string,
    lock = false,
  ): Promise<{ user_id: string; email: string; full_name: string; language: string; purpose: LinkPurpose }> {
    const [row] = await manager.query(
      `SELECT i.user_id, i.purpose, i.used_at, i.expires_at < now() AS expired, u.email, u.full_name, u.language, u.active
         FROM user_invitations i JOIN users u ON u.id = i.user_id
        WHERE i.token_hash = $1 ${lock ? 'FOR UPDATE OF i' : ''}`,
      [hashOf(token)],
    );
    const reset = row?.purpose === 'reset';
    const refused: MessageCode | null =
      !row || !row.active
        ? 'invitation.unknown'
        : row.used_at
          ? reset
            ? 'password_reset.used'
            : 'invitation.used'
          : row.expired
            ? reset
              ? 'password_reset.expired'
              : 'invitation.expired'
            : null;
    if (refused) throw new BadRequestException(codedFields(refused, {}, { token: fieldError(refused) }));
    return row;
  }
}
