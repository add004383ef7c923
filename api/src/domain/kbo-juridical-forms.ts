import type { LegalForm } from './organisation-codes';

/**
 * KBO/BCE juridical-form codes (code.csv, category JuridicalForm) to Traject's legal forms. Only the
 * codes whose meaning is settled are here; any other code proposes nothing and the advisor chooses.
 * Forms abolished by the 2019 Code map to the form they became (SPRL -> SRL, SCRL/SCRI -> SC).
 */
export const KBO_JURIDICAL_FORMS: Readonly<Record<string, LegalForm>> = {
  '006': 'sc_cv', // société coopérative à responsabilité illimitée (SCRI / CVOA)
  '008': 'sc_cv', // société coopérative à responsabilité limitée (SCRL / CVBA)
  '706': 'sc_cv', // société coopérative (SC / CV), 2019 Code
  '011': 'partnership', // société en nom collectif (SNC / VOF)
  '012': 'partnership', // société en commandite simple (SCS / GCV)
  '612': 'partnership', // société en commandite (SComm / CommV), 2019 Code
  '014': 'sa_nv', // société anonyme (SA / NV)
  '015': 'srl_bv', // société privée à responsabilité limitée (SPRL / BVBA)
  '610': 'srl_bv', // société à responsabilité limitée (SRL / BV), 2019 Code
  '017': 'asbl_vzw', // association sans but lucratif (ASBL / VZW)
  '125': 'aisbl_ivzw', // association internationale sans but lucratif (AISBL / IVZW)
  '026': 'foundation', // fondation privée / private stichting
  '029': 'foundation', // fondation d'utilité publique / stichting van openbaar nut
};

/** The legal form a KBO juridical-form code proposes, or null when the advisor must choose. */
export function legalFormForJuridicalForm(code: string | null | undefined): LegalForm | null {
  if (!code) return null;
  return KBO_JURIDICAL_FORMS[code.trim().padStart(3, '0')] ?? null;
}
