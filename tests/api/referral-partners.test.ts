import { demoColleagues, startApi, TestApi } from '../support/api';

/** Referral partners as data admins keep: COOPCITY and BISSIB seeded, others added without a migration. */
describe('referral partners', () => {
  let api: TestApi;
  let as: Record<'advisor' | 'advisor2' | 'coordinator' | 'manager' | 'admin', { Authorization: string }>;
  let organisationId: string;
  beforeAll(async () => {
    api = await startApi();
    let ids: Record<string, string>;
    ({ as, ids } = await demoColleagues(api));
    organisationId = (
      await api.http.post('/api/organisations').set(as.advisor).send({ name: 'Coopérative du Canal' }).expect(201)
    ).body.id;
    await api.http
      .post('/api/cases')
      .set(as.coordinator)
      .send({ organisationId, title: 'Parcours', advisorId: ids.advisor })
      .expect(201);
  });
  afterAll(() => api.close());

  const refer = (body: object) =>
    api.http
      .post('/api/referrals')
      .set(as.advisor)
      .send({ organisationId, ...body });
  const move = (id: string, status: string, body: object = {}) =>
    api.http
      .post(`/api/referrals/${id}/move`)
      .set(as.advisor)
      .send({ status, ...body });

  it('starts with COOPCITY (programmes) and BISSIB (a network); everyone reads them', async () => {
    const list = await api.http.get('/api/partners').set(as.manager).expect(200);
    expect(list.body.map((p: { id: string; kind: string }) => [p.id, p.kind])).toEqual(
      expect.arrayContaining([
        ['coopcity', 'programme'],
        ['bissib', 'network'],
      ]),
    );
    expect(list.headers['content-range']).toMatch(/^partners 0-\d+\/2$/);
    const bissib = await api.http.get('/api/partners/bissib').set(as.advisor).expect(200);
    expect(bissib.body).toMatchObject({
      nameFr: 'BISSIB – Bruxelles Innovation Sociale',
      nameNl: 'BISSIB – Sociale Innovatie Brussel',
      active: true,
    });
    await api.http.get('/api/partners/nobody').set(as.advisor).expect(404);
  });

  it('admins add a service partner (Crédal) without a migration; others may not; referrals to it need no programme', async () => {
    const body = { id: 'credal', nameFr: 'Crédal', nameNl: 'Crédal', kind: 'service' };
    await api.http.post('/api/partners').set(as.coordinator).send(body).expect(403);
    await api.http
      .post('/api/partners')
      .set(as.admin)
      .send({ ...body, id: 'Crédal !' })
      .expect(400);
    await api.http
      .post('/api/partners')
      .set(as.admin)
      .send({ ...body, kind: 'bank' })
      .expect(400);
    const created = await api.http.post('/api/partners').set(as.admin).send(body).expect(201);
    expect(created.body).toMatchObject({ ...body, active: true, version: 1 });
    await api.http.post('/api/partners').set(as.admin).send(body).expect(409);
    const referral = (await refer({ partner: 'credal' }).expect(201)).body;
    expect(referral).toMatchObject({ partner: 'credal', programmeId: null, status: 'proposed' });
    await move(referral.id, 'sent').expect(200);
    // A service is not a network: no completion without acceptance.
    expect((await move(referral.id, 'completed', { outcome: 'Prêt accordé' }).expect(422)).body.allowed).toEqual([
      'accepted',
      'declined',
      'cancelled',
    ]);
    const filtered = await api.http
      .get(`/api/referrals?filter=${encodeURIComponent(JSON.stringify({ partner: 'credal' }))}`)
      .set(as.manager)
      .expect(200);
    expect(filtered.body.map((r: { id: string }) => r.id)).toEqual([referral.id]);
  });

  it('a programme partner needs one of its programmes; a network allows sent -> completed', async () => {
    const missing = await refer({ partner: 'coopcity' }).expect(400);
    expect(missing.body.errors.programmeId).toMatch(/COOPCITY/);
    const network = (await refer({ partner: 'bissib' }).expect(201)).body;
    await move(network.id, 'sent').expect(200);
    const completed = await move(network.id, 'completed', { outcome: 'Présentée au réseau' }).expect(200);
    expect(completed.body).toMatchObject({
      status: 'completed',
      outcome: 'Présentée au réseau',
      completedOn: new Date().toISOString().slice(0, 10),
    });
  });

  it('an unknown or retired partner is refused by field; existing referrals keep their partner', async () => {
    expect((await refer({ partner: 'nobody' }).expect(400)).body.errors).toHaveProperty('partner');
    await api.http
      .post('/api/partners')
      .set(as.admin)
      .send({ id: 'sawb', nameFr: 'SAW-B', nameNl: 'SAW-B', kind: 'service' })
      .expect(201);
    const kept = (await refer({ partner: 'sawb' }).expect(201)).body;
    const retired = await api.http.delete('/api/partners/sawb').set(as.admin).expect(200);
    expect(retired.body.active).toBe(false);
    expect((await refer({ partner: 'sawb' }).expect(400)).body.errors).toHaveProperty('partner');
    expect((await api.http.get(`/api/referrals/${kept.id}`).set(as.manager).expect(200)).body.partner).toBe('sawb');
    const renamed = await api.http
      .put('/api/partners/sawb')
      .set(as.admin)
      .send({ version: retired.body.version, nameNl: 'SAW-B (Solidarité des Alternatives Wallonnes et Bruxelloises)' })
      .expect(200);
    expect(renamed.body).toMatchObject({
      id: 'sawb',
      nameNl: 'SAW-B (Solidarité des Alternatives Wallonnes et Bruxelloises)',
    });
    expect(
      await api.sql(`SELECT action FROM audit_log WHERE entity = 'partners' AND entity_id = 'sawb' ORDER BY id`),
    ).toEqual([{ action: 'create' }, { action: 'update' }, { action: 'update' }]);
  });

  it('a partner admins added reads by its name, never its code, in the timeline and the exports, in French and Dutch', async () => {
    await api.http
      .post('/api/partners')
      .set(as.admin)
      .send({
        id: 'actiris',
        nameFr: 'Actiris – Service emploi',
        nameNl: 'Actiris – Werkgelegenheidsdienst',
        kind: 'service',
      })
      .expect(201);
    const referral = (await refer({ partner: 'actiris' }).expect(201)).body;
    await move(referral.id, 'sent').expect(200);
    const summaries = async (lang: string) =>
      (
        await api.http.get(`/api/organisations/${organisationId}/timeline?lang=${lang}`).set(as.advisor).expect(200)
      ).body
        .filter((e: { refId: string }) => e.refId === referral.id)
        .map((e: { summary: string }) => e.summary);
    expect(await summaries('fr')).toEqual([
      'Actiris – Service emploi : Proposée → Envoyée',
      'Actiris – Service emploi : Proposée',
    ]);
    expect(await summaries('nl')).toEqual([
      'Actiris – Werkgelegenheidsdienst: Voorgesteld → Verstuurd',
      'Actiris – Werkgelegenheidsdienst: Voorgesteld',
    ]);
    const entry = (
      await api.http.get(`/api/organisations/${organisationId}/timeline`).set(as.advisor).expect(200)
    ).body.find((e: { refId: string }) => e.refId === referral.id);
    expect(entry.params).toMatchObject({
      partner: 'actiris',
      partnerName: { fr: 'Actiris – Service emploi', nl: 'Actiris – Werkgelegenheidsdienst' },
    });
    const filter = encodeURIComponent(JSON.stringify({ partner: 'actiris' }));
    const csv = async (lang: string) =>
      (await api.http.get(`/api/reports/referrals.csv?lang=${lang}&filter=${filter}`).set(as.manager).expect(200)).text;
    expect(await csv('fr')).toContain(';Actiris – Service emploi;');
    expect(await csv('nl')).toContain(';Actiris – Werkgelegenheidsdienst;');
    expect(await csv('nl')).not.toContain('actiris;');
  });

  it('demo programme names do not look official: only Innovate keeps its name', async () => {
    const names = (
      await api.http.get('/api/programmes?filter=%7B%22partner%22%3A%22coopcity%22%7D').set(as.manager).expect(200)
    ).body.map((p: { name: string }) => p.name);
    expect(names).toContain('COOPCITY – Innovate');
    for (const name of names.filter((n: string) => !n.includes('Innovate')))
      expect(name).toMatch(/exemple|nom à confirmer/i);
  });
});
