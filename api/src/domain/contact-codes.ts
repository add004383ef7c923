/** GDPR art. 6 bases open to a public body: "legitimate interest" is not one of them for its tasks. */
export const LEGAL_BASES = ['public_task', 'legal_obligation', 'contract', 'consent'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];
