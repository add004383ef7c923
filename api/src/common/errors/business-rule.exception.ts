import { HttpException, HttpStatus } from '@nestjs/common';
import { isMessageCode, MessageCode, Params, renderMessage } from '../../domain';

/**
 * 422: the request is well formed but a rule of the domain says no (an illegal move, a frozen record).
 * `new BusinessRuleViolation('recognition.move_not_allowed', { from, to, allowed })`: a code of the
 * catalogues (api/src/domain/messages) and its params; the answer carries `code`, `params` and `message`
 * in the requester's language. The older form `(englishMessage, { code, params, ...extra })` still works.
 */
export class BusinessRuleViolation extends HttpException {
  constructor(code: MessageCode, params?: Params, extra?: Record<string, unknown>);
  constructor(message: string, details?: Record<string, unknown>);
  constructor(
    codeOrMessage: string,
    paramsOrDetails: Record<string, unknown> = {},
    extra: Record<string, unknown> = {},
  ) {
    const body = isMessageCode(codeOrMessage)
      ? {
          message: renderMessage(codeOrMessage, paramsOrDetails, 'en'),
          code: codeOrMessage,
          params: paramsOrDetails,
          ...extra,
        }
      : { message: codeOrMessage, ...paramsOrDetails };
    super(body, HttpStatus.UNPROCESSABLE_ENTITY);
  }
}
