import { bearer, startApi, TestApi } from '../support/api';

const q = (params: Record<string, unknown>) =>
  new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, JSON.stringify(v)])).toString();

describe('the register of organisations', () => {
  let api: TestApi;
  let advisor: { Authorization: string };
  beforeAll(async () => {
    api = await startApi();
    advisor = bearer(await api.token('advisor'));
  });
  afterAll(() => api.close());

  const create = (body: object, who = advisor) => api.http.post('/api/organisations').set(who).send(body);

  it('an advisor creates an organisation from just a name', async () => {
    const res = await create({ name: '  Atelier Sans Nom  ' }).expect(201);
    expect(res.body).toMatchObject({
      name: 'Atelier Sans Nom',
      enterpriseNumber: null,
      sectors: [],
      archived: false,
      version: 1,
      outsideBrussels: false,
    });
    const [row] = await api.sql('SELECT created_by_id FROM organisations WHERE id = $1', [res.body.id]);
    const [me] = await api.sql(`SELECT id FROM users WHERE email = 'advisor@demo.traject.brussels'`);
    expect(row.created_by_id).toBe(me.id);
  });

  it('stores the enterprise number as 10 digits and returns it formatted; the postcode gives the municipality', async () => {
    const res = await create({
      name: 'Coopérative Les Tartines',
      enterpriseNumber: '403 019 261',
      postcode: '1080',
      legalForm: 'sc_cv',
      sectors: ['sustainable_food', 'work_integration'],
      languages: ['fr', 'nl'],
    }).expect(201);
    expect(res.body).toMatchObject({ enterpriseNumber: '0403.019.261', municipality: '21012', outsideBrussels: false });
    expect(await api.sql('SELECT enterprise_number FROM organisations WHERE id = $1', [res.body.id])).toEqual([
      { enterprise_number: '0403019261' },
    ]);
  });

  it('refuses an invalid enterprise number with 400 naming the field and why', async () => {
    const res = await create({ name: 'Typo', enterpriseNumber: '0431.150.351' }).expect(400);
    expect(res.body.errors).toEqual({ enterpriseNumber: expect.stringMatching(/modulo 97/) });
    expect(res.body.errorCodes.enterpriseNumber.code).toBe('enterprise_number.mod97');
    const start = await create({ name: 'Unit', enterpriseNumber: '2.123.456.789' }).expect(400);
    expect(start.body.errors.enterpriseNumber).toMatch(/commencer par 0 ou 1/);
  });

  it('refuses a number already registered with 409 naming the field', async () => {
    await create({ name: 'First holder', enterpriseNumber: '0440.966.354' }).expect(201);
    const res = await create({ name: 'Second holder', enterpriseNumber: '0440966354' }).expect(409);
    expect(res.body.errors.enterpriseNumber).toBe('Ce numéro d’entreprise est déjà enregistré pour First holder.');
  });

  it('flags a postcode outside Brussels and lets the advisor correct the municipality', async () => {
    const outside = await create({ name: 'Wavre Solidaire', postcode: '1300' }).expect(201);
    expect(outside.body).toMatchObject({ municipality: null, outsideBrussels: true });
    const ixelles = await create({ name: 'Louise Lab', postcode: '1050' }).expect(201);
    expect(ixelles.body.municipality).toBe('21009');
    const corrected = await api.http
      .put(`/api/organisations/${ixelles.body.id}`)
      .set(advisor)
      .send({ ...ixelles.body, municipality: '21004' })
      .expect(200);
    expect(corrected.body.municipality).toBe('21004');
    const echoed = await api.http
      .put(`/api/organisations/${ixelles.body.id}`)
      .set(advisor)
      .send({ ...corrected.body, street: 'Avenue Louise 54' })
      .expect(200);
    expect(echoed.body.municipality).toBe('21004');
    const moved = await api.http
      .put(`/api/organisations/${ixelles.body.id}`)
      .set(advisor)
      .send({ ...echoed.body, postcode: '1060' })
      .expect(200);
    expect(moved.body.municipality).toBe('21013');
    const wrong = await api.http
      .put(`/api/organisations/${ixelles.body.id}`)
      .set(advisor)
      .send({ ...moved.body, municipality: '11002' })
      .expect(400);
    expect(wrong.body.errors).toHaveProperty('municipality');
  });

  it('validates codes and values, naming each field, and writes nothing', async () => {
    const before = await api.sql('SELECT count(*)::int AS n FROM organisations');
    const res = await create({
      name: '',
      legalForm: 'llc',
      sectors: ['knitting'],
      postcode: '10000',
      email: 'nope',
      employeesFte: -1,
      languages: ['de'],
      foundedOn: '31/12/2020',
      colour: 'blue',
    }).expect(400);
    expect(Object.keys(res.body.errors).sort()).toEqual([
      'colour',
      'email',
      'employeesFte',
      'foundedOn',
      'languages',
      'legalForm',
      'name',
      'postcode',
      'sectors',
    ]);
    expect(await api.sql('SELECT count(*)::int AS n FROM organisations')).toEqual(before);
  });

  it('a stale version is a 409 and changes nothing', async () => {
    const created = (await create({ name: 'Versioned' }).expect(201)).body;
    await api.http
      .put(`/api/organisations/${created.id}`)
      .set(advisor)
      .send({ ...created, description: 'first' })
      .expect(200);
    await api.http
      .put(`/api/organisations/${created.id}`)
      .set(advisor)
      .send({ ...created, description: 'second' })
      .expect(409);
    expect(await api.sql('SELECT description, version FROM organisations WHERE id = $1', [created.id])).toEqual([
      { description: 'first', version: 2 },
    ]);
  });

  it('read-only fields sent back are ignored', async () => {
    const created = (await create({ name: 'Read only' }).expect(201)).body;
    const res = await api.http
      .put(`/api/organisations/${created.id}`)
      .set(advisor)
      .send({
        ...created,
        stage: 'closed',
        recognitionStatus: 'approved',
        lastMeetingAt: '2020-01-01',
        advisorId: created.id,
        outsideBrussels: true,
      })
      .expect(200);
    expect(res.body).toMatchObject({ stage: null, recognitionStatus: null, lastMeetingAt: null, advisorId: null });
  });

  describe('as each role', () => {
    it('a manager reads but may not create, edit or delete (403)', async () => {
      const manager = bearer(await api.token('manager'));
      const created = (await create({ name: 'Managed' }).expect(201)).body;
      await api.http.get(`/api/organisations/${created.id}`).set(manager).expect(200);
      await api.http.get('/api/organisations').set(manager).expect(200);
      await create({ name: 'By a manager' }, manager).expect(403);
      await api.http
        .put(`/api/organisations/${created.id}`)
        .set(manager)
        .send({ ...created, name: 'x' })
        .expect(403);
      await api.http.delete(`/api/organisations/${created.id}`).set(manager).expect(403);
    });

    it('an advisor or coordinator deleting archives; the record stays', async () => {
      for (const role of ['advisor', 'coordinator'] as const) {
        const created = (await create({ name: `Archived by ${role}` }).expect(201)).body;
        const res = await api.http
          .delete(`/api/organisations/${created.id}`)
          .set(bearer(await api.token(role)))
          .expect(200);
        expect(res.body).toMatchObject({ id: created.id, archived: true });
        expect(await api.sql('SELECT archived FROM organisations WHERE id = $1', [created.id])).toEqual([
          { archived: true },
        ]);
      }
    });

    it('an admin deletes an organisation once its contacts are deleted (anonymised): a person is never hard-deleted with it', async () => {
      const admin = bearer(await api.token('admin'));
      const created = (await create({ name: 'To delete' }).expect(201)).body;
      const contact = (
        await api.http
          .post('/api/contacts')
          .set(advisor)
          .send({ organisationId: created.id, firstName: 'Ann', lastName: 'Peeterszq', email: 'ann.zq@example.org' })
          .expect(201)
      ).body;
      const refused = await api.http.delete(`/api/organisations/${created.id}?lang=nl`).set(admin).expect(409);
      expect(refused.body).toMatchObject({
        code: 'organisation.still_has_people',
        message: expect.stringMatching(/contactpersonen/),
      });
      expect(await api.sql('SELECT count(*)::int AS n FROM contacts WHERE organisation_id = $1', [created.id])).toEqual(
        [{ n: 1 }],
      );
      await api.http.delete(`/api/contacts/${contact.id}`).set(admin).expect(200);
      await api.http.delete(`/api/organisations/${created.id}`).set(admin).expect(200);
      // Nothing of the person is left in the trail, the delete row of the anonymised contact included.
      expect(
        JSON.stringify(
          await api.sql(`SELECT changes FROM audit_log WHERE entity = 'contacts' AND entity_id = $1`, [contact.id]),
        ),
      ).not.toMatch(/Peeterszq|ann\.zq/);
      await api.http.get(`/api/organisations/${created.id}`).set(admin).expect(404);
      expect(await api.sql('SELECT count(*)::int AS n FROM contacts WHERE organisation_id = $1', [created.id])).toEqual(
        [{ n: 0 }],
      );
    });
  });

  it('bulk tagging adds and removes tags on several organisations', async () => {
    const a = (await create({ name: 'Tag A', tags: ['horeca'] }).expect(201)).body;
    const b = (await create({ name: 'Tag B' }).expect(201)).body;
    const res = await api.http
      .post('/api/organisations/tags')
      .set(advisor)
      .send({ ids: [a.id, b.id], add: ['coopcity-alumni'], remove: ['horeca'] })
      .expect(200);
    expect(res.body).toEqual({ updated: 2 });
    const tagged = await api.http
      .get(`/api/organisations?${q({ filter: { tags: 'coopcity-alumni' } })}`)
      .set(advisor)
      .expect(200);
    expect(tagged.body.map((o: { name: string; tags: string[] }) => [o.name, o.tags]).sort()).toEqual([
      ['Tag A', ['coopcity-alumni']],
      ['Tag B', ['coopcity-alumni']],
    ]);
    await api.http
      .post('/api/organisations/tags')
      .set(bearer(await api.token('manager')))
      .send({ ids: [a.id], add: ['x'] })
      .expect(403);
  });
});

