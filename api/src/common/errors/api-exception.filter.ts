import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { MessageCode } from '../../domain';
import { languageOf } from '../i18n/requester-language';
import { ListQueryError } from '../list/list-query';
import { inRequesterLanguage } from './error-language';

export interface ErrorBody {
  statusCode: number;
  message: string;
  /** Stable: `<concept>.<reason>` (api/src/domain/messages); `params` fill its text. */
  code?: string;
  params?: Record<string, unknown>;
  errors?: Record<string, string>;
  errorCodes?: Record<string, { code: string; params?: Record<string, unknown> }>;
  [extra: string]: unknown;
}

const CONNECTION_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08003',
  '08006',
]);

/** The one place an error becomes an HTTP answer: the shape of API.md, never a stack trace or SQL. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<Request>();
    const body = inRequesterLanguage(this.toBody(exception), languageOf(req));
    if (body.statusCode === 500)
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    if (res.headersSent) return;
    if (body.statusCode === 503) res.setHeader('Retry-After', '5');
    if (body.statusCode === 429 && typeof body.retryAfter === 'number')
      res.setHeader('Retry-After', String(body.retryAfter));
    if (body.statusCode === 301 && typeof body.location === 'string') res.setHeader('Location', body.location);
    res.status(body.statusCode).json(body);
  }

  toBody(exception: unknown): ErrorBody {
    if (exception instanceof HttpException) return fromHttpException(exception);
    if (exception instanceof ListQueryError) {
      const { field, code, params } = exception;
      return {
        statusCode: 400,
        message: exception.message,
        code,
        params,
        errors: { [field]: exception.message },
        errorCodes: { [field]: { code, params } },
      };
    }
    const code = (exception as { code?: string; driverError?: { code?: string } })?.code;
    if (exception instanceof QueryFailedError) return fromDatabaseError(exception);
    if (code && CONNECTION_ERRORS.has(code)) return unavailable();
    if (
      exception instanceof Error &&
      /Connection terminated|connection timeout|timeout exceeded when trying to connect/i.test(exception.message)
    ) {
      return unavailable();
    }
    const status = (exception as { status?: number; type?: string })?.status;
    if (status === 400 && (exception as { type?: string }).type === 'entity.parse.failed') {
      return { statusCode: 400, message: 'The request body is not valid JSON', code: 'request.not_json' };
    }
    if (status === 413) return { statusCode: 413, message: 'The request body is too large', code: 'request.too_large' };
    if (exception instanceof URIError)
      return { statusCode: 400, message: 'A value is not valid text', code: 'request.invalid_text' };
    if (exception instanceof RangeError && /Invalid time value|Invalid Date/i.test(exception.message)) {
      return { statusCode: 400, code: 'request.value_out_of_range', message: 'A date is out of range' };
    }
    return { statusCode: 500, message: 'Internal server error', code: 'server.error' };
  }
}

function unavailable(): ErrorBody {
  return {
    statusCode: HttpStatus.SERVICE_UNAVAILABLE,
    message: 'The database is unavailable; try again in a moment',
    code: 'server.unavailable',
  };
}

function fromHttpException(exception: HttpException): ErrorBody {
  const statusCode = exception.getStatus();
  const response = exception.getResponse();
  if (typeof response === 'string') return { statusCode, message: response };
  const { message, error: _error, statusCode: _status, ...rest } = response as Record<string, unknown>;
  const text = Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message;
  return { statusCode, message: text, ...rest };
}

function fromDatabaseError(error: QueryFailedError): ErrorBody {
  const driver = error.driverError as { code?: string; constraint?: string; column?: string };
  switch (driver?.code) {
    case '23505':
      return {
        statusCode: 409,
        message: `A record with the same ${constraintField(driver.constraint)} already exists`,
        code: 'record.duplicate',
        params: { field: constraintField(driver.constraint) },
      };
    case '23503':
      return {
        statusCode: 409,
        message: 'The record is still referred to by others, or refers to one that does not exist',
        code: 'record.still_referenced',
      };
    case '23502': {
      const field = (driver.column ?? 'value').replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
      const required: { code: MessageCode } = { code: 'validation.required' };
      return {
        statusCode: 400,
        message: `${field} is required`,
        code: 'validation.failed',
        params: { fields: [field] },
        errors: { [field]: `${field} is required and may not be null` },
        errorCodes: { [field]: required },
      };
    }
    case '23514':
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
    case '22001':
    case '22021':
    case '22P05':
    case '54000':
      return {
        statusCode: 400,
        message: 'A value is not acceptable for its field',
        code: 'request.value_not_acceptable',
      };
    case '40001':
    case '40P01':
      return {
        statusCode: 409,
        message: 'The record was changed at the same time by someone else; try again',
        code: 'record.concurrent_change',
      };
    default:
      if (driver?.code && CONNECTION_ERRORS.has(driver.code)) return unavailable();
      // Class 22 is "data exception": a value out of range (a date in year 275760), malformed, too long.
      if (driver?.code?.startsWith('22'))
        return {
          statusCode: 400,
          code: 'request.value_out_of_range',
          message: 'A value is not acceptable for its field',
        };
      return { statusCode: 500, message: 'Internal server error', code: 'server.error' };
  }
}

/** `users_email_unique` -> `email`: the constraints are named `<table>_<field>_unique`. */
function constraintField(constraint?: string): string {
  const match = /^[a-z]+_([a-z_]+)_unique$/.exec(constraint ?? '');
  return match ? match[1].replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) : 'values';
}
