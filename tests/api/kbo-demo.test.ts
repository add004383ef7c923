import { DEMO_KBO_NEWCOMERS } from '../../api/src/seed/kbo-demo';
import { demoColleagues, startApi, TestApi } from '../support/api';

describe('the demo KBO extract', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({}, { demoRegister: true });
  });
  afterAll(() => api.close());

  it('is loaded in demo mode (a full extract and its update), so lookups, proposals and the banner can be tried', async () => {
    const { as } = await demoColleagues(api);
    const loads = (await api.http.get('/api/kbo/loads').set(as.admin).expect(200)).body;
    expect(loads.map((l: { extractNumber: number; status: string }) => [l.extractNumber, l.status])).toEqual([
      [2, 'done'],
      [1, 'done'],
    ]);
    const newcomer = (
      await api.http.get(`/api/kbo/enterprises/${DEMO_KBO_NEWCOMERS[0].number}`).set(as.advisor).expect(200)
    ).body;
    expect(newcomer.names[0].value).toBe('Les Jardins Partagés de Forest');
    const changes = (await api.http.get('/api/kbo/changes').set(as.advisor).expect(200)).body;
    expect(changes.map((c: { changes: { field: string }[] }) => c.changes[0].field).sort()).toEqual([
      'juridicalSituation',
      'name',
    ]);
    const alerts = (await api.http.get('/api/kbo/alerts').set(as.advisor).expect(200)).body;
    expect(alerts).toHaveLength(1);
    expect(alerts[0].alert).toBe('bankruptcy');
  });
});
