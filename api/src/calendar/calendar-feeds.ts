import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { recordAudit } from '../audit/audit-trail';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app.config';
import { calendarOf } from './calendar-feed';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export interface CalendarFeedStatus {
  active: boolean;
  createdAt: Date | null;
  lastReadAt: Date | null;
}

/** Each person's private calendar URL: an unguessable token, kept only as its hash, renewable and revocable. */
@Injectable()
export class CalendarFeeds {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async status(userId: string): Promise<CalendarFeedStatus> {
    const [row] = await this.db.query(
      `SELECT created_at AS "createdAt", last_read_at AS "lastReadAt" FROM calendar_feeds WHERE user_id = $1`,
      [userId],
    );
    return { active: Boolean(row), createdAt: row?.createdAt ?? null, lastReadAt: row?.lastReadAt ?? null };
  }

  /** A new URL (the former one, if any, stops working); shown once. */
  async renew(userId: string): Promise<{ url: string; createdAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    return this.db.transaction(async (manager) => {
      const [row] = await manager.query(
        `INSERT INTO calendar_feeds (user_id, token_hash) VALUES ($1, $2)
           ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now(), last_read_at = NULL RETURNING created_at AS "createdAt"`,
        [userId, hash(token)],
      );
      await recordAudit(manager, { userId, action: 'calendar_feed_renewed', entity: 'users', entityId: userId });
      return { url: `${this.config.publicUrl}/api/calendar/${token}.ics`, createdAt: row.createdAt };
    });
  }

  async revoke(userId: string): Promise<CalendarFeedStatus> {
    await this.db.transaction(async (manager) => {
      await manager.query(`DELETE FROM calendar_feeds WHERE user_id = $1`, [userId]);
      await recordAudit(manager, { userId, action: 'calendar_feed_revoked', entity: 'users', entityId: userId });
    });
    return this.status(userId);
  }

  /** The calendar behind a token, or null (unknown or revoked token, inactive person). */
  async read(token: string): Promise<string | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    return this.db.transaction('REPEATABLE READ', async (manager) => {
      // An UPDATE … RETURNING answers [rows, count] through TypeORM.
      const [[owner]] = await manager.query(
        `UPDATE calendar_feeds f SET last_read_at = now() FROM users u WHERE f.token_hash = $1 AND u.id = f.user_id AND u.active RETURNING u.id, u.language`,
        [hash(token)],
      );
      return owner ? calendarOf(manager, owner, this.config.publicUrl) : null;
    });
  }
}
