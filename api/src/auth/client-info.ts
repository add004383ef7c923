import type { Request } from 'express';

/** Where a sign-in comes from, kept on its session so that its owner recognises it. */
export interface ClientInfo {
  address: string;
  userAgent: string | null;
}

export function clientOf(req: Request): ClientInfo {
  const userAgent = req.headers['user-agent'];
  return {
    address: req.ip ?? 'unknown',
    userAgent: typeof userAgent === 'string' && userAgent ? userAgent.slice(0, 512) : null,
  };
}
