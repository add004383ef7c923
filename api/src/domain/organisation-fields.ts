/** The organisation's fields written as they are given (checked by the DTO alone, no rule across fields). */
export const ORGANISATION_PLAIN_FIELDS = [
  'legalForm',
  'description',
  'socialMission',
  'street',
  'postcode',
  'website',
  'email',
  'phone',
  'foundedOn',
  'registeredOn',
  'employeesFte',
  'volunteers',
] as const;

/** The organisation's lists of words: written without repeats, and united when two records merge. */
export const ORGANISATION_WORD_LISTS = ['sectors', 'languages', 'tags'] as const;

/** The organisation fields a CSV import may carry (the template's columns, in this order). */
export const IMPORT_FIELDS = [
  'name',
  'enterpriseNumber',
  ...ORGANISATION_PLAIN_FIELDS,
  ...ORGANISATION_WORD_LISTS,
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
