import { isBelgianPostcode } from '../../domain/municipalities';
import type { Language } from '../../domain/languages';
import { checkEnterpriseNumber } from '../../domain/enterprise-number';
import { LEGAL_FORMS, LegalForm, Sector, SECTORS } from '../../domain/organisation-codes';
import { headerKey, HeaderMapping, ImportField } from './import-headers';

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
  asbl: 'asbl_vzw', vzw: 'asbl_vzw', asblvzw: 'asbl_vzw',
  aisbl: 'aisbl_ivzw', ivzw: 'aisbl_ivzw', aisblivzw: 'aisbl_ivzw',
  fondation: 'foundation', stichting: 'foundation', fup: 'foundation', sup: 'foundation',
  sc: 'sc_cv', cv: 'sc_cv', sccv: 'sc_cv', scrl: 'sc_cv', cvba: 'sc_cv', scri: 'sc_cv', cvoa: 'sc_cv', cooperative: 'sc_cv', societecooperative: 'sc_cv', cooperatievevennootschap: 'sc_cv',
  srl: 'srl_bv', bv: 'srl_bv', srlbv: 'srl_bv', sprl: 'srl_bv', bvba: 'srl_bv',
  sa: 'sa_nv', nv: 'sa_nv', sanv: 'sa_nv',
  // SCS / GCV (société en commandite simple / gewone commanditaire vennootschap) is a limited partnership, not a cooperative.
  snc: 'partnership', scomm: 'partnership', vof: 'partnership', commv: 'partnership', scs: 'partnership', gcv: 'partnership', maatschap: 'partnership', societesimple: 'partnership',
  mutualite: 'mutual_society', mutualiteit: 'mutual_society', ziekenfonds: 'mutual_society', mutual: 'mutual_society', mutualsociety: 'mutual_society',
  cpas: 'public_body', ocmw: 'public_body', publicbody: 'public_body', public: 'public_body',
  associationdefait: 'de_facto_association', feitelijkevereniging: 'de_facto_association', defactoassociation: 'de_facto_association',
  projet: 'not_incorporated', project: 'not_incorporated', notincorporated: 'not_incorporated',
  autre: 'other', andere: 'other', other: 'other',
};

/** Words that name no single legal form: an association may be an ASBL, an AISBL or a de facto association. */
const AMBIGUOUS_LEGAL_FORMS = new Set(['association', 'vereniging']);

const LANGUAGE_WORDS: Record<string, Language> = {
  fr: 'fr', francais: 'fr', french: 'fr', frans: 'fr',
  nl: 'nl', nederlands: 'nl', neerlandais: 'nl', dutch: 'nl', flamand: 'nl',
  en: 'en', english: 'en', anglais: 'en', engels: 'en',
};

const list = (cell: string) => cell.split(/[|,;]/).map((v) => v.trim()).filter(Boolean);

export function legalFormFrom(cell: string): LegalForm | undefined {
  const code = cell.trim().toLowerCase();
  if ((LEGAL_FORMS as readonly string[]).includes(code)) return code as LegalForm;
  return LEGAL_FORM_WORDS[headerKey(cell)];
}

/** The row's values, the reasons to refuse it (empty when it can go in) and what it reports without refusing. */
export function readImportRow(cells: string[], mapping: HeaderMapping): { values: ImportedValues; problems: string[]; notes: string[] } {
  const values: ImportedValues = {};
  const problems: string[] = [];
  const notes: string[] = [];
  for (const [index, field] of mapping.columns) {
    const cell = (cells[index] ?? '').trim();
    if (cell !== '') readCell(field, cell, values, problems, notes);
  }
  if (!values.name) problems.push('name is missing');
  return { values, problems, notes };
}

function readCell(field: ImportField, cell: string, values: ImportedValues, problems: string[], notes: string[]): void {
  switch (field) {
    case 'enterpriseNumber': {
      const check = checkEnterpriseNumber(cell);
      if (check.valid) values.enterpriseNumber = check.digits;
      else problems.push(`enterprise number ${cell} ${check.reason}`);
      return;
    }
    case 'legalForm': {
      if (AMBIGUOUS_LEGAL_FORMS.has(headerKey(cell))) {
        notes.push(`legal form "${cell}" left empty: an association may be an ASBL, an AISBL or a de facto association`);
        return;
      }
      const form = legalFormFrom(cell);
      if (form) values.legalForm = form;
      else problems.push(`legal form "${cell}" is not one Traject knows`);
      return;
    }
    case 'sectors': {
      const sectors = list(cell).map((s) => s.toLowerCase().replace(/[\s-]+/g, '_'));
      const unknown = sectors.filter((s) => !(SECTORS as readonly string[]).includes(s));
      if (unknown.length) problems.push(`unknown sector ${unknown.join(', ')}`);
      else values.sectors = [...new Set(sectors)] as Sector[];
      return;
    }
    case 'languages': {
      const languages = list(cell).map((l) => LANGUAGE_WORDS[headerKey(l)]);
      if (languages.includes(undefined as never)) problems.push(`languages "${cell}" must be fr, nl or en`);
      else values.languages = [...new Set(languages)];
      return;
    }
    case 'tags':
      values.tags = [...new Set(cell.split('|').map((t) => t.trim()).filter(Boolean))];
      return;
    case 'postcode':
      if (isBelgianPostcode(cell)) values.postcode = cell;
      else problems.push(`postcode ${cell} is not a Belgian postcode`);
      return;
    case 'email':
      if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(cell)) values.email = cell;
      else problems.push(`e-mail ${cell} is not an e-mail address`);
      return;
    case 'foundedOn': {
      const date = isoDate(cell);
      if (date) values.foundedOn = date;
      else problems.push(`founding date ${cell} is not a date (YYYY-MM-DD or DD/MM/YYYY)`);
      return;
    }
    case 'registeredOn': {
      const date = isoDate(cell);
      if (date) values.registeredOn = date;
      else problems.push(`registration date ${cell} is not a date (YYYY-MM-DD or DD/MM/YYYY)`);
      return;
    }
    case 'employeesFte': {
      const fte = Number(cell.replace(',', '.'));
      if (Number.isFinite(fte) && fte >= 0 && fte <= 100000) values.employeesFte = Math.round(fte * 100) / 100;
      else problems.push(`FTE ${cell} is not a number`);
      return;
    }
    case 'volunteers': {
      const count = Number(cell);
      if (Number.isInteger(count) && count >= 0) values.volunteers = count;
      else problems.push(`volunteers ${cell} is not a whole number`);
      return;
    }
    default:
      values[field] = cell.slice(0, field === 'description' || field === 'socialMission' ? 5000 : 300);
  }
}

function isoDate(cell: string): string | undefined {
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(cell);
  const iso = dmy ? `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}` : cell;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
}
