/**
 * The codes of the register as the API knows them (API.md, DOMAIN.md), defined once for the
 * console. Their labels live in the i18n catalogues under `traject.<kind>.<code>`.
 */
// The server's own definition (an import-free file), so the console and the API cannot drift apart.
import { CASE_STAGES as STAGES } from '../../../api/src/domain/case-rules';
import { LEGAL_FORMS, SECTORS } from '../../../api/src/domain/organisation-codes';
import { RECOGNITION_STATUSES } from '../../../api/src/domain/recognition-rules';

import { LEGAL_BASES } from '../../../api/src/domain/contact-codes';
import { LANGUAGES } from '../../../api/src/domain/languages';

export { LANGUAGES, LEGAL_BASES, LEGAL_FORMS, RECOGNITION_STATUSES, SECTORS, STAGES };

export type LegalForm = (typeof LEGAL_FORMS)[number];
export type Sector = (typeof SECTORS)[number];
export type Stage = (typeof STAGES)[number];
export type RecognitionStatus = (typeof RECOGNITION_STATUSES)[number];
export type { LegalBasis } from '../../../api/src/domain/contact-codes';

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
