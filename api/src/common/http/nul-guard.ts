import type { NextFunction, Request, Response } from 'express';
import { sendCodedError } from '../errors/send-coded-error';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text PostgreSQL and the validators cannot take: a NUL character, or a lone UTF-16 surrogate. */
function unstorableText(value: string): boolean {
  return value.includes('\u0000') || LONE_SURROGATE.test(value);
}

/** The first path (`notes`, `indicators.2.evidence`, `query.filter`) whose text cannot be stored. */
export function unstorableTextPath(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') return unstorableText(value) ? path : undefined;
  if (depth > 32 || value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const found = unstorableTextPath(inner, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** PostgreSQL stores no NUL and no broken Unicode in text: such input is refused up front, naming the field, never a 500. */
export function rejectNulCharacters(req: Request, res: Response, next: NextFunction): void {
  const field =
    unstorableTextPath(req.body, '') ??
    unstorableTextPath(req.query, 'query') ??
    (req.path.includes('\u0000') ? 'path' : undefined);
  if (!field) return next();
  sendCodedError(req, res, 400, 'request.invalid_text', {}, field || 'body');
}
