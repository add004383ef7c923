import {
  checklistProgress,
  dossierItems,
  emptyChecklist,
  shapedChecklist,
} from '../../api/src/domain/recognition-dossier';
import {
  EligibilityFacts,
  eligibilityWarnings,
  isStartingEnterprise,
} from '../../api/src/domain/recognition-eligibility';

describe('eligibility warnings', () => {
  const facts = (overrides: Partial<EligibilityFacts>): EligibilityFacts => ({
    kind: 'brussels_esd',
    status: 'preparing',
    legalForm: 'asbl_vzw',
    postcode: '1000',
    inBrussels: true,
    registeredOn: '2024-01-01',
    permanentFte: 0,
    selfEmployedPartners: null,
    mainOccupationPartners: null,
    brusselsApprovalWithdrawnOn: null,
    holdsValidApproval: false,
    today: '2026-11-27',
    ...overrides,
  });
  const codes = (f: EligibilityFacts) => eligibilityWarnings(f).map((w) => w.code);

  it('none for a young Brussels legal person', () => expect(codes(facts({}))).toEqual([]));

  it('a Brussels approval file for what is not a legal person: a de facto association or a project', () => {
    expect(codes(facts({ legalForm: 'de_facto_association' }))).toEqual(['not_a_legal_person']);
    expect(codes(facts({ kind: 'brussels_ipes', legalForm: 'not_incorporated' }))).toEqual(['not_a_legal_person']);
    expect(codes(facts({ kind: 'federal_cnc_cooperative', legalForm: 'sc_cv' }))).toEqual([]);
  });

  it('a federal approval on anything but a cooperative', () => {
    expect(codes(facts({ kind: 'federal_social_enterprise', legalForm: 'asbl_vzw' }))).toEqual(['not_a_cooperative']);
    expect(codes(facts({ kind: 'federal_social_enterprise', legalForm: 'sc_cv' }))).toEqual([]);
    expect(codes(facts({ kind: 'federal_cnc_cooperative', legalForm: 'srl_bv' }))).toEqual(['not_a_cooperative']);
  });

  it('the KBO says the enterprise stopped, or is bankrupt, liquidating or reorganising: not viable for a Brussels approval or mandate', () => {
    expect(codes(facts({ kboAlert: 'stopped' }))).toEqual(['enterprise_stopped']);
    expect(codes(facts({ kboAlert: 'bankruptcy' }))).toEqual(['not_viable']);
    expect(codes(facts({ kind: 'brussels_ipes', kboAlert: 'liquidation' }))).toEqual(['not_viable']);
    expect(
      codes(facts({ kind: 'brussels_esi_mandate', holdsValidApproval: true, kboAlert: 'reorganisation' })),
    ).toEqual(['not_viable']);
    expect(codes(facts({ kind: 'federal_cnc_cooperative', legalForm: 'sc_cv', kboAlert: 'bankruptcy' }))).toEqual([]);
    expect(codes(facts({ kboAlert: null }))).toEqual([]);
  });

  it('an address outside Brussels, or none', () => {
    expect(codes(facts({ postcode: '1300', inBrussels: false }))).toEqual(['outside_brussels']);
    expect(codes(facts({ postcode: null, inBrussels: null }))).toEqual(['no_address']);
  });

  it('the staff test counts from the registration date: 4 years or more needs one full-time permanent contract', () => {
    expect(codes(facts({ registeredOn: '2022-11-27' }))).toEqual(['staff_below_minimum']);
    expect(codes(facts({ registeredOn: '2022-11-28' }))).toEqual([]);
    expect(codes(facts({ registeredOn: '2010-01-01', permanentFte: 1 }))).toEqual([]);
    expect(codes(facts({ registeredOn: '2010-01-01', permanentFte: 0.8 }))).toEqual(['staff_below_minimum']);
  });

  it('an ESD may instead have three active self-employed partners, one as main occupation; an IPES may not', () => {
    const partners = {
      registeredOn: '2010-01-01',
      permanentFte: 0,
      selfEmployedPartners: 3,
      mainOccupationPartners: 1,
    };
    expect(codes(facts(partners))).toEqual([]);
    expect(codes(facts({ ...partners, mainOccupationPartners: 0 }))).toEqual(['staff_below_minimum']);
    expect(codes(facts({ ...partners, selfEmployedPartners: 2 }))).toEqual(['staff_below_minimum']);
    expect(codes(facts({ ...partners, kind: 'brussels_ipes', legalForm: 'public_body' }))).toEqual([
      'staff_below_minimum',
    ]);
  });

  it('the 5-year bar counts a Brussels approval withdrawn in the last 5 years', () => {
    expect(codes(facts({ brusselsApprovalWithdrawnOn: '2022-01-10' }))).toEqual(['withdrawn_recently']);
    expect(codes(facts({ brusselsApprovalWithdrawnOn: '2021-11-27' }))).toEqual([]);
    expect(codes(facts({ brusselsApprovalWithdrawnOn: '2021-11-28' }))).toEqual(['withdrawn_recently']);
  });

  it('a mandate needs a valid approval; an approved mandate whose approval lapsed is at risk', () => {
    expect(codes(facts({ kind: 'brussels_esi_mandate' }))).toEqual(['mandate_needs_approval']);
    expect(codes(facts({ kind: 'brussels_esi_mandate', holdsValidApproval: true }))).toEqual([]);
    expect(codes(facts({ kind: 'brussels_esi_mandate', status: 'approved' }))).toEqual(['mandate_at_risk']);
    expect(codes(facts({ kind: 'brussels_esi_mandate', status: 'approved', holdsValidApproval: true }))).toEqual([]);
  });

  it('no Brussels conditions for federal approvals', () =>
    expect(
      codes(
        facts({
          kind: 'federal_cnc_cooperative',
          legalForm: 'sc_cv',
          inBrussels: false,
          postcode: '1300',
          registeredOn: '2000-01-01',
        }),
      ),
    ).toEqual([]));
});

