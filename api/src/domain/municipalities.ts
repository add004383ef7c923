import { isBrusselsSpecialPostcode } from './brussels-postcodes';

/** The 19 municipalities of the Brussels-Capital Region: NIS code, French and Dutch names, postcodes. */
export const BRUSSELS_MUNICIPALITIES: ReadonlyArray<[nis: string, fr: string, nl: string, postcodes: string[]]> = [
  ['21001', 'Anderlecht', 'Anderlecht', ['1070']],
  ['21002', 'Auderghem', 'Oudergem', ['1160']],
  ['21003', 'Berchem-Sainte-Agathe', 'Sint-Agatha-Berchem', ['1082']],
  ['21004', 'Bruxelles', 'Brussel', ['1000', '1020', '1120', '1130']],
  ['21005', 'Etterbeek', 'Etterbeek', ['1040']],
  ['21006', 'Evere', 'Evere', ['1140']],
  ['21007', 'Forest', 'Vorst', ['1190']],
  ['21008', 'Ganshoren', 'Ganshoren', ['1083']],
  ['21009', 'Ixelles', 'Elsene', ['1050']],
  ['21010', 'Jette', 'Jette', ['1090']],
  ['21011', 'Koekelberg', 'Koekelberg', ['1081']],
  ['21012', 'Molenbeek-Saint-Jean', 'Sint-Jans-Molenbeek', ['1080']],
  ['21013', 'Saint-Gilles', 'Sint-Gillis', ['1060']],
  ['21014', 'Saint-Josse-ten-Noode', 'Sint-Joost-ten-Node', ['1210']],
  ['21015', 'Schaerbeek', 'Schaarbeek', ['1030']],
  ['21016', 'Uccle', 'Ukkel', ['1180']],
  ['21017', 'Watermael-Boitsfort', 'Watermaal-Bosvoorde', ['1170']],
  ['21018', 'Woluwe-Saint-Lambert', 'Sint-Lambrechts-Woluwe', ['1200']],
  ['21019', 'Woluwe-Saint-Pierre', 'Sint-Pieters-Woluwe', ['1150']],
];

/** A Belgian postcode: four digits, 1000 to 9999. */
export function isBelgianPostcode(postcode: string): boolean {
  return /^[1-9]\d{3}$/.test(postcode);
}

const BY_POSTCODE = new Map(
  BRUSSELS_MUNICIPALITIES.flatMap(([nis, , , postcodes]) => postcodes.map((postcode) => [postcode, nis] as const)),
);
const NIS_CODES = new Set(BRUSSELS_MUNICIPALITIES.map(([nis]) => nis));

/**
 * The Brussels municipality (NIS code) a postcode proposes, or null outside the Region.
 * Not always right (parts of 1040 and 1050 belong to the City of Brussels): the advisor corrects it.
 */
export function municipalityForPostcode(postcode: string | null | undefined): string | null {
  return postcode ? (BY_POSTCODE.get(postcode.trim()) ?? null) : null;
}

export function isBrusselsMunicipality(nisCode: string): boolean {
  return NIS_CODES.has(nisCode);
}

/** Outside the Region: neither a municipality's postcode nor one of bpost's special Brussels postcodes. */
export function isOutsideBrussels(postcode: string | null | undefined): boolean {
  return !!postcode && municipalityForPostcode(postcode) === null && !isBrusselsSpecialPostcode(postcode);
}
