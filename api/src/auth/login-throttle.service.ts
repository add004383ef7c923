import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { isIPv6 } from 'node:net';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app.config';
import { coded } from '../common/errors/coded-error';

/** One sign-in attempt admitted for evaluation; it counts as a failure until `succeeded`. */
export interface AdmittedAttempt {
  id: string;
  account: string;
  address: string;
}

/**
 * Sign-in attempts counted in PostgreSQL, per account and per address, so the limit holds across every
 * API process. An attempt is recorded BEFORE its password is checked, under per-account and per-address
 * advisory locks: at most N attempts are ever evaluated per window, whatever the concurrency. A successful
 * attempt removes its row (and the account's earlier failures): a whole office may sign in from one address.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Records the attempt, or answers 429 while the account or the address has used up its window. */
  async admit(account: string, rawAddress: string): Promise<AdmittedAttempt> {
    const address = addressBucket(rawAddress);
    // The locks are tried, never waited for inside a transaction: parallel guesses must not hold the pool's connections.
    for (let attempt = 0; attempt < 40; attempt++) {
      const admitted = await this.tryAdmit(account, address);
      if (admitted) return admitted;
      await new Promise((done) => setTimeout(done, 10 + Math.random() * 40));
    }
    throw tooMany(60);
  }

  private async tryAdmit(account: string, address: string): Promise<AdmittedAttempt | undefined> {
    const { windowMinutes, maxFailuresPerAccount, maxFailuresPerAddress } = this.config.loginThrottle;
    return this.db.transaction(async (manager) => {
      const [locked] = await manager.query(
        `SELECT pg_try_advisory_xact_lock(hashtextextended('login-account:' || $1, 0))
                AND pg_try_advisory_xact_lock(hashtextextended('login-address:' || $2, 0)) AS ok`,
        [account, address],
      );
      if (!locked.ok) return undefined;
      await manager.query(`DELETE FROM login_failures WHERE (account = $1 OR address = $2) AND failed_at <= now() - make_interval(mins => $3)`, [account, address, windowMinutes]);
      const [counts] = await manager.query(
        `SELECT count(*) FILTER (WHERE account = $1)::int AS account,
                count(*) FILTER (WHERE address = $2)::int AS address,
                max(failed_at) AS last
           FROM login_failures
          WHERE (account = $1 OR address = $2) AND failed_at > now() - make_interval(mins => $3)`,
        [account, address, windowMinutes],
      );
      if (counts.account >= maxFailuresPerAccount || counts.address >= maxFailuresPerAddress) {
        throw tooMany(Math.max(1, Math.ceil((new Date(counts.last).getTime() + windowMinutes * 60_000 - Date.now()) / 1000)));
      }
      const [{ id }] = await manager.query(`INSERT INTO login_failures (account, address) VALUES ($1, $2) RETURNING id`, [account, address]);
      return { id: String(id), account, address };
    });
  }

  /** The attempt failed: it stays counted; the answer waits a little longer each time the account fails. */
  async failed(attempt: AdmittedAttempt): Promise<void> {
    const [{ failures }] = await this.db.query(
      `SELECT count(*)::int AS failures FROM login_failures WHERE account = $1 AND failed_at > now() - make_interval(mins => $2)`,
      [attempt.account, this.config.loginThrottle.windowMinutes],
    );
    const delay = Math.min(2000, this.config.loginThrottle.failureDelayMs * Math.max(0, failures - 2));
    if (delay > 0) await new Promise((done) => setTimeout(done, delay));
  }

  /** The password was right: this attempt no longer counts; earlier failures do until the whole sign-in succeeds (clearAccount). */
  async passed(attempt: AdmittedAttempt): Promise<void> {
    await this.db.query(`DELETE FROM login_failures WHERE id = $1`, [attempt.id]);
  }

  /** 429 while the account or the address has failed too often within the window (second-factor steps). */
  async assertAllowed(account: string, rawAddress: string): Promise<void> {
    const address = addressBucket(rawAddress);
    const { windowMinutes, maxFailuresPerAccount, maxFailuresPerAddress } = this.config.loginThrottle;
    const [counts] = await this.db.query(
      `SELECT count(*) FILTER (WHERE account = $1)::int AS account, count(*) FILTER (WHERE address = $2)::int AS address, max(failed_at) AS last
         FROM login_failures WHERE (account = $1 OR address = $2) AND failed_at > now() - make_interval(mins => $3)`,
      [account, address, windowMinutes],
    );
    if (counts.account >= maxFailuresPerAccount || counts.address >= maxFailuresPerAddress) {
      throw tooMany(Math.max(1, Math.ceil((new Date(counts.last).getTime() + windowMinutes * 60_000 - Date.now()) / 1000)));
    }
  }

  /** A wrong second-factor code counts like a wrong password. */
  async recordFailure(account: string, rawAddress: string): Promise<void> {
    const [{ id }] = await this.db.query(`INSERT INTO login_failures (account, address) VALUES ($1, $2) RETURNING id`, [account, addressBucket(rawAddress)]);
    await this.failed({ id: String(id), account, address: addressBucket(rawAddress) });
  }

  /** The whole sign-in succeeded: the account's failures no longer count. */
  async clearAccount(account: string): Promise<void> {
    await this.db.query(`DELETE FROM login_failures WHERE account = $1`, [account]);
  }
}

function tooMany(retryAfter: number): HttpException {
  const minutes = Math.ceil(retryAfter / 60);
  return new HttpException(
    { statusCode: 429, code: 'auth.too_many_attempts', message: `Too many failed sign-ins; try again in ${minutes} minutes`, params: { minutes }, retryAfter },
    HttpStatus.TOO_MANY_REQUESTS,
  );
}

/** IPv6 clients are counted per /64 (one host usually owns a whole /64); IPv4 per address. */
export function addressBucket(address: string): string {
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  if (!isIPv6(plain)) return plain;
  const [head, tail = ''] = plain.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = plain.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
