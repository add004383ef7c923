/**
 * Recognition files (API.md `recognitions`). The lifecycle mirrors the API's recognition-rules.ts
 * (which the console cannot import: it depends on the server's lifecycle helper); the server
 * refuses any other move with a 422 naming the allowed ones.
 */
export const RECOGNITION_KINDS = ['brussels_esd', 'brussels_ipes', 'brussels_esi_mandate', 'federal_cnc_cooperative', 'federal_social_enterprise'] as const;
export type RecognitionKind = (typeof RECOGNITION_KINDS)[number];

export const RECOGNITION_STATUSES = ['preparing', 'submitted', 'incomplete', 'under_review', 'approved', 'refused', 'expired', 'withdrawn'] as const;
export type RecognitionStatus = (typeof RECOGNITION_STATUSES)[number];

export const RECOGNITION_LIFECYCLE: Record<RecognitionStatus, readonly RecognitionStatus[]> = {
  preparing: ['submitted', 'withdrawn'],
  submitted: ['under_review', 'incomplete', 'withdrawn'],
  incomplete: ['submitted', 'withdrawn'],
  under_review: ['approved', 'refused', 'incomplete', 'withdrawn'],
  approved: ['expired', 'withdrawn'],
  refused: [],
  expired: [],
  withdrawn: [],
};

export const CHECKLIST_ITEMS = [
  'activity_report',
  'statutes',
  'accounts_last_3_years',
  'staff_and_evolution',
  'wage_tension_calculation',
  'board_and_organisation_chart',
  'yearly_open_meeting_proof',
] as const;

export type RecognitionTerm = 'first' | 'renewal' | 'further';

export interface ChecklistItem {
  code: string;
  done: boolean;
  note?: string;
}

export interface Recognition {
  id: string;
  organisationId: string;
  caseId: string | null;
  kind: RecognitionKind;
  status: RecognitionStatus;
  submittedOn: string | null;
  decisionOn: string | null;
  validFrom: string | null;
  validUntil: string | null;
  term: RecognitionTerm;
  previousId: string | null;
  reference: string | null;
  checklist: ChecklistItem[];
  notes: string | null;
  renewalDue: boolean;
  renewalLate: boolean;
  checklistProgress: number;
  eligibilityWarnings: { code: string; message: string }[];
  createdAt: string;
  version: number;
}

export const kindChoices = RECOGNITION_KINDS.map((id) => ({ id, name: `traject.recognitions.kinds.${id}` }));
export const statusChoices = RECOGNITION_STATUSES.map((id) => ({ id, name: `traject.recognitions.statuses.${id}` }));

const COLOURS: Record<RecognitionStatus, 'default' | 'info' | 'warning' | 'success' | 'error' | 'primary'> = {
  preparing: 'default',
  submitted: 'info',
  incomplete: 'warning',
  under_review: 'primary',
  approved: 'success',
  refused: 'error',
  expired: 'default',
  withdrawn: 'default',
};
export const statusColour = (status: RecognitionStatus) => COLOURS[status] ?? 'default';
