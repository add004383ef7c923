import { ConflictException, Inject, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit-trail';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app.config';
import { normaliseCode, RECOVERY_CODE, secondFactorRequired, TOTP_CODE } from '../domain/identity';
import { SessionsService } from './sessions.service';
import { enrolmentOffer, matchingStep, newRecoveryCodes, newTotpSecret, recoveryCodeHash } from './totp';

export interface SecondFactorStatus {
  enabled: boolean;
  /** Whether MFA_REQUIRED asks it of this person's role (then it cannot be switched off). */
  required: boolean;
  enabledAt: Date | null;
  recoveryCodesLeft: number;
}

export interface EnrolmentOffer {
  secret: string;
  otpauthUrl: string;
  qrCode: string;
}

/** How a code was accepted, or null. */
type CodeMatch = 'totp' | 'recovery' | null;

/** TOTP secrets and recovery codes of local accounts (tables `second_factors`, `recovery_codes`). */
@Injectable()
export class SecondFactorService {
  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  isRequired(role: string): boolean {
    return secondFactorRequired(this.config.mfaRequired, role);
  }

  async isEnabled(userId: string): Promise<boolean> {
    const [row] = await this.db.query(`SELECT 1 FROM second_factors WHERE user_id = $1 AND confirmed_at IS NOT NULL`, [
      userId,
    ]);
    return !!row;
  }

  async status(userId: string, role: string): Promise<SecondFactorStatus> {
    const [row] = await this.db.query(
      `SELECT f.confirmed_at, (SELECT count(*)::int FROM recovery_codes r WHERE r.user_id = $1 AND r.used_at IS NULL) AS left
         FROM (SELECT 1) one LEFT JOIN second_factors f ON f.user_id = $1 AND f.confirmed_at IS NOT NULL`,
      [userId],
    );
    return {
      enabled: !!row.confirmed_at,
      required: this.isRequired(role),
      enabledAt: row.confirmed_at,
      recoveryCodesLeft: row.confirmed_at ? row.left : 0,
    };
  }

  /** A new secret to scan (replacing an unconfirmed one); 409 when a confirmed one exists. */
  async beginEnrolment(userId: string, account: string): Promise<EnrolmentOffer> {
    const secret = newTotpSecret();
    const rows: unknown[] = await this.db.query(
      `INSERT INTO second_factors (user_id, secret) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET secret = EXCLUDED.secret, created_at = now(), last_step = NULL
         WHERE second_factors.confirmed_at IS NULL
       RETURNING user_id`,
      [userId, secret],
    );
    if (!rows.length) throw alreadyEnabled();
    return enrolmentOffer(secret, account);
  }

  /**
   * The first code from the app confirms the secret; answers ten fresh recovery codes (shown once,
   * stored hashed). A wrong code answers undefined and changes nothing.
   */
  async confirmEnrolment(userId: string, code: string): Promise<string[] | undefined> {
    return this.db.transaction(async (manager) => {
      const [pending] = await manager.query(
        `SELECT secret, confirmed_at FROM second_factors WHERE user_id = $1 FOR UPDATE`,
        [userId],
      );
      if (pending?.confirmed_at) throw alreadyEnabled();
      if (!pending)
        throw new ConflictException({
          message: 'Start the enrolment first: no secret is waiting for a code',
          code: 'second_factor.no_enrolment',
          params: {},
        });
      const typed = normaliseCode(code);
      const step = TOTP_CODE.test(typed) ? matchingStep(pending.secret, typed) : null;
      if (step === null) return undefined;
      await manager.query(`UPDATE second_factors SET confirmed_at = now(), last_step = $2 WHERE user_id = $1`, [
        userId,
        step,
      ]);
      const codes = await this.replaceRecoveryCodes(userId, manager);
      await recordAudit(manager, {
        userId,
        action: 'second_factor_enrol',
        entity: 'users',
        entityId: userId,
        changes: { method: 'totp' },
      });
      return codes;
    });
  }

  /**
   * Checks a code at sign-in or before switching off: a TOTP code whose time step is later than the
   * last one accepted (so a code works once), or an unused recovery code (then used up).
   */
  async verify(userId: string, code: string, manager: EntityManager = this.db.manager): Promise<CodeMatch> {
    const typed = normaliseCode(code);
    if (TOTP_CODE.test(typed)) {
      const [factor] = await manager.query(
        `SELECT secret FROM second_factors WHERE user_id = $1 AND confirmed_at IS NOT NULL`,
        [userId],
      );
      const step = factor ? matchingStep(factor.secret, typed) : null;
      if (step === null) return null;
      // One conditional UPDATE: two requests with the same code cannot both pass.
      const [, accepted] = await manager.query(
        `UPDATE second_factors SET last_step = $2 WHERE user_id = $1 AND (last_step IS NULL OR last_step < $2)`,
        [userId, step],
      );
      return accepted > 0 ? 'totp' : null;
    }
    if (!RECOVERY_CODE.test(typed)) return null;
    const [rows] = await manager.query(
      `UPDATE recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id`,
      [userId, recoveryCodeHash(typed)],
    );
    if (!rows.length) return null;
    const [{ left }] = await manager.query(
      `SELECT count(*)::int AS left FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL`,
      [userId],
    );
    await recordAudit(manager, {
      userId,
      action: 'recovery_code_used',
      entity: 'users',
      entityId: userId,
      changes: { left },
    });
    return 'recovery';
  }

  /** Switches the second factor off (the caller checked password and code); refused where the role requires it. */
  async disable(userId: string, role: string): Promise<void> {
    if (this.isRequired(role)) {
      throw new UnprocessableEntityException({
        message: 'Your role must use a second factor: it cannot be switched off',
        code: 'second_factor.required_for_role',
        params: { role },
      });
    }
    await this.remove(userId, userId, 'second_factor_disable');
  }

  /**
   * An admin's reset (a lost phone): the person enrols again at their next sign-in or from the profile. Their
   * open sessions end with it (a lost phone may be a stolen one, still signed in).
   */
  async reset(userId: string, adminId: string): Promise<void> {
    await this.remove(userId, adminId, 'second_factor_reset', (manager) =>
      this.sessions.endAll(userId, adminId, undefined, manager),
    );
  }

  /** New recovery codes in place of the old ones (the caller checked password and code). */
  async regenerateRecoveryCodes(userId: string): Promise<string[]> {
    return this.db.transaction((manager) => this.replaceRecoveryCodes(userId, manager));
  }

  private async remove(
    userId: string,
    actorId: string,
    action: string,
    alsoWithin?: (manager: EntityManager) => Promise<unknown>,
  ): Promise<void> {
    await this.db.transaction(async (manager) => {
      const [, removed] = await manager.query(
        `DELETE FROM second_factors WHERE user_id = $1 AND confirmed_at IS NOT NULL`,
        [userId],
      );
      await manager.query(`DELETE FROM recovery_codes WHERE user_id = $1`, [userId]);
      if (removed > 0)
        await recordAudit(manager, {
          userId: actorId,
          action,
          entity: 'users',
          entityId: userId,
          changes: { method: 'totp' },
        });
      await alsoWithin?.(manager);
    });
  }

  private async replaceRecoveryCodes(userId: string, manager: EntityManager): Promise<string[]> {
    const codes = newRecoveryCodes();
    await manager.query(`DELETE FROM recovery_codes WHERE user_id = $1`, [userId]);
    await manager.query(`INSERT INTO recovery_codes (user_id, code_hash) SELECT $1, unnest($2::text[])`, [
      userId,
      codes.map((c) => recoveryCodeHash(normaliseCode(c))),
    ]);
    return codes;
  }
}

function alreadyEnabled() {
  return new ConflictException({
    message: 'A second factor is already set up; switch it off first',
    code: 'second_factor.already_enabled',
    params: {},
  });
}
