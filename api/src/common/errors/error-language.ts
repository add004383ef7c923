import { isLanguage, Language, renderMessage } from '../../domain';
import type { ErrorBody } from './api-exception.filter';

/** The code an answer gets when whoever threw it gave none: every 4xx and 5xx carries one. */
const CODE_BY_STATUS: Record<number, string> = {
  400: 'request.invalid',
  401: 'auth.unauthenticated',
  403: 'auth.forbidden',
  404: 'record.not_found',
  409: 'record.conflict',
  413: 'request.too_large',
  422: 'rule.violated',
  429: 'auth.too_many_attempts',
  500: 'server.error',
  503: 'server.unavailable',
};

/**
 * Writes `message` (and each field's `errors` entry) in the requester's language from the codes.
 * A message whose code was only guessed from the status keeps its own, more precise English in English.
 * A body that names its `language` was written in it on purpose and is left as it is.
 */
export function inRequesterLanguage(body: ErrorBody, language: Language): ErrorBody {
  const given = typeof body.code === 'string' && body.code.length > 0;
  const code = given
    ? (body.code as string)
    : (CODE_BY_STATUS[body.statusCode] ?? (body.statusCode >= 500 ? 'server.error' : 'request.invalid'));
  const params = body.params ?? {};
  const out: ErrorBody = { ...body, code, params };
  // Written already in the language the thrower chose (the public intake form answers in the visitor's).
  if (isLanguage(body.language)) return out;
  if (given || language !== 'en') out.message = renderMessage(code, params, language) ?? body.message;
  if (body.errors && body.errorCodes) {
    out.errors = Object.fromEntries(
      Object.entries(body.errors).map(([field, english]) => {
        const fieldCode = body.errorCodes?.[field];
        if (!fieldCode || (fieldCode.code === 'validation.invalid' && language === 'en')) return [field, english];
        return [field, renderMessage(fieldCode.code, fieldCode.params, language) ?? english];
      }),
    );
  }
  return out;
}
