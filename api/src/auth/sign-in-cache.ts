import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import type { SignedInUser } from '../common/auth/signed-in-user';

/** What a request needs of the user its token names (sessions.service.ts). */
export interface TokenUser {
  id: string;
  email: string;
  fullName: string;
  role: SignedInUser['role'];
  language: SignedInUser['language'];
  active: boolean;
  tokenVersion: number;
}

/** The channel of migration NotifySignInChanges: `users:<id>`, `sessions:<id>` or `all`. */
const CHANNEL = 'traject_sign_in';
/** How long a session found live is believed without asking again, at most. */
const KEPT_MS = 30_000;
const MAX_ENTRIES = 20_000;
const RECONNECT_MS = 2_000;

interface Entry {
  userId: string;
  user: TokenUser;
  until: number;
}

/**
 * Live sessions and their users as the last request found them, so that a request costs one statement less:
 * on this machine each statement's round trip is a large share of a read's cost (the list page against the bare
 * handler, issue 20). It stays right because every change that ends a session or alters its user is heard:
 * - the database announces each one on a channel (triggers on users and sessions, migration NotifySignInChanges),
 *   from this process, another instance or the command line alike;
 * - every write request of this process forgets everything once it is handled (ForgetSignInsAfterWrites), so its
 *   own changes hold for its very next request without waiting for the announcement.
 * While the channel is not listened to (starting, connection lost), nothing is kept and every request asks.
 */
@Injectable()
export class SignInCache implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly entries = new Map<string, Entry>();
  private listener?: Client;
  private listening = false;
  private stopped = false;
  private readonly logger = new Logger('SignInCache');
  private readonly waiting = new Map<string, () => void>();

  constructor(private readonly db: DataSource) {}

  /** The user of a live session, when known; the token's user must be the session's. */
  find(sessionId: string, userId: string): TokenUser | undefined {
    const entry = this.entries.get(sessionId);
    if (!entry) return undefined;
    if (!this.listening || entry.until <= Date.now() || entry.userId !== userId) {
      this.entries.delete(sessionId);
      return undefined;
    }
    return entry.user;
  }

  keep(sessionId: string, user: TokenUser, sessionExpiresAt: Date): void {
    if (!this.listening) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(sessionId, {
      userId: user.id,
      user,
      until: Math.min(Date.now() + KEPT_MS, sessionExpiresAt.getTime()),
    });
  }

  forgetAll(): void {
    this.entries.clear();
  }

  /**
   * Resolves once every change committed before the call has been heard: announcements arrive in commit order, so
   * hearing one sent now means the earlier ones were heard. For a process that changed users or sessions by another
   * way than this API's requests (the tests' direct SQL) and must not race the announcement.
   */
  async announced(): Promise<void> {
    if (!this.listening) return;
    const marker = `heard:${randomUUID()}`;
    const heard = new Promise<void>((resolve) => {
      this.waiting.set(marker, resolve);
      setTimeout(() => {
        this.waiting.delete(marker);
        this.forgetAll();
        resolve();
      }, 2_000).unref();
    });
    await this.db.query(`SELECT pg_notify('${CHANNEL}', $1)`, [marker]);
    await heard;
  }

  private heard(payload: string): void {
    const [table, id] = payload.split(':');
    if (table === 'heard') {
      this.waiting.get(payload)?.();
      this.waiting.delete(payload);
    } else if (table === 'sessions') this.entries.delete(id);
    else if (table === 'users') {
      for (const [sessionId, entry] of this.entries) if (entry.userId === id) this.entries.delete(sessionId);
    } else this.forgetAll();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.listening = false;
    await this.listener?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const { url } = this.db.options as { url?: string };
    const client = new Client({ connectionString: url });
    const lost = () => {
      if (this.listener !== client) return;
      this.listening = false;
      this.listener = undefined;
      this.forgetAll();
      client.end().catch(() => undefined);
      if (!this.stopped) setTimeout(() => void this.listen(), RECONNECT_MS).unref();
    };
    client.on('notification', (message) => this.heard(message.payload ?? 'all'));
    client.on('error', lost);
    client.on('end', lost);
    this.listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.forgetAll();
      this.listening = true;
    } catch (error) {
      this.logger.warn(`Not listening for ended sessions (every request asks the database): ${String(error)}`);
      lost();
    }
  }
}
