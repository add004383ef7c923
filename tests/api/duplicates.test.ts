import { demoColleagues, startApi, TestApi } from '../support/api';
import { kboNumberFrom } from '../support/kbo-extracts';

type Who = 'advisor' | 'advisor2' | 'coordinator' | 'manager' | 'admin';

describe('duplicates and merge', () => {
  let api: TestApi;
  let as: Record<Who, { Authorization: string }>;
  let ids: Record<string, string>;
  beforeAll(async () => {
    api = await startApi();
    ({ as, ids } = await demoColleagues(api));
  });
  afterAll(() => api.close());

  const organisation = async (body: object) =>
    (await api.http.post('/api/organisations').set(as.advisor).send(body).expect(201)).body.id as string;
  const openCase = (organisationId: string) =>
    api.http
      .post('/api/cases')
      .set(as.coordinator)
      .send({ organisationId, title: 'Parcours', advisorId: ids.advisor })
      .expect(201);

  it('finds likely duplicates of an organisation with a score and reasons, accent- and legal-form-blind', async () => {
    const first = await organisation({
      name: 'ASBL Les Petits Riens',
      website: 'https://www.petitsriens.example.be',
      phone: '+32 2 537 30 26',
    });
    const second = await organisation({
      name: 'Les Petits Riens vzw',
      website: 'http://petitsriens.example.be/nl',
      phone: '02 537 30 26',
    });
    const third = await organisation({ name: 'Les Pétits Riéns', street: 'Rue Américaine 101', postcode: '1050' });
    const unrelated = await organisation({
      name: 'Atelier Vélo Canal',
      street: 'Rue Américaine 101',
      postcode: '1050',
    });
    const found = (await api.http.get(`/api/organisations/${first}/duplicates`).set(as.manager).expect(200)).body;
    expect(found.map((m: { record: { id: string } }) => m.record.id)).toEqual([second, third]);
    expect(found[0].score).toBe(1);
    expect(found[0].reasons.map((r: { code: string }) => r.code)).toEqual([
      'similar_name',
      'same_website',
      'same_phone',
    ]);
    expect(found[0].reasons[0]).toEqual({ code: 'similar_name', similarity: 1 });
    expect(found[1].score).toBeCloseTo(0.6);
    const byAddress = (await api.http.get(`/api/organisations/${unrelated}/duplicates`).set(as.advisor).expect(200))
      .body;
    expect(byAddress).toEqual([]); // a shared address alone is not enough
  });

  it('the CSV import reports a row that looks like an existing organisation under another name instead of creating it', async () => {
    const csv =
      'name,website,postcode\nPetits Riens (Les) ASBL,https://petitsriens.example.be,1050\nUne toute nouvelle coopérative,,1000\n';
    const report = (
      await api.http
        .post('/api/organisations/import')
        .set(as.advisor)
        .set('Content-Type', 'text/csv')
        .send(csv)
        .expect(200)
    ).body;
    expect(report.rows[0]).toMatchObject({ line: 2, action: 'refuse' });
    expect(report.rows[0].reasons[0]).toMatch(
      /^ressemble à (ASBL Les Petits Riens|Les Petits Riens vzw), déjà au registre \(nom semblable, même site web/,
    );
    expect(report.rows[1]).toMatchObject({ action: 'create' });
  });

  it('lists likely pairs across the register for coordinators, best first, and remembers "not a duplicate"', async () => {
    await api.http.get('/api/duplicates').set(as.advisor).expect(403);
    const pairs = (await api.http.get('/api/duplicates?kind=organisation').set(as.coordinator).expect(200)).body;
    expect(pairs.length).toBeGreaterThanOrEqual(2);
    expect(pairs[0].score).toBeGreaterThanOrEqual(pairs[pairs.length - 1].score);
    const top = pairs[0];
    expect([top.first.name, top.second.name].sort()).toEqual(['ASBL Les Petits Riens', 'Les Petits Riens vzw']);
    await api.http
      .post('/api/duplicates/dismissals')
      .set(as.coordinator)
      .send({ kind: 'organisation', firstId: top.second.id, secondId: top.first.id })
      .expect(201);
    const after = (await api.http.get('/api/duplicates').set(as.coordinator).expect(200)).body;
    expect(
      after.find(
        (p: { first: { id: string }; second: { id: string } }) =>
          [p.first.id, p.second.id].sort().join() === [top.first.id, top.second.id].sort().join(),
      ),
    ).toBeUndefined();
    const ofFirst = (
      await api.http.get(`/api/organisations/${top.first.id}/duplicates`).set(as.coordinator).expect(200)
    ).body;
    expect(ofFirst.map((m: { record: { id: string } }) => m.record.id)).not.toContain(top.second.id);
    const bad = await api.http
      .post('/api/duplicates/dismissals')
      .set(as.coordinator)
      .send({ kind: 'nothing', firstId: top.first.id, secondId: 'x' })
      .expect(400);
    expect(bad.body.errors).toHaveProperty('kind');
  });

  it('merges every record hanging on the source into the survivor, in one go, leaving a tombstone that redirects and one audit line', async () => {
    const survivor = await organisation({ name: 'Brussels Food Lab', tags: ['horeca'], sectors: ['sustainable_food'] });
    const source = await organisation({
      name: 'Brussels Food Lab ASBL',
      enterpriseNumber: kboNumberFrom('08601234'),
      website: 'https://foodlab.example.be',
      tags: ['canal-zone'],
      sectors: ['work_integration'],
    });
    await openCase(source);
    const contact = (
      await api.http
        .post('/api/contacts')
        .set(as.advisor)
        .send({ organisationId: source, firstName: 'Amina', lastName: 'Diallo', isPrimary: true })
    ).body.id;
    await api.http
      .post('/api/contacts')
      .set(as.advisor)
      .send({ organisationId: survivor, firstName: 'Jan', lastName: 'Peeters', isPrimary: true })
      .expect(201);
    await api.http
      .post('/api/meetings')
      .set(as.advisor)
      .send({ organisationId: source, subject: 'Diagnostic', occurredAt: '2026-10-01T10:00:00Z' })
      .expect(201);
    await api.http.post('/api/tasks').set(as.advisor).send({ title: 'Rappeler', organisationId: source }).expect(201);
    await api.http.post('/api/assessments').set(as.advisor).send({ organisationId: source }).expect(201);
    await api.http
      .post('/api/recognitions')
      .set(as.advisor)
      .send({ organisationId: source, kind: 'brussels_esd' })
      .expect(201);
    await api.http
      .post('/api/referrals')
      .set(as.advisor)
      .send({ organisationId: source, partner: 'bissib' })
      .expect(201);

    await api.http.post(`/api/organisations/${survivor}/merge`).set(as.advisor).send({ sourceId: source }).expect(403);
    const merged = await api.http
      .post(`/api/organisations/${survivor}/merge`)
      .set(as.coordinator)
      .send({ sourceId: source, fields: { website: 'source' } })
      .expect(200);
    expect(merged.body.survivor).toMatchObject({
      id: survivor,
      name: 'Brussels Food Lab',
      website: 'https://foodlab.example.be',
      enterpriseNumber: expect.stringMatching(/^0860\.123\.4/),
      stage: 'intake',
      advisorId: ids.advisor,
    });
    expect(merged.body.survivor.tags.sort()).toEqual(['canal-zone', 'horeca']);
    expect(merged.body.survivor.sectors.sort()).toEqual(['sustainable_food', 'work_integration']);
    expect(merged.body.moved).toMatchObject({
      contacts: 1,
      cases: 1,
      meetings: 1,
      tasks: 1,
      assessments: 1,
      recognitions: 1,
      referrals: 1,
    });

    for (const table of ['contacts', 'cases', 'meetings', 'tasks', 'assessments', 'recognitions', 'referrals']) {
      expect(await api.sql(`SELECT 1 FROM ${table} WHERE organisation_id = $1`, [source])).toEqual([]);
      expect(
        (await api.sql(`SELECT 1 FROM ${table} WHERE organisation_id = $1`, [survivor])).length,
      ).toBeGreaterThanOrEqual(1);
    }
    const primaries = await api.sql(`SELECT id FROM contacts WHERE organisation_id = $1 AND is_primary`, [survivor]);
    expect(primaries).toHaveLength(1);
    expect((await api.http.get(`/api/contacts/${contact}`).set(as.advisor).expect(200)).body.organisationId).toBe(
      survivor,
    );

    const tombstone = await api.http.get(`/api/organisations/${source}`).set(as.advisor).redirects(0).expect(301);
    expect(tombstone.headers.location).toBe(`/api/organisations/${survivor}`);
    expect(tombstone.body).toMatchObject({ code: 'organisation.merged', mergedIntoId: survivor });
    const list = (
      await api.http
        .get('/api/organisations')
        .query({ filter: JSON.stringify({ q: 'Food Lab' }) })
        .set(as.advisor)
        .expect(200)
    ).body;
    expect(list.map((o: { id: string }) => o.id)).toEqual([survivor]);

    const audit = await api.sql(
      `SELECT user_id, entity_id, changes FROM audit_log WHERE action = 'merge' AND entity = 'organisations'`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      user_id: ids.coordinator,
      entity_id: survivor,
      changes: { survivorId: survivor, sourceId: source },
    });
  });

  it('refuses with 409 when both have an open case or their enterprise numbers differ, changing nothing', async () => {
    const a = await organisation({ name: 'Ressourcerie du Canal' });
    const b = await organisation({ name: 'Ressourcerie du Canal ASBL' });
    await openCase(a);
    await openCase(b);
    const open = await api.http
      .post(`/api/organisations/${a}/merge`)
      .set(as.coordinator)
      .send({ sourceId: b })
      .expect(409);
    expect(open.body).toMatchObject({ code: 'organisation.merge_open_cases' });
    const c = await organisation({ name: 'Ferme Urbaine', enterpriseNumber: kboNumberFrom('08701234') });
    const d = await organisation({ name: 'Ferme Urbaine', enterpriseNumber: kboNumberFrom('08702345') });
    const numbers = await api.http
      .post(`/api/organisations/${c}/merge`)
      .set(as.admin)
      .send({ sourceId: d })
      .expect(409);
    expect(numbers.body).toMatchObject({ code: 'organisation.merge_numbers_differ' });
    expect(
      await api.sql(
        `SELECT merged_into_id FROM organisations WHERE id = ANY($1::uuid[]) AND merged_into_id IS NOT NULL`,
        [[a, b, c, d]],
      ),
    ).toEqual([]);
    const badField = await api.http
      .post(`/api/organisations/${c}/merge`)
      .set(as.admin)
      .send({ sourceId: d, fields: { archived: 'source' } })
      .expect(400);
    expect(badField.body.errors).toHaveProperty(['fields.archived']);
  });

  it('of two merges racing on the same pair, one wins and the other gets a 409', async () => {
    const a = await organisation({ name: 'Repair Café Ixelles' });
    const b = await organisation({ name: 'Repair Café Elsene' });
    const answers = await Promise.all([
      api.http.post(`/api/organisations/${a}/merge`).set(as.coordinator).send({ sourceId: b }),
      api.http.post(`/api/organisations/${b}/merge`).set(as.admin).send({ sourceId: a }),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = answers.find((r) => r.status === 409)!;
    expect(loser.body.code).toBe('organisation.already_merged');
    const tombstones = await api.sql(
      `SELECT id FROM organisations WHERE id = ANY($1::uuid[]) AND merged_into_id IS NOT NULL`,
      [[a, b]],
    );
    expect(tombstones).toHaveLength(1);
  });

  it('finds and merges contacts the same way: meetings follow, the tombstone redirects', async () => {
    const org = await organisation({ name: 'Maison de Quartier Nord' });
    const other = await organisation({ name: 'Épicerie Sociale Nord' });
    const survivor = (
      await api.http
        .post('/api/contacts')
        .set(as.advisor)
        .send({ organisationId: org, firstName: 'Sophie', lastName: 'Lemaître', email: 'sophie@mqn.example.be' })
        .expect(201)
    ).body.id;
    const source = (
      await api.http
        .post('/api/contacts')
        .set(as.advisor)
        .send({
          organisationId: other,
          firstName: 'Sophie',
          lastName: 'Lemaitre',
          email: 'SOPHIE@mqn.example.be',
          phone: '+32 470 12 34 56',
        })
        .expect(201)
    ).body.id;
    const found = (await api.http.get(`/api/contacts/${survivor}/duplicates`).set(as.advisor).expect(200)).body;
    expect(found[0]).toMatchObject({ record: { id: source }, score: 1 });
    expect(found[0].reasons.map((r: { code: string }) => r.code)).toEqual(['same_email', 'similar_name']);
    const meeting = (
      await api.http
        .post('/api/meetings')
        .set(as.advisor)
        .send({ organisationId: other, subject: 'Visite', occurredAt: '2026-10-02T10:00:00Z', contactIds: [source] })
        .expect(201)
    ).body.id;
    const merged = await api.http
      .post(`/api/contacts/${survivor}/merge`)
      .set(as.coordinator)
      .send({ sourceId: source, fields: { phone: 'source' } })
      .expect(200);
    expect(merged.body.survivor).toMatchObject({ id: survivor, phone: '+32 470 12 34 56', organisationId: org });
    expect((await api.http.get(`/api/meetings/${meeting}`).set(as.advisor).expect(200)).body.contactIds).toEqual([
      survivor,
    ]);
    const tombstone = await api.http.get(`/api/contacts/${source}`).set(as.advisor).redirects(0).expect(301);
    expect(tombstone.body).toMatchObject({ code: 'contact.merged', mergedIntoId: survivor });
    expect(
      await api.sql(`SELECT 1 FROM audit_log WHERE action = 'merge' AND entity = 'contacts' AND entity_id = $1`, [
        survivor,
      ]),
    ).toHaveLength(1);
  });
});
