/** One bucket of a breakdown: a code (or id) and how many. */
export interface Bucket {
  key: string;
  label?: string;
  count: number;
}

/** `GET /api/reports/overview`. */
export interface Overview {
  /** When the server computed these figures (it serves them again for a minute). */
  computedAt: string;
  period: { from: string; to: string };
  scope: { advisorId: string | null; sector: string | null };
  organisations: {
    supported: number;
    byStage: Bucket[];
    bySector: Bucket[];
    byLegalForm: Bucket[];
    byMunicipality: Bucket[];
  };
  cases: { opened: number; closed: number };
  meetings: { total: number; byAdvisor: Bucket[]; byMonth: Bucket[]; byChannel: Bucket[] };
  assessments: { final: number; byVerdict: Bucket[] };
  recognitions: {
    byStatus: Bucket[];
    renewalsDueCount: number;
    renewalsDue: { id: string; organisationId: string; organisationName: string; kind: string; validUntil: string }[];
  };
  referrals: {
    total: number;
    byPartner: Bucket[];
    byStatus: Bucket[];
    byPartnerAndStatus: { partner: string; status: string; count: number }[];
    /** Referrals of the period a partner answered (accepted or declined), and those accepted: the rate's parts. */
    answered?: number;
    accepted?: number;
    acceptanceRate: number | null;
    completionRate: number | null;
  };
  medianDays: { caseOpeningToFirstMeeting: number | null; caseOpeningToReferral: number | null };
}

export interface OverviewQuery {
  from: string;
  to: string;
  advisorId?: string;
  sector?: string;
}

/** A breakdown ready to draw and to download: every row labelled in the user's language. */
export interface LabelledRow {
  key: string;
  label: string;
  count: number;
}