describe('the dossier checklist per kind', () => {
  it('an ESD first file: the application form, 3 years of accounts and the board composition', () => {
    expect(dossierItems({ kind: 'brussels_esd', term: 'first', starting: false })).toEqual([
      'application_form',
      'activity_report',
      'statutes',
      'accounts_last_3_years',
      'staff_and_evolution',
      'wage_tension_calculation',
      'board_and_organisation_chart',
      'yearly_open_meeting_proof',
      'board_composition',
    ]);
  });

  it('an IPES: its sustainable practices instead of the board composition; a starting enterprise its budget', () => {
    const items = dossierItems({ kind: 'brussels_ipes', term: 'first', starting: true });
    expect(items).toContain('sustainable_practices');
    expect(items).toContain('starting_budget');
    expect(items).not.toContain('board_composition');
    expect(items).not.toContain('accounts_last_3_years');
  });

  it('from the first renewal on, the standard form instead of the application form', () => {
    expect(dossierItems({ kind: 'brussels_esd', term: 'renewal', starting: false })[0]).toBe('standard_form');
    expect(dossierItems({ kind: 'brussels_esd', term: 'further', starting: false })).not.toContain('application_form');
  });

  it('the mandate and the federal approvals have their own dossiers', () => {
    expect(dossierItems({ kind: 'brussels_esi_mandate', term: 'first', starting: false })).toEqual([
      'application_form',
      'target_public_staff',
      'supervision_staff',
      'tax_and_social_security_clearance',
    ]);
    expect(dossierItems({ kind: 'federal_social_enterprise', term: 'first', starting: false })).toEqual([
      'application_form',
      'statutes',
    ]);
  });

  it('keeps what was said about each item, counts the share done', () => {
    const facts = { kind: 'brussels_esd' as const, term: 'first' as const, starting: false };
    expect(checklistProgress(emptyChecklist(facts))).toBe(0);
    const items = shapedChecklist(facts, [
      { code: 'statutes', done: true, note: 'ROI aussi' },
      { code: 'application_form', done: true },
      { code: 'target_public_staff', done: true },
    ]);
    expect(items).toHaveLength(9);
    expect(items.find((i) => i.code === 'statutes')).toEqual({ code: 'statutes', done: true, note: 'ROI aussi' });
    expect(checklistProgress(items)).toBe(0.22);
  });

  it('a starting enterprise is registered less than 3 years ago', () => {
    expect(isStartingEnterprise('2024-11-28', '2027-11-27')).toBe(true);
    expect(isStartingEnterprise('2024-11-27', '2027-11-27')).toBe(false);
    expect(isStartingEnterprise(null, '2027-11-27')).toBe(false);
  });
});
