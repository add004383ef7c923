import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsInt, IsISO8601, Matches, ValidateIf } from 'class-validator';

/** Empty text from a form means "no value". */
export const BlankToNull = () =>
  Transform(({ value }) => (typeof value === 'string' && value.trim() === '' ? null : value));

export const Trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** A calendar day, YYYY-MM-DD. */
export const IsDay = (field: string) =>
  applyDecorators(
    IsISO8601({ strict: true }, { message: `${field} must be a date (YYYY-MM-DD)` }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${field} must be a date (YYYY-MM-DD)` }),
  );

/** The version a PUT must carry back: the one it read. */
export const IsReadVersion = () => IsInt({ message: 'version must be the whole number the record was read with' });

/** May be left out, but not sent as null: for fields a record always has (its name, its status…). */
export const IsOmittable = () => ValidateIf((_, value) => value !== undefined);
