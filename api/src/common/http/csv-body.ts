import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { raw } from 'express';
import { from, Observable, switchMap } from 'rxjs';

export const CSV_TYPES = ['text/csv', 'application/csv', 'text/plain'];

/**
 * Reads a CSV body on the one route that takes it, after the guards signed the user in and checked
 * their role: no anonymous request can make the API hold megabytes of text.
 */
export function csvBody(limitBytes: number): new () => NestInterceptor {
  const parse = raw({ type: CSV_TYPES, limit: limitBytes });
  @Injectable()
  class CsvBody implements NestInterceptor {
    intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
      const http = context.switchToHttp();
      const req = http.getRequest<Request>();
      const res = http.getResponse<Response>();
      return from(new Promise<void>((done, fail) => parse(req, res, (error?: unknown) => (error ? fail(error) : done())))).pipe(switchMap(() => next.handle()));
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
      res.status(415).json({ statusCode: 415, code: 'request.unsupported_media_type', message: 'This route takes a JSON body (Content-Type: application/json)' });
      return;
    }
    next();
  };
}
