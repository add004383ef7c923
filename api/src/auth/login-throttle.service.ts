import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { isIPv6 } from 'node:net';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app.config';
import { Jobs } from '../jobs/jobs';
import { MESSAGES } from '../domain';

/** One sign-in attempt admitted for evaluation; it counts as a failure until `passed`. */
interface AdmittedAttempt {
  id: string;
  account: string;
  address: string;
}

interface Counts {
  pair: number;
  account: number;
  address: number;
  pairLast: Date | null;
  accountLast: Date | null;
  addressLast: Date | null;
  /** Whether a session of this account was opened from this very address (a place its owner signs in from). */
  knownAddress: boolean;
  now: Date;
}

/**
 * Sign-in attempts counted in PostgreSQL, so the limits hold across every API process. An attempt is recorded
 * BEFORE its password is checked, under per-account and per-address advisory locks: at most N attempts are ever
 * evaluated per window, whatever the concurrency. Three buckets:
 * - one account from one address (/64 for IPv6): locked after `maxFailuresPerAccount` failures (429, minutes);
 * - one address over all accounts: locked after `maxFailuresPerAddress` failures (429, minutes);
 * - one account from all addresses: never locked (an attacker must not lock a known account for everyone), but past
 *   `maxFailuresPerAccount` failures each further attempt waits 1, 2, 4… seconds after the last one, up to
 *   `maxAccountDelaySeconds` (429, seconds); addresses the account has signed in from before skip this delay.
 * A successful attempt removes its row and this address's failures on the account: a whole office may sign in from
 * one address. Accounts that do not exist are counted under a keyed hash of what was typed, which may be a password.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    jobs: Jobs,
  ) {
    jobs.register({
      name: 'login-failures-purge',
      cron: '17 * * * *',
      title: MESSAGES['job.title.login_failures_purge'],
      run: async () => ({ purged: await this.purge() }),
    });
  }

  /** What an account is counted under: its e-mail when it exists, otherwise a keyed hash of what was typed. */
  accountKey(typed: string, exists: boolean): string {
    return exists
      ? typed
      : `unknown:${createHmac('sha256', this.config.jwtSecret ?? '')
          .update(typed)
          .digest('base64url')
          .slice(0, 32)}`;
  }

  /** Attempts being admitted in this process, per account: the tail of each account's queue. */
  private readonly admitting = new Map<string, Promise<unknown>>();

  /**
   * Records the attempt, or answers 429 while a bucket is used up (or the account's delay runs). Attempts on one
   * account are admitted one after the other in this process: 100 parallel guesses wait in this queue, not in the
   * pool's (where, each retrying its lock, they took every connection and later requests timed out with 503s).
   */
  admit(account: string, rawAddress: string): Promise<AdmittedAttempt> {
    const admitted = (this.admitting.get(account) ?? Promise.resolve()).then(() => this.admitNow(account, rawAddress));
    const tail = admitted.catch(() => undefined);
    this.admitting.set(account, tail);
    void tail.then(() => {
      if (this.admitting.get(account) === tail) this.admitting.delete(account);
    });
    return admitted;
  }

  private async admitNow(account: string, rawAddress: string): Promise<AdmittedAttempt> {
    const address = addressBucket(rawAddress);
    // The locks are tried, never waited for inside a transaction: parallel guesses must not hold the pool's connections.
    for (let attempt = 0; attempt < 40; attempt++) {
      const admitted = await this.tryAdmit(account, address, rawAddress);
      if (admitted) return admitted;
      await new Promise((done) => setTimeout(done, 10 + Math.random() * 40));
    }
    throw tooMany(60);
  }

  private async tryAdmit(account: string, address: string, rawAddress: string): Promise<AdmittedAttempt | undefined> {
    return this.db.transaction(async (manager) => {
      const [locked] = await manager.query(
        `SELECT pg_try_advisory_xact_lock(hashtextextended('login-account:' || $1, 0))
                AND pg_try_advisory_xact_lock(hashtextextended('login-address:' || $2, 0)) AS ok`,
        [account, address],
      );
      if (!locked.ok) return undefined;
      // Also purged hourly by the job; here so that a web-only process (TRAJECT_JOBS=0) keeps the table small too.
      await manager.query(
        `DELETE FROM login_failures WHERE (account = $1 OR address = $2) AND failed_at <= now() - make_interval(mins => $3)`,
        [account, address, this.config.loginThrottle.windowMinutes],
      );
      this.refuseWhileLimited(await this.counts(manager, account, address, rawAddress));
      const [{ id }] = await manager.query(
        `INSERT INTO login_failures (account, address) VALUES ($1, $2) RETURNING id`,
        [account, address],
      );
      return { id: String(id), account, address };
    });
  }

  private async counts(manager: EntityManager, account: string, address: string, rawAddress: string): Promise<Counts> {
    const [row] = await manager.query(
      `SELECT count(*) FILTER (WHERE account = $1 AND address = $2)::int AS pair,
              count(*) FILTER (WHERE account = $1)::int AS account,
              count(*) FILTER (WHERE address = $2)::int AS address,
              max(failed_at) FILTER (WHERE account = $1 AND address = $2) AS "pairLast",
              max(failed_at) FILTER (WHERE account = $1) AS "accountLast",
              max(failed_at) FILTER (WHERE address = $2) AS "addressLast",
              EXISTS (SELECT 1 FROM sessions s JOIN users u ON u.id = s.user_id
                       WHERE lower(u.email) = $1 AND s.address = $4 AND s.created_at > now() - interval '90 days') AS "knownAddress",
              now() AS now
         FROM login_failures
        WHERE (account = $1 OR address = $2) AND failed_at > now() - make_interval(mins => $3)`,
      [account, address, this.config.loginThrottle.windowMinutes, rawAddress],
    );
    return row;
  }

  private refuseWhileLimited(counts: Counts): void {
    const { windowMinutes, maxFailuresPerAccount, maxFailuresPerAddress, maxAccountDelaySeconds } =
      this.config.loginThrottle;
    const lockedFor = (last: Date | null) =>
      Math.max(
        1,
        Math.ceil(
          (new Date(last ?? counts.now).getTime() + windowMinutes * 60_000 - new Date(counts.now).getTime()) / 1000,
        ),
      );
    if (counts.address >= maxFailuresPerAddress) throw tooMany(lockedFor(counts.addressLast));
    if (counts.pair >= maxFailuresPerAccount) throw tooMany(lockedFor(counts.pairLast));
    if (counts.account >= maxFailuresPerAccount && !counts.knownAddress) {
      const delay = Math.min(maxAccountDelaySeconds, 2 ** Math.min(20, counts.account - maxFailuresPerAccount));
      const wait = new Date(counts.accountLast ?? counts.now).getTime() + delay * 1000 - new Date(counts.now).getTime();
      if (wait > 0) throw slowDown(Math.ceil(wait / 1000));
    }
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

  /** 429 while a bucket is used up (second-factor steps and re-checks of a signed-in person, counted by `recordFailure`). */
  async assertAllowed(account: string, rawAddress: string): Promise<void> {
    this.refuseWhileLimited(await this.counts(this.db.manager, account, addressBucket(rawAddress), rawAddress));
  }

  /** A wrong second-factor code counts like a wrong password. */
  async recordFailure(account: string, rawAddress: string): Promise<void> {
    const [{ id }] = await this.db.query(`INSERT INTO login_failures (account, address) VALUES ($1, $2) RETURNING id`, [
      account,
      addressBucket(rawAddress),
    ]);
    await this.failed({ id: String(id), account, address: addressBucket(rawAddress) });
  }

  /**
   * The whole sign-in succeeded: this address's failures on the account no longer count. Failures from other
   * addresses stay until the window passes (the owner signing in does not give an attacker fresh guesses).
   */
  async clearAccount(account: string, rawAddress: string): Promise<void> {
    await this.db.query(`DELETE FROM login_failures WHERE account = $1 AND address = $2`, [
      account,
      addressBucket(rawAddress),
    ]);
  }

  /** Failures older than the window count for nothing: removed (hourly job). */
  async purge(): Promise<number> {
    const [, removed] = await this.db.query(
      `DELETE FROM login_failures WHERE failed_at <= now() - make_interval(mins => $1)`,
      [this.config.loginThrottle.windowMinutes],
    );
    return removed;
  }
}

function tooMany(retryAfter: number): HttpException {
  const minutes = Math.ceil(retryAfter / 60);
  return new HttpException(
    {
      statusCode: 429,
      code: 'auth.too_many_attempts',
      message: `Too many failed sign-ins; try again in ${minutes} minutes`,
      params: { minutes },
      retryAfter,
    },
    HttpStatus.TOO_MANY_REQUESTS,
  );
}

function slowDown(seconds: number): HttpException {
  return new HttpException(
    {
      statusCode: 429,
      code: 'auth.slow_down',
      message: `Too many failed sign-ins on this account; try again in ${seconds} s`,
      params: { seconds },
      retryAfter: seconds,
    },
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
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
