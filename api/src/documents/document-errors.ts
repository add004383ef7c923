import { HttpException } from '@nestjs/common';
import { documentErrorText } from '../domain/documents';

/**
 * A refusal of the documents concept: the English message, the stable `code` and its `params` (the
 * catalogue in api/src/domain/documents.ts has the French and Dutch), and the field at fault if any.
 */
export class DocumentRefusal extends HttpException {
  constructor(status: number, code: string, params: Record<string, unknown> = {}, field?: string) {
    const message = documentErrorText(code, 'en', params);
    super({ message, code, params, ...(field && { errors: { [field]: message } }) }, status);
  }
}
