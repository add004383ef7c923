import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import Bowser from 'bowser';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit-trail';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app.config';
import type { ClientInfo } from './client-info';
import { Session, SignInMethod } from './session.entity';
import { revokeSessionsOf } from './sessions.queries';
import { SignInCache, type TokenUser } from './sign-in-cache';

export interface IssuedSession {
  id: string;
  token: string;
  expiresAt: Date;
}

/** A session as its owner (or an admin) sees it: never the token. */
export interface SessionRecord {
  id: string;
  createdAt: Date;
  lastUsedAt: Date;
  expiresAt: Date;
  address: string | null;
  /** Browser name and major version, and operating system, read from the user agent. */
  browser: string | null;
  os: string | null;
  method: SignInMethod;
  /** The session the request itself belongs to. */
  current: boolean;
}

const digest = (secret: string) => createHash('sha256').update(secret).digest('hex');
const SESSION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LIVE = `revoked_at IS NULL AND expires_at > now()`;
/** How many rotated-away secrets a session remembers, to recognise one sent again. */
const RETIRED_KEPT = 50;

/** A rotation: the new token, or why there is none. */
type RotateOutcome = { userId: string; session: IssuedSession } | { ended: 'unknown' | 'replayed' | 'reused' };

function parseToken(token: string): { id: string; hash: string } | undefined {
  const [id, secret, ...rest] = token.split('.');
  if (!id || !secret || rest.length || !SESSION_ID.test(id)) return undefined;
  return { id, hash: digest(secret) };
}

