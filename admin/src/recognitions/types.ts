/**
 * Recognition files (API.md `recognitions`). Kinds, statuses, lifecycle and checklist are the API's own
 * rule file (pure), so the console offers exactly the moves the server allows (it refuses any other, 422).
 */
import { CHECKLIST_ITEMS } from '../../../api/src/domain/recognition-dossier';
import type { Obligation } from '../../../api/src/domain/recognition-obligations';
import {
  KIND_CLOCKS,
  RECOGNITION_KINDS,
  RECOGNITION_STATUSES,
  recognitionLifecycle,
  type RecognitionKind,
  type RecognitionStatus,
  type RecognitionTerm,
} from '../../../api/src/domain/recognition-rules';

export {
  CHECKLIST_ITEMS,
  KIND_CLOCKS,
  RECOGNITION_KINDS,
  RECOGNITION_STATUSES,
  type RecognitionKind,
  type RecognitionStatus,
  type RecognitionTerm,
};

/** A yearly obligation of an approval, as the API shows it (opened: the advisor has a task). */
export interface ObligationView {
  obligation: Obligation;
  year: number;
  opensOn: string;
  dueOn: string;
  opened: boolean;
  taskId: string | null;
  doneOn: string | null;
}

/** The moves a file in this status can make. */
export const nextRecognitionStatuses = (status: RecognitionStatus): readonly RecognitionStatus[] =>
  recognitionLifecycle.next(status);

export interface ChecklistItem {
  code: string;
  done: boolean;
  note?: string;
  /** Read-only: the documents that prove the item. */
  documentIds?: string[];
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
  callDeadline: string | null;
  permanentFte: number | null;
  selfEmployedPartners: number | null;
  mainOccupationPartners: number | null;
  renewalOpensOn: string | null;
  renewalLateFrom: string | null;
  obligations: ObligationView[];
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
