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
    for (const o of res.body) if (o.enterpriseNumber) expect(checkEnterpriseNumber(o.enterpriseNumber).valid).toBe(true);
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
    const [{ tasks }] = await api.sql(`SELECT count(*)::int AS tasks FROM tasks t JOIN users u ON u.id = t.assignee_id WHERE u.email = 'advisor@demo.traject.brussels'`);
    expect(tasks).toBeGreaterThan(0);
    const [{ files }] = await api.sql(`SELECT count(*)::int AS files FROM recognitions`);
    const [{ referrals }] = await api.sql(`SELECT count(*)::int AS referrals FROM referrals`);
    expect(files).toBeGreaterThan(0);
    expect(referrals).toBeGreaterThan(0);
    const [{ withStage }] = await api.sql(`SELECT count(*)::int AS "withStage" FROM organisations WHERE stage IS NOT NULL AND last_meeting_at IS NOT NULL`);
    expect(withStage).toBeGreaterThan(5);
  });
});
