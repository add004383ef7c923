import type { NextFunction, Request, Response } from 'express';

/** The first path (`notes`, `indicators.2.evidence`, `query.filter`) whose text holds a NUL character. */
export function nulPath(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (depth > 32 || value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const found = nulPath(inner, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** PostgreSQL stores no NUL in text: such input is refused up front, naming the field, never a 500. */
export function rejectNulCharacters(req: Request, res: Response, next: NextFunction): void {
  const field = nulPath(req.body, '') ?? nulPath(req.query, 'query') ?? (req.path.includes('\u0000') ? 'path' : undefined);
  if (!field) return next();
  res.status(400).json({ statusCode: 400, message: `${field} must not contain a NUL character`, errors: { [field || 'body']: 'must not contain a NUL character' } });
}
