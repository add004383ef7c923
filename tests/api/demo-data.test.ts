import { DEMO_ORGANISATIONS } from '../../api/src/seed/demo-organisations';
import { checkEnterpriseNumber } from '../../api/src/domain/enterprise-number';
import { LEGAL_FORMS, SECTORS } from '../../api/src/domain/organisation-codes';
import { bearer, startApi, TestApi } from '../support/api';

describe('the demo register', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startApi({}, { demoRegister: true })));
  afterAll(() => api.close());

  it('has about 60 organisations with valid numbers, every legal form and sector, all 19 municipalities, and contacts', async () => {
    const auth = bearer(await api.token('advisor'));
    const res = await api.http.get('/api/organisations').set(auth).expect(200);
    expect(res.body.length).toBe(DEMO_ORGANISATIONS.length);
    expect(res.body.length).toBeGreaterThanOrEqual(55);
    for (const o of res.body)
      if (o.enterpriseNumber) expect(checkEnterpriseNumber(o.enterpriseNumber).valid).toBe(true);
    expect(new Set(res.body.map((o: { legalForm: string }) => o.legalForm))).toEqual(new Set(LEGAL_FORMS));
    expect(new Set(res.body.flatMap((o: { sectors: string[] }) => o.sectors))).toEqual(new Set(SECTORS));
    expect(new Set(res.body.map((o: { municipality: string }) => o.municipality).filter(Boolean)).size).toBe(19);
    const [{ n }] = await api.sql(`SELECT count(DISTINCT organisation_id)::int AS n FROM contacts WHERE is_primary`);
    expect(n).toBe(res.body.length);
  });

  it('gives the demo advisors open cases at several stages, with meetings, follow-up tasks, recognition files and referrals', async () => {
    const stages = await api.sql(`SELECT DISTINCT stage FROM cases WHERE status = 'open'`);
    expect(stages.length).toBeGreaterThanOrEqual(5);
    const [{ meetings }] = await api.sql(`SELECT count(*)::int AS meetings FROM meetings`);
    expect(meetings).toBeGreaterThan(10);
    const [{ tasks }] = await api.sql(
      `SELECT count(*)::int AS tasks FROM tasks t JOIN users u ON u.id = t.assignee_id WHERE u.email = 'advisor@demo.traject.brussels'`,
    );
    expect(tasks).toBeGreaterThan(0);
    const [{ files }] = await api.sql(`SELECT count(*)::int AS files FROM recognitions`);
    const [{ referrals }] = await api.sql(`SELECT count(*)::int AS referrals FROM referrals`);
    expect(files).toBeGreaterThan(0);
    expect(referrals).toBeGreaterThan(0);
    const [{ withStage }] = await api.sql(
      `SELECT count(*)::int AS "withStage" FROM organisations WHERE stage IS NOT NULL AND last_meeting_at IS NOT NULL`,
    );
    expect(withStage).toBeGreaterThan(5);
  });

  it('is consistent with the field: no decision before its submission, no GIE founded after 2019, AFT not EFT, no "société à finalité sociale"', async () => {
    expect(
      await api.sql(`SELECT id FROM recognitions WHERE decision_on < submitted_on OR valid_from < decision_on`),
    ).toEqual([]);
    const [{ files }] = await api.sql(`SELECT count(*)::int AS files FROM recognitions WHERE decision_on IS NOT NULL`);
    expect(files).toBeGreaterThan(0);
    expect(
      await api.sql(
        `SELECT r.id FROM recognition_events e JOIN recognitions r ON r.id = e.recognition_id WHERE e.to_status = 'approved' AND e.at::date < r.submitted_on`,
      ),
    ).toEqual([]);
    for (const o of DEMO_ORGANISATIONS) {
      if (/^GIE\b|groupement d'intérêt économique/i.test(`${o.name} ${o.description}`))
        expect((o.foundedOn ?? '') < '2019-05-01').toBe(true);
      expect(`${o.name} ${o.description} ${o.socialMission}`).not.toMatch(
        /société à finalité sociale|à finalité sociale|entreprise de formation par le travail/i,
      );
    }
  });
});
