/** Legal forms since the 2019 Code of Companies and Associations, as codes (labels live in the console). */
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
export type LegalForm = (typeof LEGAL_FORMS)[number];

/** The social economy's own sector words; an organisation has several. */
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
export type Sector = (typeof SECTORS)[number];
