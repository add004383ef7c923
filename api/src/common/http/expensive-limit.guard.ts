import {
  applyDecorators,
  CanActivate,
  ExecutionContext,
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  UseGuards,
} from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import type { SignedInUser } from '../auth/signed-in-user';
import { coded } from '../errors/coded-error';

/**
 * The per-user limit on the expensive routes (search, exports, reports, import): at most EXPENSIVE_REQUESTS_PER_MINUTE
 * requests per user over any 60 seconds (a sliding window: a calendar minute let twice the limit through across its
 * boundary), all those routes together. Kept in PostgreSQL so the limit holds across every API process, like the sign-in
 * throttle: one row per user with the times of their accepted requests of the last minute, checked and written by one
 * upsert (the row lock orders concurrent requests, so exactly the limit passes whatever the concurrency). A refused
 * request is not written: it does not push the window further. Over it: 429 `request.too_many_expensive` with
 * Retry-After (when the oldest accepted request leaves the window). Runs after sign-in (a guard after the global ones),
 * before any body is read.
 */
@Injectable()
class ExpensiveLimitGuard implements CanActivate {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request & { user?: SignedInUser }>();
    if (!req.user) return true;
    const [row] = await this.db.query(
      `WITH window_start AS (SELECT now() - interval '1 minute' AS at)
       INSERT INTO expensive_request_windows AS w (user_id, accepted_at) VALUES ($1, ARRAY[now()])
       ON CONFLICT (user_id) DO UPDATE SET
         refused = (SELECT count(*) FROM unnest(w.accepted_at) t WHERE t > (SELECT at FROM window_start)) >= $2::int,
         accepted_at = ARRAY(
           SELECT t FROM unnest(w.accepted_at || CASE WHEN (SELECT count(*) FROM unnest(w.accepted_at) t WHERE t > (SELECT at FROM window_start)) >= $2::int
                                                     THEN ARRAY[]::timestamptz[] ELSE ARRAY[now()] END) t
            WHERE t > (SELECT at FROM window_start) ORDER BY t)
       RETURNING refused,
         ceil(extract(epoch FROM accepted_at[greatest(1, cardinality(accepted_at) - $2::int + 1)] + interval '1 minute' - now()))::int AS seconds`,
      [req.user.id, this.config.expensivePerMinute],
    );
    if (!row.refused) return true;
    const seconds = Math.max(1, row.seconds);
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(seconds));
    throw new HttpException(coded('request.too_many_expensive', { seconds }), HttpStatus.TOO_MANY_REQUESTS);
  }
}

/** Marks a route as expensive: counted against the user's limit over the last minute. */
export const Expensive = () =>
  applyDecorators(
    UseGuards(ExpensiveLimitGuard),
    ApiResponse({
      status: 429,
      description: 'request.too_many_expensive: over EXPENSIVE_REQUESTS_PER_MINUTE for this user',
    }),
  );
