import {
  DISMISS_REASONS,
  INTAKE_LANGUAGES,
  INTAKE_STATUSES,
  INTAKE_TOPICS,
  PROJECT_STAGES,
  type IntakeMatches,
} from '../../../api/src/domain/intake';

export { DISMISS_REASONS, INTAKE_TOPICS, type IntakeMatches };

/** An intake as `GET /api/intakes/{id}` answers it. */
export interface Intake {
  id: string;
  status: (typeof INTAKE_STATUSES)[number];
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  organisationName: string;
  enterpriseNumber: string | null;
  postcode: string | null;
  legalForm: string | null;
  projectStage: (typeof PROJECT_STAGES)[number] | null;
  topics: (typeof INTAKE_TOPICS)[number][];
  question: string;
  language: (typeof INTAKE_LANGUAGES)[number];
  consentText: string;
  privacyUrl: string;
  submittedAt: string;
  dismissReason: (typeof DISMISS_REASONS)[number] | null;
  organisationId: string | null;
  contactId: string | null;
  caseId: string | null;
  version: number;
}

const choices = (values: readonly string[], prefix: string) => values.map((id) => ({ id, name: `${prefix}.${id}` }));
export const statusChoices = choices(INTAKE_STATUSES, 'traject.intakes.statuses');
export const topicChoices = choices(INTAKE_TOPICS, 'traject.intakes.topics');
export const languageChoices = choices(INTAKE_LANGUAGES, 'traject.languages');
