/** The organisation fields a CSV may carry. */
export const IMPORT_FIELDS = [
  'name',
  'enterpriseNumber',
  'legalForm',
  'sectors',
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
  'languages',
  'tags',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Lower case, no accents, letters and digits only: "Numéro d'entreprise" -> "numerodentreprise". */
export function headerKey(header: string): string {
  return header.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Header names in English, French and Dutch (as headerKey gives them). */
const ALIASES: Record<ImportField, string[]> = {
  name: ['name', 'nom', 'naam', 'denomination', 'benaming', 'organisation', 'organisatie'],
  enterpriseNumber: ['enterprisenumber', 'numerodentreprise', 'numeroentreprise', 'ondernemingsnummer', 'bce', 'kbo', 'numerobce', 'kbonummer', 'vat', 'tva', 'btw'],
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
  registeredOn: ['registeredon', 'registered', 'startdate', 'datededebut', 'debut', 'begindatum', 'startdatum', 'datedinscription', 'inschrijvingsdatum'],
  employeesFte: ['employeesfte', 'fte', 'etp', 'vte', 'employees', 'emplois', 'werknemers'],
  volunteers: ['volunteers', 'benevoles', 'vrijwilligers'],
  languages: ['languages', 'langues', 'talen', 'language', 'langue', 'taal'],
  tags: ['tags', 'etiquettes', 'labels'],
};

const BY_KEY = new Map(Object.entries(ALIASES).flatMap(([field, keys]) => keys.map((key) => [key, field as ImportField] as const)));

export interface HeaderMapping {
  /** Column index -> field. */
  columns: Map<number, ImportField>;
  /** Headers no field matched: reported, not fatal. */
  ignored: string[];
  /** Fields named twice. */
  duplicated: ImportField[];
}

export function mapHeaders(headers: string[]): HeaderMapping {
  const columns = new Map<number, ImportField>();
  const seen = new Set<ImportField>();
  const ignored: string[] = [];
  const duplicated: ImportField[] = [];
  headers.forEach((header, index) => {
    const field = BY_KEY.get(headerKey(header));
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
