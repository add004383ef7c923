import { LANGUAGES, type Language } from '../../domain/i18n/language';
import { exportHeader } from '../../domain/messages/exports';
import { IMPORT_FIELDS, type ImportField } from '../../domain/organisation-fields';

export { IMPORT_FIELDS, type ImportField };

/** Lower case, no accents, letters and digits only: "Numéro d'entreprise" -> "numerodentreprise". */
export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Header names in English, French and Dutch (as headerKey gives them). */
const ALIASES: Record<ImportField, string[]> = {
  name: ['name', 'nom', 'naam', 'denomination', 'benaming', 'organisation', 'organisatie'],
  enterpriseNumber: [
    'enterprisenumber',
    'numerodentreprise',
    'numeroentreprise',
    'ondernemingsnummer',
    'bce',
    'kbo',
    'numerobce',
    'kbonummer',
    'vat',
    'tva',
    'btw',
  ],
  legalForm: ['legalform', 'formejuridique', 'rechtsvorm', 'forme'],
  sectors: ['sectors', 'sector', 'secteurs', 'secteur', 'sectoren'],
  description: ['description', 'beschrijving', 'omschrijving'],
  socialMission: ['socialmission', 'missionsociale', 'socialemissie', 'mission', 'missie'],
  street: ['street', 'address', 'rue', 'adresse', 'straat', 'adres'],
  postcode: ['postcode', 'postalcode', 'zip', 'codepostal', 'cp'],
  website: ['website', 'siteweb', 'site', 'url'],
  email: ['email', 'mail', 'courriel'],
  phone: ['phone', 'telephone', 'telefoon', 'tel'],
  foundedOn: ['foundedon', 'founded', 'datedecreation', 'creation', 'oprichtingsdatum', 'opgericht'],
  // The KBO/BCE open data call it "Date de début" / "Begindatum" / "StartDate".
  registeredOn: [
    'registeredon',
    'registered',
    'startdate',
    'datededebut',
    'debut',
    'begindatum',
    'startdatum',
    'datedinscription',
    'inschrijvingsdatum',
  ],
  employeesFte: ['employeesfte', 'fte', 'etp', 'vte', 'employees', 'emplois', 'werknemers'],
  volunteers: ['volunteers', 'benevoles', 'vrijwilligers'],
  languages: ['languages', 'langues', 'talen', 'language', 'langue', 'taal'],
  tags: ['tags', 'etiquettes', 'labels'],
};

/** A field's header as Traject writes it (the organisations export, the import template), in a language. */
export const importHeader = (field: ImportField, language: Language): string => exportHeader(field, language);

/** Every header a field is known by: its aliases and its own header in each language (an export imports back). */
const BY_KEY = new Map<string, ImportField>([
  ...IMPORT_FIELDS.flatMap((field) =>
    LANGUAGES.map((language) => [headerKey(importHeader(field, language)), field] as const),
  ),
  ...Object.entries(ALIASES).flatMap(([field, keys]) => keys.map((key) => [key, field as ImportField] as const)),
]);

export const isImportField = (value: unknown): value is ImportField =>
  typeof value === 'string' && (IMPORT_FIELDS as readonly string[]).includes(value);

export interface HeaderMapping {
  /** Column index -> field. */
  columns: Map<number, ImportField>;
  /** Headers no field matched: reported, not fatal. */
  ignored: string[];
  /** Fields named twice. */
  duplicated: ImportField[];
}

/**
 * Which column holds which field: `chosen` first (the person's own mapping of headers Traject did not recognise,
 * by the header as written), then the known headers.
 */
export function mapHeaders(headers: string[], chosen: Record<string, ImportField> = {}): HeaderMapping {
  const columns = new Map<number, ImportField>();
  const seen = new Set<ImportField>();
  const ignored: string[] = [];
  const duplicated: ImportField[] = [];
  headers.forEach((header, index) => {
    const field = chosen[header.trim()] ?? BY_KEY.get(headerKey(header));
    if (!field) {
      if (header.trim()) ignored.push(header.trim());
    } else if (seen.has(field)) {
      duplicated.push(field);
    } else {
      seen.add(field);
      columns.set(index, field);
    }
  });
  return { columns, ignored, duplicated };
}