describe('finding organisations by words, in any order, punctuation-blind', () => {
  let api: TestApi;
  let auth: { Authorization: string };
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    api = await startApi();
    auth = bearer(await api.token('advisor'));
    // Names as people misremember them: words in another order, without accents or hyphens.
    for (const body of [
      { name: 'Le Soleil de Woluwe', legalForm: 'asbl_vzw', postcode: '1200' },
      { name: 'Théâtre de la Chaussée', legalForm: 'asbl_vzw', postcode: '1060' },
      { name: 'Les Bâtisseurs de Cureghem', legalForm: 'sc_cv', postcode: '1070' },
      { name: 'Euro-Réseau Solidaire', legalForm: 'asbl_vzw', postcode: '1000', enterpriseNumber: '0403.019.261' },
      { name: '100% Bio', legalForm: 'asbl_vzw', postcode: '1000' },
    ]) {
      ids[body.name] = (await api.http.post('/api/organisations').set(auth).send(body).expect(201)).body.id;
    }
  });
  afterAll(() => api.close());

  it.each([
    ['soleil woluwe', ['Le Soleil de Woluwe']],
    ['woluwe soleil', ['Le Soleil de Woluwe']],
    ['theatre chaussee', ['Théâtre de la Chaussée']],
    ['batisseurs cureghem', ['Les Bâtisseurs de Cureghem']],
    ['euro reseau', ['Euro-Réseau Solidaire']],
    ['euro-reseau', ['Euro-Réseau Solidaire']],
    ['reseau, euro!', ['Euro-Réseau Solidaire']],
    ['0403.019.261', ['Euro-Réseau Solidaire']],
    ['de', ['Le Soleil de Woluwe', 'Les Bâtisseurs de Cureghem', 'Théâtre de la Chaussée']],
    ['soleil chaussee', []],
    ['100%', ['100% Bio']],
    ['%', ['100% Bio']],
  ])('the list: q=%s finds %j', async (text, expected) => {
    const res = await api.http
      .get(`/api/organisations?${q({ filter: { q: text } })}`)
      .set(auth)
      .expect(200);
    expect(res.body.map((o: { name: string }) => o.name).sort()).toEqual(expected);
  });

  it.each([
    ['soleil woluwe', 'Le Soleil de Woluwe'],
    ['theatre chaussee', 'Théâtre de la Chaussée'],
    ['batisseurs cureghem', 'Les Bâtisseurs de Cureghem'],
    ['euro reseau', 'Euro-Réseau Solidaire'],
  ])('the search box: %s finds %s', async (text, name) => {
    const res = await api.http
      .get(`/api/search?q=${encodeURIComponent(text)}`)
      .set(auth)
      .expect(200);
    expect(res.body.organisations.map((o: { id: string }) => o.id)).toEqual([ids[name]]);
  });
});

