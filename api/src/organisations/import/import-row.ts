import { isBelgianPostcode } from '../../domain/municipalities';
import type { Language } from '../../domain/languages';
import { checkEnterpriseNumber } from '../../domain/enterprise-number';
import { LEGAL_FORMS, LegalForm, Sector, SECTORS } from '../../domain/organisation-codes';
import { LABELS } from '../../domain/i18n/labels';
import { headerKey, HeaderMapping, ImportField } from './import-headers';
import { ImportReason, reason } from '../../domain/import-reasons';

/** What one CSV row says about an organisation, in stored form (enterprise number as 10 digits). */
export interface ImportedValues {
  name?: string;
  enterpriseNumber?: string;
  legalForm?: LegalForm;
  sectors?: Sector[];
  description?: string;
  socialMission?: string;
  street?: string;
  postcode?: string;
  website?: string;
  email?: string;
  phone?: string;
  foundedOn?: string;
  registeredOn?: string;
  employeesFte?: number;
  volunteers?: number;
  languages?: Language[];
  tags?: string[];
}

const LEGAL_FORM_WORDS: Record<string, LegalForm> = {
  asbl: 'asbl_vzw',
  vzw: 'asbl_vzw',
  asblvzw: 'asbl_vzw',
  aisbl: 'aisbl_ivzw',
  ivzw: 'aisbl_ivzw',
  aisblivzw: 'aisbl_ivzw',
  fondation: 'foundation',
  stichting: 'foundation',
  fup: 'foundation',
  sup: 'foundation',
  sc: 'sc_cv',
  cv: 'sc_cv',
  sccv: 'sc_cv',
  scrl: 'sc_cv',
  cvba: 'sc_cv',
  scri: 'sc_cv',
  cvoa: 'sc_cv',
  cooperative: 'sc_cv',
  societecooperative: 'sc_cv',
  cooperatievevennootschap: 'sc_cv',
  srl: 'srl_bv',
  bv: 'srl_bv',
  srlbv: 'srl_bv',
  sprl: 'srl_bv',
  bvba: 'srl_bv',
  sa: 'sa_nv',
  nv: 'sa_nv',
  sanv: 'sa_nv',
  // SCS / GCV (société en commandite simple / gewone commanditaire vennootschap) is a limited partnership, not a cooperative.
  snc: 'partnership',
  scomm: 'partnership',
  vof: 'partnership',
  commv: 'partnership',
  scs: 'partnership',
  gcv: 'partnership',
  maatschap: 'partnership',
  societesimple: 'partnership',
  mutualite: 'mutual_society',
  mutualiteit: 'mutual_society',
  ziekenfonds: 'mutual_society',
  mutual: 'mutual_society',
  mutualsociety: 'mutual_society',
  cpas: 'public_body',
  ocmw: 'public_body',
  publicbody: 'public_body',
  public: 'public_body',
  associationdefait: 'de_facto_association',
  feitelijkevereniging: 'de_facto_association',
  defactoassociation: 'de_facto_association',
  projet: 'not_incorporated',
  project: 'not_incorporated',
  notincorporated: 'not_incorporated',
  autre: 'other',
  andere: 'other',
  other: 'other',
};

/** Words that name no single legal form: an association may be an ASBL, an AISBL or a de facto association. */
const AMBIGUOUS_LEGAL_FORMS = new Set(['association', 'vereniging']);

const LANGUAGE_WORDS: Record<string, Language> = {
  fr: 'fr',
  francais: 'fr',
  french: 'fr',
  frans: 'fr',
  nl: 'nl',
  nederlands: 'nl',
  neerlandais: 'nl',
  dutch: 'nl',
  flamand: 'nl',
  en: 'en',
  english: 'en',
  anglais: 'en',
  engels: 'en',
};

const list = (cell: string) =>
  cell
    .split(/[|,;]/)
    .map((v) => v.trim())
    .filter(Boolean);

/** `{ key of a word: code }` for a label list's words in French, Dutch and English ("Duurzame voeding" -> sustainable_food). */
function wordsOf<T extends string>(list: 'legalForm' | 'sector', extra: Record<string, T> = {}): Record<string, T> {
  const words: Record<string, T> = {};
  for (const [code, text] of Object.entries(LABELS[list]))
    for (const word of Object.values(text)) words[headerKey(word)] = code as T;
  return { ...words, ...extra };
}

/** Legal forms by code, by the words Traject shows (FR, NL, EN: « Société coopérative », "ASBL / VZW (non-profit association)") and by the usual abbreviations. */
const LEGAL_FORMS_BY_WORD = wordsOf<LegalForm>('legalForm', {
  ...LEGAL_FORM_WORDS,
  nonprofitassociation: 'asbl_vzw',
  nonprofit: 'asbl_vzw',
  internationalnonprofitassociation: 'aisbl_ivzw',
});

