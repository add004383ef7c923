import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

export const FORWARDED_WITHOUT_TRUST_PROXY =
  'Requests arrive through a proxy (X-Forwarded-* headers) but TRUST_PROXY is off: client addresses in the sign-in ' +
  "throttle, sessions and audit log are the proxy's, and HTTPS is not recognised. Set TRUST_PROXY=1 when Traject " +
  'is reached only through that proxy.';

/**
 * Without TRUST_PROXY, a proxy's X-Forwarded-* headers are ignored (they could be forged). When they arrive
 * anyway, the deployment most likely forgot the setting: said once, at the first such request.
 */
export function warnForwardedWithoutTrustProxy(logger = new Logger('Traject')) {
  let warned = false;
  return (req: Request, _res: Response, next: NextFunction): void => {
    if (
      !warned &&
      (req.headers['x-forwarded-for'] ||
        req.headers['x-forwarded-proto'] ||
        req.headers['x-forwarded-host'] ||
        req.headers.forwarded)
    ) {
      warned = true;
      logger.warn(FORWARDED_WITHOUT_TRUST_PROXY);
    }
    next();
  };
}
