import type { RecognitionKind, RecognitionTerm } from './recognition-rules';

/** Every dossier item any kind of file may hold (DOMAIN.md "The file holds"). */
export const CHECKLIST_ITEMS = [
  'application_form',
  'standard_form',
  'activity_report',
  'statutes',
  'accounts_last_3_years',
  'starting_budget',
  'staff_and_evolution',
  'wage_tension_calculation',
  'board_and_organisation_chart',
  'yearly_open_meeting_proof',
  'board_composition',
  'sustainable_practices',
  'target_public_staff',
  'supervision_staff',
  'tax_and_social_security_clearance',
] as const;
export type ChecklistItemCode = (typeof CHECKLIST_ITEMS)[number];
export interface ChecklistItem {
  code: ChecklistItemCode;
  done: boolean;
  note: string;
}

/** What the dossier depends on besides the kind: the term, and whether the enterprise has 3 years of accounts yet. */
interface DossierFacts {
  kind: RecognitionKind;
  term: RecognitionTerm;
  /** Registered less than 3 years ago (or not yet): its budget or business plan instead of 3 years of accounts. */
  starting: boolean;
}

/**
 * The dossier per kind. A Brussels approval: the application form (from the first renewal on, the
 * standard form proving each characteristic), the activity report on the three principles, statutes
 * and/or internal rules, 3 years of accounts (a starting enterprise: its budget), staff, wage tension,
 * board and organisation chart, the yearly open meeting; ESD only the board's composition (at most 49%
 * from enterprises without a social aim, 25% from public authorities), IPES only its sustainable
 * production and consumption practices. The mandate: the call's application, its target-public and
 * supervising staff, no tax or social-security debts. The federal approvals: application and statutes.
 */
export function dossierItems({ kind, term, starting }: DossierFacts): ChecklistItemCode[] {
  if (kind === 'brussels_esi_mandate')
    return ['application_form', 'target_public_staff', 'supervision_staff', 'tax_and_social_security_clearance'];
  if (kind === 'federal_cnc_cooperative' || kind === 'federal_social_enterprise')
    return ['application_form', 'statutes'];
  return [
    term === 'first' ? 'application_form' : 'standard_form',
    'activity_report',
    'statutes',
    starting ? 'starting_budget' : 'accounts_last_3_years',
    'staff_and_evolution',
    'wage_tension_calculation',
    'board_and_organisation_chart',
    'yearly_open_meeting_proof',
    kind === 'brussels_esd' ? 'board_composition' : 'sustainable_practices',
  ];
}

/** The dossier's items in order, with what was said about each so far (items of another shape are kept aside, not lost). */
export function shapedChecklist(
  facts: DossierFacts,
  given: ReadonlyArray<{ code: string; done: boolean; note?: string }> = [],
): ChecklistItem[] {
  const byCode = new Map(given.map((item) => [item.code, item]));
  return dossierItems(facts).map((code) => ({
    code,
    done: byCode.get(code)?.done ?? false,
    note: byCode.get(code)?.note ?? '',
  }));
}

export function emptyChecklist(facts: DossierFacts): ChecklistItem[] {
  return shapedChecklist(facts);
}

/** Share of the dossier's items done, 0 to 1 with two decimals. */
export function checklistProgress(items: ChecklistItem[]): number {
  return items.length ? Math.round((items.filter((i) => i.done).length / items.length) * 100) / 100 : 0;
}
