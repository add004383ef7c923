import type { LegalForm, Sector } from './organisation-codes';
import { legalFormForJuridicalForm } from './kbo-juridical-forms';
import { sectorForNace } from './kbo-nace-sectors';
import type { KboAlert } from './kbo-situations';

/** A code of the extract with its label (code.csv) in the reader's language. */
export interface KboCoded {
  code: string;
  label: string | null;
}

type KboLanguage = 'fr' | 'nl' | 'de' | 'en';

interface KboName {
  language: KboLanguage | null;
  type: KboCoded;
  value: string;
}

interface KboAddress {
  entityNumber: string;
  type: KboCoded;
  street: { fr: string | null; nl: string | null };
  houseNumber: string | null;
  box: string | null;
  zipcode: string | null;
  municipality: { fr: string | null; nl: string | null };
  country: { fr: string | null; nl: string | null };
  extra: string | null;
  strikingOffOn: string | null;
}

interface KboActivity {
  entityNumber: string;
  group: string | null;
  naceVersion: string | null;
  naceCode: string;
  classification: KboCoded;
  label: string | null;
}

/** What `GET /api/kbo/enterprises/{number}` answers. */
export interface KboEnterprise {
  enterpriseNumber: string;
  status: KboCoded;
  juridicalSituation: KboCoded;
  typeOfEnterprise: KboCoded;
  juridicalForm: KboCoded | null;
  juridicalFormCac: KboCoded | null;
  startDate: string | null;
  names: KboName[];
  addresses: KboAddress[];
  activities: KboActivity[];
  contacts: { entityNumber: string; entityContact: string | null; type: KboCoded; value: string | null }[];
  establishments: { establishmentNumber: string; startDate: string | null }[];
  alert: KboAlert | null;
  extract: { number: number; snapshotDate: string } | null;
}

/** KBO denomination types: 001 the name, 002 its abbreviation, 003 a commercial name. */
const OFFICIAL_NAME = '001';
/** KBO address types: REGO the registered seat, BAET an establishment, ABBR a branch. */
const REGISTERED_SEAT = 'REGO';
export const KBO_LANGUAGES: Readonly<Record<string, KboLanguage>> = { '1': 'fr', '2': 'nl', '3': 'de', '4': 'en' };

/** The official name in the wanted language, else French, Dutch, any. */
function officialName(enterprise: Pick<KboEnterprise, 'names'>, language: string | null | undefined): string | null {
  const official = enterprise.names.filter((name) => name.type.code === OFFICIAL_NAME);
  const pool = official.length ? official : enterprise.names;
  for (const wanted of [language, 'fr', 'nl']) {
    const found = pool.find((name) => name.language === wanted);
    if (found) return found.value;
  }
  return pool[0]?.value ?? null;
}

function registeredSeat(enterprise: Pick<KboEnterprise, 'addresses' | 'enterpriseNumber'>): KboAddress | null {
  return (
    enterprise.addresses.find(
      (address) => address.type.code === REGISTERED_SEAT && address.entityNumber === enterprise.enterpriseNumber,
    ) ??
    enterprise.addresses.find((address) => address.type.code === REGISTERED_SEAT) ??
    null
  );
}

/** "Rue Haute 12 bte 3" in the language asked for (French words for French and English). */
function streetLine(address: KboAddress, language: string | null | undefined): string | null {
  const street =
    language === 'nl' ? (address.street.nl ?? address.street.fr) : (address.street.fr ?? address.street.nl);
  if (!street) return null;
  const box = address.box ? ` ${language === 'nl' ? 'bus' : 'bte'} ${address.box}` : '';
  return `${street}${address.houseNumber ? ` ${address.houseNumber}` : ''}${box}`;
}

/** Main activities first, the 2025 nomenclature before 2008. */
export function sortedActivities<T extends Pick<KboActivity, 'classification' | 'naceVersion' | 'naceCode'>>(
  activities: readonly T[],
): T[] {
  const rank = (activity: T) =>
    (activity.classification.code === 'MAIN' ? 0 : 1) * 10 +
    (activity.naceVersion === '2025' ? 0 : activity.naceVersion === '2008' ? 1 : 2);
  return [...activities].sort((a, b) => rank(a) - rank(b) || a.naceCode.localeCompare(b.naceCode));
}

export interface KboProposal {
  name: string | null;
  legalForm: LegalForm | null;
  street: string | null;
  postcode: string | null;
  /** The enterprise's start date at the KBO: its registration, which the recognition rules read. */
  registeredOn: string | null;
  sectors: Sector[];
}

/** What the organisation form proposes from an enterprise, field by field (the advisor accepts each). */
export function proposalFromEnterprise(enterprise: KboEnterprise, language: string | null | undefined): KboProposal {
  const seat = registeredSeat(enterprise);
  const main = sortedActivities(enterprise.activities.filter((activity) => activity.classification.code === 'MAIN'))[0];
  const sector = sectorForNace(main?.naceCode);
  return {
    name: officialName(enterprise, language),
    legalForm: legalFormForJuridicalForm(enterprise.juridicalForm?.code),
    street: seat ? streetLine(seat, language) : null,
    postcode: seat?.zipcode ?? null,
    registeredOn: enterprise.startDate,
    sectors: sector ? [sector] : [],
  };
}
