import { BadRequestException } from '@nestjs/common';
import { codedFields, fieldError } from '../../common/errors/coded-error';
import { IMPORT_FIELDS, isImportField, type ImportField } from './import-headers';

/** At most this many headers can be given a field by hand (a file has about twenty columns). */
const MAX_CHOSEN = 60;

const refused = (allowed?: readonly string[]) =>
  new BadRequestException(
    codedFields(
      'validation.failed',
      { fields: ['columns'] },
      { columns: allowed ? fieldError('validation.one_of', { allowed }) : fieldError('validation.invalid') },
    ),
  );

/**
 * `?columns={"Raison sociale":"name","Mail":"email"}`: the fields a person gave to headers Traject did not
 * recognise (the import screen's mapping step). A header not in the file is ignored; a field not importable is a 400.
 */
export function chosenColumns(query: unknown): Record<string, ImportField> {
  if (query === undefined || query === '') return {};
  if (typeof query !== 'string') throw refused();
  let parsed: unknown;
  try {
    parsed = JSON.parse(query);
  } catch {
    throw refused();
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw refused();
  const entries = Object.entries(parsed as Record<string, unknown>);
  if (entries.length > MAX_CHOSEN) throw refused();
  const chosen: Record<string, ImportField> = {};
  for (const [header, field] of entries) {
    if (!isImportField(field)) throw refused(IMPORT_FIELDS);
    chosen[header.trim()] = field;
  }
  return chosen;
}
