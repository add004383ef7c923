import { BadRequestException, ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { LABELS, LabelList, MessageCode, Params, renderMessage } from '../../domain';
import type { CodedError } from './coded-error';

/** class-validator's rule names -> our codes; the rule's own arguments become the params. */
const CONSTRAINT_CODES: Record<string, MessageCode> = {
  whitelistValidation: 'validation.not_a_field',
  isDefined: 'validation.required',
  isNotEmpty: 'validation.required',
  isIn: 'validation.one_of',
  maxLength: 'validation.too_long',
  minLength: 'validation.too_short',
  arrayMaxSize: 'validation.too_many',
  isUuid: 'validation.not_an_id',
  isIso8601: 'validation.not_a_day',
  isDateString: 'validation.not_a_day',
  matches: 'validation.pattern',
  isString: 'validation.not_text',
  isBoolean: 'validation.not_yes_no',
  isNumber: 'validation.not_a_number',
  isInt: 'validation.not_whole_number',
  min: 'validation.below_min',
  max: 'validation.above_max',
  isEmail: 'validation.not_an_email',
  isArray: 'validation.not_a_list',
};

/** A field error as it travels: its code and params, and the English text the API has always sent. */
interface FieldProblem extends CodedError {
  english: string;
}

/** Flattens class-validator's tree into `{ "field": problem, "address.postcode": problem }`. */
export function fieldProblems(errors: ValidationError[], prefix = ''): Record<string, FieldProblem> {
  const result: Record<string, FieldProblem> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) result[path] = problemOf(error, path);
    Object.assign(result, fieldProblems(error.children ?? [], path));
  }
  return result;
}

/** The English texts by field, as before (for callers that only need words). */
export function fieldErrors(errors: ValidationError[], prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fieldProblems(errors, prefix)).map(([field, problem]) => [field, problem.english]),
  );
}

function problemOf(error: ValidationError, path: string): FieldProblem {
  const constraints = error.constraints!;
  if (constraints.whitelistValidation)
    return { code: 'validation.not_a_field', params: {}, english: `${path} is not a field of this record` };
  const [rule, english] = Object.entries(constraints)[0] ?? ['', 'is invalid'];
  if (rule === 'isInt' && error.property === 'version') return { code: 'validation.version', params: {}, english };
  const dateRule = (rule === 'isIso8601' || rule === 'matches') && /YYYY-MM-DD/.test(english);
  const code = dateRule ? 'validation.not_a_day' : (CONSTRAINT_CODES[rule] ?? 'validation.invalid');
  return { code, params: paramsOf(error, rule, code), english };
}

/** The rule's arguments (allowed values, lengths, bounds) read from class-validator's metadata. */
function paramsOf(error: ValidationError, rule: string, code: MessageCode): Params {
  const target = error.target?.constructor;
  if (!target) return {};
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && (m.name === rule || m.type === rule));
  const argument = metadata?.constraints?.[0];
  switch (code) {
    case 'validation.one_of': {
      const allowed = Array.isArray(argument) ? argument.map(String) : [];
      const list = labelListOf(allowed);
      return list ? { allowed, list } : { allowed };
    }
    case 'validation.too_long':
    case 'validation.too_many':
    case 'validation.above_max':
      return { max: argument };
    case 'validation.too_short':
    case 'validation.below_min':
      return { min: argument };
    default:
      return {};
  }
}

/** The label list whose codes are exactly these, so that `allowed` can be shown as words. */
function labelListOf(codes: string[]): LabelList | undefined {
  return (Object.keys(LABELS) as LabelList[]).find((list) => {
    const known = Object.keys(LABELS[list]);
    return codes.length > 0 && codes.every((c) => known.includes(c)) && known.every((c) => codes.includes(c));
  });
}

export type FieldErrorInput = string | CodedError | FieldProblem;

/**
 * 400 with `errors` by field. Each field's error is a code and its params (`fieldError('organisation.unknown')`)
 * or, for older callers, an English sentence (then its code is `validation.invalid`).
 */
export class ValidationFailed extends BadRequestException {
  readonly problems: Record<string, FieldProblem>;
  readonly errors: Record<string, string>;

  constructor(errors: Record<string, FieldErrorInput>) {
    const problems = Object.fromEntries(Object.entries(errors).map(([field, input]) => [field, toProblem(input)]));
    const english = Object.fromEntries(Object.entries(problems).map(([field, p]) => [field, p.english]));
    super({
      message: `Invalid ${Object.keys(english).join(', ')}: ${Object.values(english)[0]}`,
      code: 'validation.failed',
      params: { fields: Object.keys(english) },
      errors: english,
      errorCodes: Object.fromEntries(
        Object.entries(problems).map(([field, p]) => [field, { code: p.code, params: p.params ?? {} }]),
      ),
    });
    this.problems = problems;
    this.errors = english;
  }
}

function toProblem(input: FieldErrorInput): FieldProblem {
  if (typeof input === 'string') return { code: 'validation.invalid', params: {}, english: input };
  if ('english' in input) return input;
  return { ...input, english: renderMessage(input.code, input.params, 'en') ?? input.code };
}

/** Given to ValidationPipe so every 400 carries `errors` keyed by field, each with its code. */
export function validationExceptionFactory(errors: ValidationError[]): ValidationFailed {
  return new ValidationFailed(fieldProblems(errors));
}
