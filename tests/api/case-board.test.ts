import { demoColleagues, startApi, TestApi } from '../support/api';

const q = (params: Record<string, unknown>) =>
  new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, JSON.stringify(v)])).toString();

/** GET /api/cases/board: the open cases as cards (what a card shows), the details on demand. */
describe('the journey board answers cards, not cases', () => {
  let api: TestApi;
  let as: Record<'advisor' | 'advisor2' | 'coordinator' | 'manager' | 'admin', { Authorization: string }>;
  let ids: Record<string, string>;
  beforeAll(async () => {
    api = await startApi();
    ({ as, ids } = await demoColleagues(api));
  });
  afterAll(() => api.close());

  const organisation = async (name: string) =>
    (await api.http.post('/api/organisations').set(as.advisor).send({ name }).expect(201)).body.id as string;

  it('sends each open case once as [id, stage, organisation, title, advisor, priority, next action], advisors by index', async () => {
    const first = (
      await api.http
        .post('/api/cases')
        .set(as.coordinator)
        .send({
          organisationId: await organisation('Atelier Brique'),
          title: 'Démarrage',
          advisorId: ids.advisor,
          priority: 'high',
          nextActionOn: '2026-12-01',
        })
        .expect(201)
    ).body;
    const second = (
      await api.http
        .post('/api/cases')
        .set(as.coordinator)
        .send({
          organisationId: await organisation('Coopérative Zinneke'),
          title: 'Croissance',
          advisorId: ids.advisor2,
        })
        .expect(201)
    ).body;
    const unassigned = (
      await api.http
        .post('/api/cases')
        .set(as.coordinator)
        .send({ organisationId: await organisation('Sans conseiller'), title: 'Accueil', nextActionOn: '2026-11-30' })
        .expect(201)
    ).body;
    const closed = (
      await api.http
        .post('/api/cases')
        .set(as.coordinator)
        .send({ organisationId: await organisation('Fermée'), title: 'Fini', advisorId: ids.advisor })
        .expect(201)
    ).body;
    await api.http
      .put(`/api/cases/${closed.id}`)
      .set(as.coordinator)
      .send({ ...closed, status: 'closed', stage: 'closed', closeReason: 'completed' })
      .expect(200);

    const res = await api.http
      .get(`/api/cases/board?${q({ sort: ['nextActionOn', 'ASC'] })}`)
      .set(as.manager)
      .expect(200);
    expect(res.body.fields).toEqual([
      'id',
      'stage',
      'organisationName',
      'title',
      'advisor',
      'priority',
      'nextActionOn',
    ]);
    expect(res.body.total).toBe(3);
    const advisor = (id: string) => res.body.advisors.findIndex((a: { id: string }) => a.id === id);
    expect(res.body.advisors.map((a: { fullName: string }) => typeof a.fullName)).toEqual(['string', 'string']);
    expect(res.body.titles).toEqual(['Accueil', 'Démarrage', 'Croissance']);
    expect(res.body.cards).toEqual([
      [unassigned.id, 'intake', 'Sans conseiller', 0, null, 'normal', '2026-11-30'],
      [first.id, 'intake', 'Atelier Brique', 1, advisor(ids.advisor), 'high', '2026-12-01'],
      [second.id, 'intake', 'Coopérative Zinneke', 2, advisor(ids.advisor2), 'normal', null],
    ]);
    // The list's filters apply; closed cases never show; a card's details (version included) on demand.
    const mine = await api.http
      .get(`/api/cases/board?${q({ filter: { advisorId: ids.advisor } })}`)
      .set(as.advisor)
      .expect(200);
    expect(mine.body.cards.map((card: unknown[]) => card[0])).toEqual([first.id]);
    expect((await api.http.get(`/api/cases/${first.id}`).set(as.advisor).expect(200)).body).toMatchObject({
      id: first.id,
      version: 1,
    });
    await api.http
      .get(`/api/cases/board?${q({ filter: { nope: 1 } })}`)
      .set(as.advisor)
      .expect(400);
    await api.http.get('/api/cases/board').expect(401);
  });

  it('1,000 open cases fit in under 150 KB, even with long organisation names', async () => {
    await api.sql(
      `INSERT INTO organisations (name) SELECT 'Entreprise sociale de la rue ' || g || ' à Molenbeek-Saint-Jean' FROM generate_series(1, 1000) g`,
    );
    await api.sql(
      `INSERT INTO cases (organisation_id, title, stage, status, advisor_id, priority, opened_on, next_action_on, coordinator_id)
       SELECT o.id, 'Accompagnement au plan financier et à la gouvernance', 'diagnosis', 'open', $1, 'normal', '2026-01-01', '2026-12-15', $2
         FROM organisations o WHERE o.name LIKE 'Entreprise sociale de la rue %'`,
      [ids.advisor, ids.coordinator],
    );
    const res = await api.http
      .get(`/api/cases/board?${q({ range: [0, 999], sort: ['nextActionOn', 'ASC'] })}`)
      .set(as.advisor)
      .set('Accept-Encoding', 'identity')
      .expect(200);
    expect(res.body.cards).toHaveLength(1000);
    expect(res.body.total).toBe(1003);
    expect(Buffer.byteLength(res.text)).toBeLessThan(150 * 1024);
  });
});
