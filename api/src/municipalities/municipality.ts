import { isBrusselsSpecialPostcode } from '../domain/brussels-postcodes';
import { BRUSSELS_MUNICIPALITIES } from '../../../migrations/1764288000000-CreateOrganisationsAndContacts';

/** A Belgian postcode: four digits, 1000 to 9999. */
export function isBelgianPostcode(postcode: string): boolean {
  return /^[1-9]\d{3}$/.test(postcode);
}

const BY_POSTCODE = new Map(BRUSSELS_MUNICIPALITIES.flatMap(([nis, , , postcodes]) => postcodes.map((postcode) => [postcode, nis] as const)));
const NIS_CODES = new Set(BRUSSELS_MUNICIPALITIES.map(([nis]) => nis));

/**
 * The Brussels municipality (NIS code) a postcode proposes, or null outside the Region.
 * Not always right (parts of 1040 and 1050 belong to the City of Brussels): the advisor corrects it.
 */
export function municipalityForPostcode(postcode: string | null | undefined): string | null {
  return postcode ? BY_POSTCODE.get(postcode.trim()) ?? null : null;
}

export function isBrusselsMunicipality(nisCode: string): boolean {
  return NIS_CODES.has(nisCode);
}

/** Outside the Region: neither a municipality's postcode nor one of bpost's special Brussels postcodes. */
export function isOutsideBrussels(postcode: string | null | undefined): boolean {
  return !!postcode && municipalityForPostcode(postcode) === null && !isBrusselsSpecialPostcode(postcode);
}