/** Sectors by code or by their words in French, Dutch or English. */
const SECTORS_BY_WORD = wordsOf<Sector>('sector', Object.fromEntries(SECTORS.map((code) => [headerKey(code), code])));

export function legalFormFrom(cell: string): LegalForm | undefined {
  const code = cell.trim().toLowerCase();
  if ((LEGAL_FORMS as readonly string[]).includes(code)) return code as LegalForm;
  return LEGAL_FORMS_BY_WORD[headerKey(cell)];
}

/** A sector from its code (`sustainable_food`, `sustainable food`) or its word in any of the three languages. */
export function sectorFrom(cell: string): Sector | undefined {
  return SECTORS_BY_WORD[headerKey(cell)];
}

/** The row's values, the reasons to refuse it (empty when it can go in) and what it reports without refusing. */
export function readImportRow(
  cells: string[],
  mapping: HeaderMapping,
): { values: ImportedValues; problems: ImportReason[]; notes: ImportReason[] } {
  const values: ImportedValues = {};
  const problems: ImportReason[] = [];
  const notes: ImportReason[] = [];
  for (const [index, field] of mapping.columns) {
    const cell = (cells[index] ?? '').trim();
    if (cell !== '') readCell(field, cell, values, problems, notes);
  }
  if (!values.name) problems.push(reason('import.row.name_missing'));
  return { values, problems, notes };
}

function readCell(
  field: ImportField,
  cell: string,
  values: ImportedValues,
  problems: ImportReason[],
  notes: ImportReason[],
): void {
  switch (field) {
    case 'enterpriseNumber': {
      const check = checkEnterpriseNumber(cell);
      if (check.valid) values.enterpriseNumber = check.digits;
      else problems.push(reason('import.row.enterprise_number', { value: cell, detail: check.code }));
      return;
    }
    case 'legalForm': {
      if (AMBIGUOUS_LEGAL_FORMS.has(headerKey(cell))) {
        notes.push(reason('import.row.legal_form_ambiguous', { value: cell }));
        return;
      }
      const form = legalFormFrom(cell);
      if (form) values.legalForm = form;
      else problems.push(reason('import.row.legal_form_unknown', { value: cell }));
      return;
    }
    case 'sectors': {
      const words = list(cell);
      const unknown = words.filter((word) => !sectorFrom(word));
      if (unknown.length) problems.push(reason('import.row.sector_unknown', { values: unknown }));
      else values.sectors = [...new Set(words.map((word) => sectorFrom(word)!))];
      return;
    }
    case 'languages': {
      const languages = list(cell).map((l) => LANGUAGE_WORDS[headerKey(l)]);
      if (languages.includes(undefined as never)) problems.push(reason('import.row.languages', { value: cell }));
      else values.languages = [...new Set(languages)];
      return;
    }
    case 'tags':
      values.tags = [
        ...new Set(
          cell
            .split('|')
            .map((t) => t.trim())
            .filter(Boolean),
        ),
      ];
      return;
    case 'postcode':
      if (isBelgianPostcode(cell)) values.postcode = cell;
      else problems.push(reason('import.row.postcode', { value: cell }));
      return;
    case 'email':
      if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(cell)) values.email = cell;
      else problems.push(reason('import.row.email', { value: cell }));
      return;
    case 'foundedOn': {
      const date = isoDate(cell);
      if (date) values.foundedOn = date;
      else problems.push(reason('import.row.founded_on', { value: cell }));
      return;
    }
    case 'registeredOn': {
      const date = isoDate(cell);
      if (date) values.registeredOn = date;
      else problems.push(reason('import.row.registered_on', { value: cell }));
      return;
    }
    case 'employeesFte': {
      const fte = Number(cell.replace(',', '.'));
      if (Number.isFinite(fte) && fte >= 0 && fte <= 100000) values.employeesFte = Math.round(fte * 100) / 100;
      else problems.push(reason('import.row.employees_fte', { value: cell }));
      return;
    }
    case 'volunteers': {
      const count = Number(cell);
      if (Number.isInteger(count) && count >= 0) values.volunteers = count;
      else problems.push(reason('import.row.volunteers', { value: cell }));
      return;
    }
    default:
      // Taken whole: the API's own length rules (import-validation) refuse what is too long, naming the field.
      values[field] = cell;
  }
}

function isoDate(cell: string): string | undefined {
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(cell);
  const iso = dmy ? `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}` : cell;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
}
