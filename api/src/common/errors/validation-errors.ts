import { BadRequestException, ValidationError } from '@nestjs/common';

/** Flattens class-validator's tree into `{ "field": "why", "address.postcode": "why" }`. */
export function fieldErrors(errors: ValidationError[], prefix = ''): Record<string, string> {
  const result: Record<string, string> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      const messages = Object.entries(error.constraints)
        .filter(([rule]) => rule !== 'whitelistValidation')
        .map(([, message]) => message);
      result[path] = error.constraints.whitelistValidation ? `${path} is not a field of this record` : messages[0] ?? 'is invalid';
    }
    Object.assign(result, fieldErrors(error.children ?? [], path));
  }
  return result;
}

export class ValidationFailed extends BadRequestException {
  constructor(readonly errors: Record<string, string>) {
    super({ message: `Invalid ${Object.keys(errors).join(', ')}: ${Object.values(errors)[0]}`, errors });
  }
}

/** Given to ValidationPipe so every 400 carries `errors` keyed by field. */
export function validationExceptionFactory(errors: ValidationError[]): ValidationFailed {
  return new ValidationFailed(fieldErrors(errors));
}
