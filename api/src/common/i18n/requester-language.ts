import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { Language, requesterLanguage } from '../../domain';

/** The language to answer `req` in: `?lang=`, else the signed-in user's, else Accept-Language, else French. */
export function languageOf(req: Request): Language {
  const user = (req as Request & { user?: { language?: string } }).user;
  return requesterLanguage({
    query: req.query?.lang,
    user: user?.language,
    acceptLanguage: req.headers['accept-language'],
  });
}

/** The requester's language as a handler parameter: `@RequesterLanguage() language: Language`. */
export const RequesterLanguage = createParamDecorator((_: unknown, context: ExecutionContext): Language =>
  languageOf(context.switchToHttp().getRequest()),
);