describe('finding organisations', () => {
  let api: TestApi;
  let auth: { Authorization: string };
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    api = await startApi();
    auth = bearer(await api.token('advisor'));
    const seed = [
      {
        name: 'Coopérative Les Tartines',
        enterpriseNumber: '0403.019.261',
        legalForm: 'sc_cv',
        sectors: ['sustainable_food'],
        postcode: '1080',
        tags: ['horeca'],
        languages: ['fr'],
        employeesFte: 4.5,
      },
      {
        name: 'Bouwcoöperatie Zennevallei',
        enterpriseNumber: '0428.759.497',
        legalForm: 'sc_cv',
        sectors: ['construction', 'housing'],
        postcode: '1070',
        languages: ['nl'],
        employeesFte: 12,
      },
      {
        name: 'Maison Médicale du Midi',
        legalForm: 'asbl_vzw',
        sectors: ['health_care'],
        postcode: '1060',
        description: 'Soins de première ligne au forfait',
        languages: ['fr', 'nl'],
        employeesFte: 20,
      },
      {
        name: 'Repair Café Jette',
        legalForm: 'de_facto_association',
        sectors: ['circular_economy', 'environment'],
        postcode: '1090',
        tags: ['volunteers'],
        archived: true,
      },
    ];
    for (const body of seed)
      ids[body.name] = (await api.http.post('/api/organisations').set(auth).send(body).expect(201)).body.id;
  });
  afterAll(() => api.close());

  const names = async (params: Record<string, unknown>) => {
    const res = await api.http
      .get(`/api/organisations?${q(params)}`)
      .set(auth)
      .expect(200);
    return res.body.map((o: { name: string }) => o.name).sort();
  };

  it.each([
    ['cooperative', ['Coopérative Les Tartines']],
    ['cooperatie', ['Bouwcoöperatie Zennevallei']],
    ['COOPÉRATIVE', ['Coopérative Les Tartines']],
    ['bouwcooperatie', ['Bouwcoöperatie Zennevallei']],
    ['medicale', ['Maison Médicale du Midi']],
    ['premiere ligne', ['Maison Médicale du Midi']],
    ['0403.019.261', ['Coopérative Les Tartines']],
    ['0428759497', ['Bouwcoöperatie Zennevallei']],
    ['zzz', []],
  ])('q=%s finds %j', async (text, expected) => {
    expect(await names({ filter: { q: text } })).toEqual(expected);
  });

  it.each([
    [{ sectors: 'housing' }, ['Bouwcoöperatie Zennevallei']],
    [{ sectors: ['health_care', 'sustainable_food'] }, ['Coopérative Les Tartines', 'Maison Médicale du Midi']],
    [{ legalForm: 'sc_cv' }, ['Bouwcoöperatie Zennevallei', 'Coopérative Les Tartines']],
    [{ legalForm: ['asbl_vzw', 'de_facto_association'] }, ['Maison Médicale du Midi', 'Repair Café Jette']],
    [{ municipality: '21012' }, ['Coopérative Les Tartines']],
    [{ tags: 'volunteers' }, ['Repair Café Jette']],
    [{ archived: true }, ['Repair Café Jette']],
    [{ archived: false, languages: 'nl' }, ['Bouwcoöperatie Zennevallei', 'Maison Médicale du Midi']],
    [{ employeesFte_gte: 10 }, ['Bouwcoöperatie Zennevallei', 'Maison Médicale du Midi']],
    [{ employeesFte_lte: 5 }, ['Coopérative Les Tartines']],
    [
      { createdAt_gte: '2000-01-01', archived: false },
      ['Bouwcoöperatie Zennevallei', 'Coopérative Les Tartines', 'Maison Médicale du Midi'],
    ],
    [{ createdAt_lte: '2000-01-01' }, []],
    [{ lastMeetingAt_gte: '2000-01-01' }, []],
    [{ stage: 'intake' }, []],
    [{ recognitionStatus: 'approved' }, []],
    [{ advisorId: '4b1e1d3c-7c44-4f1e-9a51-6f3f2b0d1e2a' }, []],
    [{ outsideBrussels: false, legalForm: 'sc_cv' }, ['Bouwcoöperatie Zennevallei', 'Coopérative Les Tartines']],
  ])('filter %j', async (filter, expected) => {
    expect(await names({ filter })).toEqual(expected);
  });

  it('refuses unknown filter values naming the field', async () => {
    const res = await api.http
      .get(`/api/organisations?${q({ filter: { sectors: 'knitting' } })}`)
      .set(auth)
      .expect(400);
    expect(res.body.errors).toHaveProperty('sectors');
    const stage = await api.http
      .get(`/api/organisations?${q({ filter: { stage: 'done' } })}`)
      .set(auth)
      .expect(400);
    expect(stage.body.errors).toHaveProperty('stage');
  });

  it('sorts by name without regard to case, both ways, and by enterprise number', async () => {
    const up = await api.http
      .get(`/api/organisations?${q({ sort: ['name', 'ASC'], range: [0, 1] })}`)
      .set(auth)
      .expect(200);
    expect(up.body.map((o: { name: string }) => o.name)).toEqual([
      'Bouwcoöperatie Zennevallei',
      'Coopérative Les Tartines',
    ]);
    expect(up.headers['content-range']).toBe('organisations 0-1/4');
    const down = await api.http
      .get(`/api/organisations?${q({ sort: ['name', 'DESC'], range: [0, 0] })}`)
      .set(auth)
      .expect(200);
    expect(down.body[0].name).toBe('Repair Café Jette');
    const byNumber = await api.http
      .get(`/api/organisations?${q({ sort: ['enterpriseNumber', 'ASC'], range: [0, 0] })}`)
      .set(auth)
      .expect(200);
    expect(byNumber.body[0].enterpriseNumber).toBe('0403.019.261');
  });

  it('lists the 19 municipalities with French and Dutch names', async () => {
    const res = await api.http
      .get(`/api/municipalities?${q({ sort: ['nameNl', 'ASC'] })}`)
      .set(auth)
      .expect(200);
    expect(res.body).toHaveLength(19);
    expect(res.headers['content-range']).toBe('municipalities 0-18/19');
    expect(res.body.find((m: { id: string }) => m.id === '21015')).toEqual({
      id: '21015',
      nameFr: 'Schaerbeek',
      nameNl: 'Schaarbeek',
      postcodes: ['1030'],
    });
    const many = await api.http
      .get(`/api/municipalities?${q({ filter: { id: ['21001', '21004'] } })}`)
      .set(auth)
      .expect(200);
    expect(many.body.map((m: { nameFr: string }) => m.nameFr)).toEqual(['Anderlecht', 'Bruxelles']);
    await api.http.get('/api/municipalities/21004').set(auth).expect(200);
    await api.http.get('/api/municipalities/99999').set(auth).expect(404);
  });
});
