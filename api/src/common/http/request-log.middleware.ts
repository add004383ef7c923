import type { NextFunction, Request, Response } from 'express';

/** One JSON line per request: method, path, status, duration, user id. Never the query, body or headers. */
export function requestLog(write: (line: string) => void = (line) => process.stdout.write(line + '\n')) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const user = (req as Request & { user?: { id: string } }).user;
      write(
        JSON.stringify({
          at: new Date().toISOString(),
          method: req.method,
          path: req.path,
          status: res.statusCode,
          ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
          userId: user?.id ?? null,
        }),
      );
    });
    next();
  };
}
