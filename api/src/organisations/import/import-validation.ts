import { validateSync } from 'class-validator';
import { fieldProblems } from '../../common/errors/validation-errors';
import { CreateOrganisationDto } from '../organisations.dto';
import type { ImportedValues } from './import-row';
import { ImportReason, reason } from '../../domain/import-reasons';

const VALIDATION = { skipMissingProperties: true, stopAtFirstError: true } as const;

/**
 * A row's values through the very rules of `POST /api/organisations` (lengths, counts, formats): what the
 * API refuses, the import refuses, naming the field. Undefined when the row passes.
 */
export function checkImportedValues(
  values: ImportedValues,
): { reasons: ImportReason[]; errors: Record<string, { code: string; params: Record<string, unknown> }> } | undefined {
  // The reader already trimmed the cells and left blanks out: the DTO's transforms have nothing to do.
  const record = Object.assign(new CreateOrganisationDto(), values, { name: values.name ?? '' });
  const problems = fieldProblems(validateSync(record, VALIDATION));
  const fields = Object.keys(problems);
  if (!fields.length) return undefined;
  return {
    reasons: fields.map((field) =>
      reason('import.row.field', { field, detail: problems[field].code, detailParams: problems[field].params ?? {} }),
    ),
    errors: Object.fromEntries(
      fields.map((field) => [field, { code: problems[field].code, params: problems[field].params ?? {} }]),
    ),
  };
}