/** Refresh sessions: `<session id>.<secret>`, stored as a hash, rotated on every use. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly known: SignInCache,
  ) {}

  async open(
    userId: string,
    client: ClientInfo,
    method: SignInMethod,
    manager: EntityManager = this.db.manager,
  ): Promise<IssuedSession> {
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.sessionHours * 3_600_000);
    const session = await manager.save(Session, {
      userId,
      tokenHash: digest(secret),
      expiresAt,
      createdAt: new Date(),
      lastUsedAt: new Date(),
      address: client.address,
      userAgent: client.userAgent,
      method,
    });
    return { id: session.id, token: `${session.id}.${secret}`, expiresAt };
  }

  /**
   * The user id and a rotated token. A token already rotated away and sent again means two browsers hold the
   * same session (a stolen cookie): the whole session ends, and with it every access token issued for it.
   * Only the token rotated away in the last few seconds is spared (two tabs refreshing together): `reused`.
   */
  async rotate(token: string, client?: ClientInfo): Promise<RotateOutcome> {
    const parsed = parseToken(token);
    if (!parsed) return { ended: 'unknown' };
    const next = randomBytes(32).toString('base64url');
    // Rotation is one conditional UPDATE: a token replayed after use matches no row.
    const [rows] = await this.db.query(
      `UPDATE sessions SET token_hash = $3, last_used_at = now(), rotated_at = now(),
              retired_token_hashes = (token_hash || retired_token_hashes)[1:${RETIRED_KEPT}]
        WHERE id = $1 AND token_hash = $2 AND ${LIVE}
        RETURNING user_id, expires_at`,
      [parsed.id, parsed.hash, digest(next)],
    );
    const row = rows?.[0];
    if (row)
      return {
        userId: row.user_id,
        session: { id: parsed.id, token: `${parsed.id}.${next}`, expiresAt: row.expires_at },
      };
    return { ended: await this.endReplayed(parsed, client) };
  }

  /** A retired token came back: the session ends (audited), unless it was rotated away just now. */
  private async endReplayed(
    parsed: { id: string; hash: string },
    client?: ClientInfo,
  ): Promise<'reused' | 'replayed' | 'unknown'> {
    return this.db.transaction(async (manager) => {
      const [found] = await manager.query(
        `SELECT user_id, revoked_at IS NULL AND expires_at > now() AS live,
                retired_token_hashes[1] = $2 AND rotated_at > now() - make_interval(secs => $3) AS just_rotated
           FROM sessions WHERE id = $1 AND $2 = ANY(retired_token_hashes) FOR UPDATE`,
        [parsed.id, parsed.hash, this.config.refreshReuseGraceSeconds],
      );
      if (!found) return 'unknown';
      if (found.just_rotated) return 'reused';
      if (!found.live) return 'replayed';
      await manager.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1`, [parsed.id]);
      await recordAudit(manager, {
        userId: null,
        action: 'session_replayed',
        entity: 'users',
        entityId: found.user_id,
        changes: {
          session: parsed.id,
          address: client?.address ?? null,
          ...describeUserAgent(client?.userAgent ?? null),
        },
      });
      return 'replayed';
    });
  }

  /**
   * Whether an access token's session is still open (ending a session ends its access tokens at
   * once); notes its use at most once a minute so that "last used" stays true without a write per request.
   */
  async isLive(sessionId: string, userId: string): Promise<boolean> {
    if (!SESSION_ID.test(sessionId)) return false;
    const [row] = await this.db.query(
      `WITH live AS (SELECT id, last_used_at FROM sessions WHERE id = $1 AND user_id = $2 AND ${LIVE}),
            touched AS (UPDATE sessions s SET last_used_at = now() FROM live
                         WHERE s.id = live.id AND live.last_used_at < now() - interval '1 minute' RETURNING s.id)
       SELECT count(*)::int AS live FROM live`,
      [sessionId, userId],
    );
    return row.live > 0;
  }

  /**
   * The signed-in user a token names, with whether its session is still live, in one statement (one round
   * trip per request instead of two: the user, then the session; same touch of `last_used_at` as {@link isLive}).
   */
  async userForToken(sessionId: string, userId: string): Promise<{ user: TokenUser | null; live: boolean }> {
    if (!SESSION_ID.test(sessionId)) return { user: null, live: false };
    const known = this.known.find(sessionId, userId);
    if (known) return { user: known, live: true };
    const [row] = (await this.db.query(
      `WITH live AS (SELECT id, last_used_at, expires_at FROM sessions WHERE id = $1 AND user_id = $2 AND ${LIVE}),
            touched AS (UPDATE sessions s SET last_used_at = now() FROM live
                         WHERE s.id = live.id AND live.last_used_at < now() - interval '1 minute' RETURNING s.id)
       SELECT u.id, u.email, u.full_name AS "fullName", u.role, u.language, u.active, u.token_version AS "tokenVersion",
              (SELECT expires_at FROM live) AS "expiresAt"
         FROM (SELECT $2::uuid AS id) AS asked LEFT JOIN users u ON u.id = asked.id`,
      [sessionId, userId],
    )) as Array<TokenUser & { expiresAt: Date | null; id: string | null }>;
    if (!row?.id) return { user: null, live: false };
    const { expiresAt, ...user } = row;
    if (expiresAt && user.active) this.known.keep(sessionId, user, expiresAt);
    return { user, live: !!expiresAt };
  }

  /**
   * Ends the cookie's session when its secret is the session's (or one it had: a replay ends it all the same);
   * answers the provider's ID token when it began there (to sign out there too).
   */
  async revoke(token: string): Promise<{ idToken: string | null } | undefined> {
    const parsed = parseToken(token);
    if (!parsed) return undefined;
    const [rows] = await this.db.query(
      `UPDATE sessions SET revoked_at = now()
        WHERE id = $1 AND revoked_at IS NULL AND (token_hash = $2 OR $2 = ANY(retired_token_hashes))
        RETURNING id_token`,
      [parsed.id, parsed.hash],
    );
    return rows?.[0] ? { idToken: rows[0].id_token } : undefined;
  }

  async keepIdToken(sessionId: string, idToken: string): Promise<void> {
    await this.db.query(`UPDATE sessions SET id_token = $2 WHERE id = $1`, [sessionId, idToken]);
  }

  async revokeAll(userId: string, manager: EntityManager = this.db.manager): Promise<void> {
    await revokeSessionsOf(manager, userId);
  }

  /** The user's open sessions, most recently used first. */
  async listOpen(userId: string, currentSessionId?: string): Promise<SessionRecord[]> {
    const rows: Session[] = await this.db
      .getRepository(Session)
      .createQueryBuilder('s')
      .where(`s.user_id = :userId AND s.revoked_at IS NULL AND s.expires_at > now()`, { userId })
      .orderBy('s.last_used_at', 'DESC')
      .getMany();
    return rows.map((s) => sessionRecord(s, s.id === currentSessionId));
  }

  /** Ends one open session of the user (404 when it is not theirs or already ended); audited. */
  async end(userId: string, sessionId: string, actorId: string): Promise<void> {
    const ended = await this.endWhere(userId, actorId, `id = $3`, [sessionId]);
    if (ended === 0)
      throw new NotFoundException({
        message: `No open session ${sessionId}`,
        code: 'session.not_found',
        params: { id: sessionId },
      });
  }

  /** Ends every open session of the user but `keepId` (none kept when undefined); audited. Answers how many ended. */
  endAll(userId: string, actorId: string, keepId?: string, manager?: EntityManager): Promise<number> {
    return keepId
      ? this.endWhere(userId, actorId, `id <> $3`, [keepId], manager)
      : this.endWhere(userId, actorId, 'true', [], manager);
  }

  private endWhere(
    userId: string,
    actorId: string,
    condition: string,
    params: unknown[],
    within?: EntityManager,
  ): Promise<number> {
    const run = async (manager: EntityManager) => {
      const [rows]: [Session[]] = await manager.query(
        `UPDATE sessions SET revoked_at = now(), ended_by = $2
          WHERE user_id = $1 AND ${LIVE} AND ${condition}
          RETURNING id, address, user_agent AS "userAgent", method`,
        [userId, actorId, ...params],
      );
      for (const session of rows) {
        const { browser, os } = describeUserAgent(session.userAgent);
        await recordAudit(manager, {
          userId: actorId,
          action: 'session_end',
          entity: 'users',
          entityId: userId,
          changes: {
            session: session.id,
            address: session.address,
            browser,
            os,
            method: session.method,
            by: actorId === userId ? 'self' : 'admin',
          },
        });
      }
      return rows.length;
    };
    return within ? run(within) : this.db.transaction(run);
  }
}

function sessionRecord(s: Session, current: boolean): SessionRecord {
  return {
    id: s.id,
    createdAt: s.createdAt,
    lastUsedAt: s.lastUsedAt,
    expiresAt: s.expiresAt,
    address: s.address,
    ...describeUserAgent(s.userAgent),
    method: s.method,
    current,
  };
}

/** "Chrome 140" and "Linux" from a user agent (bowser keeps up with the browsers' strings). */
function describeUserAgent(userAgent: string | null): { browser: string | null; os: string | null } {
  if (!userAgent) return { browser: null, os: null };
  const parsed = Bowser.parse(userAgent);
  const major = parsed.browser.version?.split('.')[0];
  return {
    browser: parsed.browser.name ? [parsed.browser.name, major].filter(Boolean).join(' ') : null,
    os: parsed.os.name ? [parsed.os.name, parsed.os.versionName].filter(Boolean).join(' ') : null,
  };
}
