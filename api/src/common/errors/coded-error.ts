import { MessageCode, Params, renderMessage } from '../../domain';

/** A field's error as a code and its params: rendered in the requester's language by the error filter. */
export interface CodedError {
  code: MessageCode;
  params?: Params;
}

/**
 * The body of an HttpException that carries a stable code: `throw new ForbiddenException(coded('task.not_allowed'))`.
 * `message` is the English text; the error filter writes it again in the requester's language.
 */
export function coded(
  code: MessageCode,
  params: Params = {},
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { message: renderMessage(code, params, 'en'), code, params, ...extra };
}

/** A field error with its code: `new ValidationFailed({ organisationId: fieldError('organisation.unknown') })`. */
export function fieldError(code: MessageCode, params: Params = {}): CodedError {
  return { code, params };
}

/** A body naming fields: `throw new ConflictException(codedFields('user.email_taken', {}, { email: fieldError('user.email_taken') }))`. */
export function codedFields(
  code: MessageCode,
  params: Params,
  fields: Record<string, CodedError>,
): Record<string, unknown> {
  const errors = Object.fromEntries(
    Object.entries(fields).map(([field, e]) => [field, renderMessage(e.code, e.params, 'en')]),
  );
  const errorCodes = Object.fromEntries(
    Object.entries(fields).map(([field, e]) => [field, { code: e.code, params: e.params ?? {} }]),
  );
  return { ...coded(code, params), errors, errorCodes };
}
