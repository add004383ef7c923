import { HttpException } from '@nestjs/common';
import { renderMessage } from '../domain';

/**
 * A refusal of the documents concept: the stable `code` and its `params` (the texts are in
 * api/src/domain/messages/documents.ts; the error filter writes `message` in the requester's language),
 * and the field at fault if any.
 */
export class DocumentRefusal extends HttpException {
  constructor(status: number, code: string, params: Record<string, unknown> = {}, field?: string) {
    const message = renderMessage(code, params, 'en') ?? code;
    super(
      {
        message,
        code,
        params,
        ...(field && { errors: { [field]: message }, errorCodes: { [field]: { code, params } } }),
      },
      status,
    );
  }
}
