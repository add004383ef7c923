import {
  CallHandler,
  ExecutionContext,
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  NestInterceptor,
} from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { raw } from 'express';
import { from, Observable, switchMap } from 'rxjs';
import type { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { coded } from '../errors/coded-error';

const CSV_TYPES = ['text/csv', 'application/csv', 'text/plain'];

/**
 * Reads a CSV body on the one route that takes it, after the guards signed the user in and checked
 * their role: no anonymous request can make the API hold megabytes of text.
 */
export function csvBody(limitBytes: number): new (config: AppConfig) => NestInterceptor {
  @Injectable()
  class CsvBody implements NestInterceptor {
    private readonly maxBytes: number;
    private readonly parse: ReturnType<typeof raw>;

    constructor(@Inject(APP_CONFIG) config: AppConfig) {
      // The import's own cap (IMPORT_MAX_MB) when lower than the route's.
      this.maxBytes = Math.min(limitBytes, config.importLimits.maxBytes);
      this.parse = raw({ type: CSV_TYPES, limit: this.maxBytes });
    }

    intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
      const http = context.switchToHttp();
      const req = http.getRequest<Request>();
      const res = http.getResponse<Response>();
      if (Number(req.headers['content-length'] ?? 0) > this.maxBytes) {
        res.setHeader('Connection', 'close');
        throw new HttpException(
          coded('import.too_large', { maxMb: Math.round(this.maxBytes / 1024 / 1024) }),
          HttpStatus.PAYLOAD_TOO_LARGE,
        );
      }
      return from(
        new Promise<void>((done, fail) => this.parse(req, res, (error?: unknown) => (error ? fail(error) : done()))),
      ).pipe(switchMap(() => next.handle()));
    }
  }
  return CsvBody;
}

/** Every other route takes JSON: a CSV or text body there is refused before it is read. */
export function refuseTextBodies(csvRoutes: RegExp) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (CSV_TYPES.includes(type) && !csvRoutes.test(req.path)) {
      res.setHeader('Connection', 'close');
      res.status(415).json({
        statusCode: 415,
        code: 'request.unsupported_media_type',
        message: 'This route takes a JSON body (Content-Type: application/json)',
      });
      return;
    }
    next();
  };
}
