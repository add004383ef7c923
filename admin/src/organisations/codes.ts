/**
 * The codes of the register as the API knows them (API.md, DOMAIN.md), defined once for the
 * console. Their labels live in the i18n catalogues under `traject.<kind>.<code>`.
 */
export const LEGAL_FORMS = [
  'asbl_vzw',
  'aisbl_ivzw',
  'foundation',
  'sc_cv',
  'srl_bv',
  'sa_nv',
  'partnership',
  'mutual_society',
  'public_body',
  'de_facto_association',
  'not_incorporated',
  'other',
] as const;

export const SECTORS = [
  'personal_services',
  'health_care',
  'social_action',
  'culture',
  'sustainable_food',
  'construction',
  'housing',
  'education',
  'work_integration',
  'environment',
  'circular_economy',
  'mobility',
  'digital',
  'finance',
  'service_vouchers',
  'other',
] as const;

export const STAGES = ['intake', 'diagnosis', 'assessment', 'recognition', 'referral', 'follow_up', 'closed'] as const;

export const RECOGNITION_STATUSES = ['preparing', 'submitted', 'incomplete', 'under_review', 'approved', 'refused', 'expired', 'withdrawn'] as const;

export const LEGAL_BASES = ['public_task', 'legal_obligation', 'contract', 'consent'] as const;

export const LANGUAGES = ['fr', 'nl', 'en'] as const;

export type LegalForm = (typeof LEGAL_FORMS)[number];
export type Sector = (typeof SECTORS)[number];
export type Stage = (typeof STAGES)[number];
export type RecognitionStatus = (typeof RECOGNITION_STATUSES)[number];
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** `{id, name}` choices whose names are translation keys, which react-admin translates. */
function choicesOf(codes: readonly string[], kind: string) {
  return codes.map((id) => ({ id, name: `traject.${kind}.${id}` }));
}

export const legalFormChoices = choicesOf(LEGAL_FORMS, 'legal_forms');
export const sectorChoices = choicesOf(SECTORS, 'sectors');
export const stageChoices = choicesOf(STAGES, 'stages');
export const recognitionStatusChoices = choicesOf(RECOGNITION_STATUSES, 'recognition_statuses');
export const legalBasisChoices = choicesOf(LEGAL_BASES, 'legal_bases');
export const languageChoices = choicesOf(LANGUAGES, 'languages');
