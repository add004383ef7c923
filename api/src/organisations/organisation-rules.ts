import { isBrusselsMunicipality, municipalityForPostcode } from '../domain/municipalities';
import type { FieldErrorInput } from '../common/errors/validation-errors';
import { checkEnterpriseNumber } from '../domain/enterprise-number';

export type FieldErrors = Record<string, FieldErrorInput>;

/** The enterprise number as stored (10 digits or null), or the reason it is refused. */
export function enterpriseNumberField(
  value: string | null | undefined,
  errors: FieldErrors,
): string | null | undefined {
  if (value === undefined || value === null) return value;
  const check = checkEnterpriseNumber(value);
  if (check.valid) return check.digits;
  errors.enterpriseNumber = { code: check.code, params: {}, english: `enterpriseNumber ${check.reason}` };
  return undefined;
}

/**
 * Which municipality to store: an advisor's explicit correction wins; otherwise a new postcode
 * proposes its municipality (null outside Brussels).
 */
export function municipalityField(
  sent: { postcode?: string | null; municipality?: string | null },
  stored: { postcode: string | null; municipality: string | null } | undefined,
  errors: FieldErrors,
): string | null | undefined {
  const corrected = sent.municipality !== undefined && sent.municipality !== (stored?.municipality ?? null);
  if (corrected) {
    if (sent.municipality !== null && !isBrusselsMunicipality(sent.municipality!)) {
      errors.municipality = {
        code: 'organisation.municipality_unknown',
        params: {},
        english: 'municipality must be the NIS code of one of the 19 Brussels municipalities',
      };
      return undefined;
    }
    return sent.municipality;
  }
  const postcodeChanged = sent.postcode !== undefined && sent.postcode !== (stored?.postcode ?? null);
  if (postcodeChanged || !stored) return municipalityForPostcode(sent.postcode ?? stored?.postcode);
  return undefined;
}

/** Trimmed, without blanks or repeats, in the order given. */
export function distinctWords(values: string[] | undefined): string[] | undefined {
  return values && [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}
