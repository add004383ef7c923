import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app.config';
import { coded } from '../common/errors/coded-error';

/**
 * Failed sign-ins counted in PostgreSQL, per account and per address, so the limit holds
 * across every API process. Only failures count: a whole office may sign in from one address.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** 429 while the account or the address has failed too often within the window. */
  async assertAllowed(account: string, address: string): Promise<void> {
    const { windowMinutes, maxFailuresPerAccount, maxFailuresPerAddress } = this.config.loginThrottle;
    const [counts] = await this.db.query(
      `SELECT count(*) FILTER (WHERE account = $1)::int AS account,
              count(*) FILTER (WHERE address = $2)::int AS address,
              max(failed_at) AS last
         FROM login_failures
        WHERE (account = $1 OR address = $2) AND failed_at > now() - make_interval(mins => $3)`,
      [account, address, windowMinutes],
    );
    if (counts.account >= maxFailuresPerAccount || counts.address >= maxFailuresPerAddress) {
      const retryAfter = Math.max(1, Math.ceil((new Date(counts.last).getTime() + windowMinutes * 60_000 - Date.now()) / 1000));
      throw new HttpException(
        { statusCode: 429, ...coded('auth.too_many_attempts', { minutes: Math.ceil(retryAfter / 60) }), retryAfter },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
  }

  /** Records a failure and waits a little longer each time the same account fails. */
  async recordFailure(account: string, address: string): Promise<void> {
    const [{ failures }] = await this.db.query(
      `WITH added AS (INSERT INTO login_failures (account, address) VALUES ($1, $2))
       SELECT count(*)::int + 1 AS failures FROM login_failures
        WHERE account = $1 AND failed_at > now() - make_interval(mins => $3)`,
      [account, address, this.config.loginThrottle.windowMinutes],
    );
    const delay = Math.min(2000, this.config.loginThrottle.failureDelayMs * Math.max(0, failures - 2));
    if (delay > 0) await new Promise((done) => setTimeout(done, delay));
  }

  async clearAccount(account: string): Promise<void> {
    await this.db.query(`DELETE FROM login_failures WHERE account = $1`, [account]);
  }
}
