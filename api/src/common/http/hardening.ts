import type { NextFunction, Request, Response } from 'express';
import { sendCodedError } from '../errors/send-coded-error';

/** How deep a JSON body nests (iteratively: a 10,000-deep body must not overflow the stack here either). */
function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > limit) return deepest;
    for (const inner of Object.values(node)) stack.push([inner, depth + 1]);
  }
  return deepest;
}

/** No form of Traject nests deeper than a few levels: deeper JSON is refused before validation walks it. */
export function refuseDeepBodies(limit: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (
      req.body &&
      typeof req.body === 'object' &&
      !Buffer.isBuffer(req.body) &&
      nestingDepth(req.body, limit) > limit
    ) {
      return sendCodedError(req, res, 400, 'request.too_deep', { limit }, 'body');
    }
    next();
  };
}

/** Every API answer is personal or changing data: never stored by a browser or a proxy. No powerful browser feature is used. */
export function apiResponseHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cache-Control', 'no-store');
  next();
}

export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()';
