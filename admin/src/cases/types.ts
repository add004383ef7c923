import type { Stage } from '../organisations/codes';
import type { CaseStatus, Priority } from './codes';

/** A support journey as the API sends it (`/api/cases`). */
export interface Case {
  id: string;
  organisationId: string;
  title: string;
  stage: Stage;
  status: CaseStatus;
  advisorId: string | null;
  coordinatorId: string | null;
  priority: Priority;
  openedOn: string;
  closedOn: string | null;
  closeReason: string | null;
  nextActionOn: string | null;
  summary: string | null;
  createdById: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}
