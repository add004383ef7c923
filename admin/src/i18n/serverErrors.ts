import { HttpError } from 'react-admin';
import { isLanguage, renderMessage, type Language } from '../../../api/src/domain';

interface CodedBody {
  code?: string;
  params?: Record<string, unknown>;
  errors?: Record<string, string>;
  errorCodes?: Record<string, { code: string; params?: Record<string, unknown> }>;
}

/**
 * An API error written again from its codes in the console's language (the API wrote it in the user's
 * saved language, which the app bar may just have changed). Texts come from the domain core's
 * catalogues; a code the console does not know keeps the server's words.
 */
export function inConsoleLanguage(error: unknown, locale: string): unknown {
  if (!(error instanceof HttpError) || !isLanguage(locale)) return error;
  const body = error.body as CodedBody | undefined;
  if (!body?.code) return error;
  const language: Language = locale;
  const message = renderMessage(body.code, body.params, language) ?? error.message;
  const errors = body.errors
    ? Object.fromEntries(
        Object.entries(body.errors).map(([field, text]) => {
          const coded = body.errorCodes?.[field];
          return [
            field,
            (coded && coded.code !== 'validation.invalid' && renderMessage(coded.code, coded.params, language)) || text,
          ];
        }),
      )
    : undefined;
  return new HttpError(message, error.status, errors ? { ...body, errors } : body);
}
