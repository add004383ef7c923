import { HttpException, HttpStatus } from '@nestjs/common';

/** 422: the request is well formed but a rule of the domain says no (an illegal move, a frozen record). */
export class BusinessRuleViolation extends HttpException {
  constructor(message: string, details?: Record<string, unknown>) {
    super({ message, ...details }, HttpStatus.UNPROCESSABLE_ENTITY);
  }
}
