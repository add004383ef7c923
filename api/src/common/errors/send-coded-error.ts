import type { Request, Response } from 'express';
import type { MessageCode, Params } from '../../domain';
import { languageOf } from '../i18n/requester-language';
import { codedFields, fieldError } from './coded-error';
import type { ErrorBody } from './api-exception.filter';
import { inRequesterLanguage } from './error-language';

/**
 * A refusal answered by Express middleware that runs before Nest's routes (so before the exception
 * filter): the same body shape, the field named, written in the requester's language.
 */
export function sendCodedError(
  req: Request,
  res: Response,
  status: number,
  code: MessageCode,
  params: Params,
  field: string,
): void {
  const body = { statusCode: status, ...codedFields(code, params, { [field]: fieldError(code, params) }) } as ErrorBody;
  res.status(status).json(inRequesterLanguage(body, languageOf(req)));
}
