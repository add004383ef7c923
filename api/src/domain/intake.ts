/**
 * The public intake form ("Do you have a question about social entrepreneurship in Brussels?"):
 * its code lists and the rules a submission must follow. Pure: the API, the public page and the console use it.
 */
import { checkEnterpriseNumber } from './enterprise-number';
import { LEGAL_FORMS, type LegalForm } from './organisation-codes';

export const INTAKE_LANGUAGES = ['fr', 'nl', 'en'] as const;
export type IntakeLanguage = (typeof INTAKE_LANGUAGES)[number];

export const INTAKE_STATUSES = ['new', 'converted', 'dismissed'] as const;
export type IntakeStatus = (typeof INTAKE_STATUSES)[number];

/** "Where are you": an idea, launching, running for some years. */
export const PROJECT_STAGES = ['idea', 'launching', 'running'] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

export const INTAKE_TOPICS = [
  'recognition',
  'emes_model',
  'financing',
  'cooperative_governance',
  'coopcity_programmes',
  'social_innovation',
  'other',
] as const;
export type IntakeTopic = (typeof INTAKE_TOPICS)[number];

export const DISMISS_REASONS = ['spam', 'duplicate', 'out_of_scope', 'answered_by_email'] as const;
export type DismissReason = (typeof DISMISS_REASONS)[number];

export const QUESTION_MAX_LENGTH = 5000;
const NAME_MAX = 100;
const ORGANISATION_MAX = 200;

/** What the visitor sent, as text (a form post) or JSON. */
export interface IntakeInput {
  firstName?: unknown;
  lastName?: unknown;
  email?: unknown;
  phone?: unknown;
  organisationName?: unknown;
  enterpriseNumber?: unknown;
  postcode?: unknown;
  legalForm?: unknown;
  projectStage?: unknown;
  topics?: unknown;
  question?: unknown;
  language?: unknown;
  consent?: unknown;
}

interface IntakeSubmission {
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  organisationName: string;
  enterpriseNumber: string | null;
  postcode: string | null;
  legalForm: LegalForm | null;
  projectStage: ProjectStage | null;
  topics: IntakeTopic[];
  question: string;
  language: IntakeLanguage;
}

/** Error codes by field; the page and the API word them in the visitor's language (intake-texts). */
export type IntakeFieldError =
  | 'required'
  | 'too_long'
  | 'email_invalid'
  | 'phone_invalid'
  | 'enterprise_number_invalid'
  | 'postcode_invalid'
  | 'not_in_list'
  | 'consent_required';

type IntakeCheck = { ok: true; submission: IntakeSubmission } | { ok: false; errors: Record<string, IntakeFieldError> };

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/;
const PHONE = /^\+?[0-9 ()./-]{6,25}$/;

const text = (value: unknown): string => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : '');
const list = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined || value === null || value === '' ? [] : [value]).filter(
    (v): v is string => typeof v === 'string',
  );
const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

/** Checks a submission field by field; every problem is reported at once, keyed by field. */
export function checkIntake(input: IntakeInput): IntakeCheck {
  const errors: Record<string, IntakeFieldError> = {};
  const required = (field: keyof IntakeInput, max: number): string => {
    const value = text(input[field]);
    if (!value) errors[field] = 'required';
    else if (value.length > max) errors[field] = 'too_long';
    return value;
  };
  const optional = (field: keyof IntakeInput, max: number): string | null => {
    const value = text(input[field]);
    if (value.length > max) errors[field] = 'too_long';
    return value || null;
  };

  const firstName = required('firstName', NAME_MAX);
  const lastName = required('lastName', NAME_MAX);
  const email = required('email', 254).toLowerCase();
  if (email && !errors.email && !EMAIL.test(email)) errors.email = 'email_invalid';
  const phone = optional('phone', 25);
  if (phone && !errors.phone && !PHONE.test(phone)) errors.phone = 'phone_invalid';
  const organisationName = required('organisationName', ORGANISATION_MAX);
  let enterpriseNumber = optional('enterpriseNumber', 20);
  if (enterpriseNumber && !errors.enterpriseNumber) {
    const check = checkEnterpriseNumber(enterpriseNumber);
    if (check.valid) enterpriseNumber = check.digits;
    else errors.enterpriseNumber = 'enterprise_number_invalid';
  }
  const postcode = optional('postcode', 10);
  if (postcode && !/^[1-9]\d{3}$/.test(postcode)) errors.postcode = 'postcode_invalid';
  const legalForm = optional('legalForm', 40);
  if (legalForm && !isOneOf(LEGAL_FORMS, legalForm)) errors.legalForm = 'not_in_list';
  const projectStage = optional('projectStage', 20);
  if (projectStage && !isOneOf(PROJECT_STAGES, projectStage)) errors.projectStage = 'not_in_list';
  const topics = [...new Set(list(input.topics))];
  if (topics.some((topic) => !isOneOf(INTAKE_TOPICS, topic))) errors.topics = 'not_in_list';
  const question = required('question', QUESTION_MAX_LENGTH);
  const language = text(input.language) || 'fr';
  if (!isOneOf(INTAKE_LANGUAGES, language)) errors.language = 'not_in_list';
  if (!isConsentGiven(input.consent)) errors.consent = 'consent_required';

  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    submission: {
      firstName,
      lastName,
      email,
      phone,
      organisationName,
      enterpriseNumber,
      postcode,
      legalForm: legalForm as LegalForm | null,
      projectStage: projectStage as ProjectStage | null,
      topics: topics as IntakeTopic[],
      question,
      language: language as IntakeLanguage,
    },
  };
}

function isConsentGiven(value: unknown): boolean {
  return value === true || value === 'true' || value === 'on' || value === 'yes' || value === '1';
}

/** The language of a path (`/nl/intake`), else of the browser's Accept-Language, else French. */
export function intakeLanguage(pathLanguage: string | undefined, acceptLanguage: string | undefined): IntakeLanguage {
  if (pathLanguage && isOneOf(INTAKE_LANGUAGES, pathLanguage)) return pathLanguage;
  const preferred = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, q] = part.trim().split(';q=');
      return { language: tag.slice(0, 2).toLowerCase(), weight: q === undefined ? 1 : Number(q) || 0 };
    })
    .sort((a, b) => b.weight - a.weight)
    .find((entry) => isOneOf(INTAKE_LANGUAGES, entry.language));
  return (preferred?.language as IntakeLanguage | undefined) ?? 'fr';
}

/** What `GET /api/intakes/{id}/matches` answers: the records a coordinator should look at before creating anything. */
export interface IntakeMatches {
  /** Organisations that are probably the same: same enterprise number first, then a similar name (same postcode first). */
  organisations: {
    id: string;
    name: string;
    enterpriseNumber: string | null;
    postcode: string | null;
    reason: 'enterprise_number' | 'similar_name';
    score: number;
  }[];
  /** Contacts already known with the visitor's e-mail. */
  contacts: {
    id: string;
    organisationId: string;
    organisationName: string;
    firstName: string;
    lastName: string;
    email: string;
  }[];
}
