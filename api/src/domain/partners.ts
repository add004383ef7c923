/**
 * Referral partners are data admins keep (DOMAIN.md): each has a kind that decides its rules.
 * `programme` (like COOPCITY): a referral names one of its programmes. `network` (like BISSIB): an
 * orientation, not an enrolment: `sent` -> `completed` is allowed without acceptance. `service`
 * (finance&invest.brussels, Crédal, SAW-B, Actiris…): the plain lifecycle, a programme optional.
 */
export const PARTNER_KINDS = ['programme', 'network', 'service'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** A partner's id is a short code, kept in each referral (`coopcity`, `bissib`, `credal`). */
export const PARTNER_ID = /^[a-z0-9][a-z0-9_-]{1,39}$/;

export const needsProgramme = (kind: PartnerKind) => kind === 'programme';
