import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app.config';
import { Session } from './session.entity';

export interface IssuedSession {
  token: string;
  expiresAt: Date;
}

const digest = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** Refresh sessions: `<session id>.<secret>`, stored as a hash, rotated on every use. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async open(userId: string, manager: EntityManager = this.db.manager): Promise<IssuedSession> {
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.sessionHours * 3_600_000);
    const session = await manager.save(Session, {
      userId,
      tokenHash: digest(secret),
      expiresAt,
      createdAt: new Date(),
      lastUsedAt: new Date(),
    });
    return { token: `${session.id}.${secret}`, expiresAt };
  }

  /** The user id and a rotated token, or undefined for an unknown, used, revoked or expired token. */
  async rotate(token: string): Promise<{ userId: string; session: IssuedSession } | undefined> {
    const [id, secret] = token.split('.');
    if (!id || !secret || !/^[0-9a-f-]{36}$/.test(id)) return undefined;
    const next = randomBytes(32).toString('base64url');
    // Rotation is one conditional UPDATE: a token replayed after use matches no row.
    const [rows] = await this.db.query(
      `UPDATE sessions SET token_hash = $3, last_used_at = now()
        WHERE id = $1 AND token_hash = $2 AND revoked_at IS NULL AND expires_at > now()
        RETURNING user_id, expires_at`,
      [id, digest(secret), digest(next)],
    );
    const row = rows?.[0];
    return row ? { userId: row.user_id, session: { token: `${id}.${next}`, expiresAt: row.expires_at } } : undefined;
  }

  async revoke(token: string): Promise<void> {
    const [id] = token.split('.');
    if (/^[0-9a-f-]{36}$/.test(id ?? '')) {
      await this.db.getRepository(Session).update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
    }
  }

  async revokeAll(userId: string, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.getRepository(Session).update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
