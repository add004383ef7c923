import { bearer, startApi, TestApi } from '../support/api';

describe('contacts and their GDPR rights', () => {
  let api: TestApi;
  let advisor: { Authorization: string };
  let admin: { Authorization: string };
  let organisationId: string;
  beforeAll(async () => {
    api = await startApi();
    advisor = bearer(await api.token('advisor'));
    admin = bearer(await api.token('admin'));
    organisationId = (
      await api.http.post('/api/organisations').set(advisor).send({ name: 'Les Ateliers du Canal' }).expect(201)
    ).body.id;
  });
  afterAll(() => api.close());

  const addContact = (body: object = {}, who = advisor) =>
    api.http
      .post('/api/contacts')
      .set(who)
      .send({ organisationId, firstName: 'Fatima', lastName: 'Zahraoui', ...body });

  it('an advisor adds a contact; the legal basis is public task by default', async () => {
    const res = await addContact({
      email: 'fatima@canal.example.be',
      language: 'fr',
      jobTitle: 'Coordinatrice',
    }).expect(201);
    expect(res.body).toMatchObject({
      organisationId,
      firstName: 'Fatima',
      legalBasis: 'public_task',
      isPrimary: false,
      anonymisedAt: null,
      version: 1,
    });
  });

  it('a manager may read contacts but not add them', async () => {
    const manager = bearer(await api.token('manager'));
    await api.http.get('/api/contacts').set(manager).expect(200);
    await addContact({}, manager).expect(403);
  });

  it('consent as a basis needs the date it was given', async () => {
    const res = await addContact({ legalBasis: 'consent' }).expect(400);
    expect(res.body.errorCodes).toEqual({ consentGivenAt: { code: 'contact.consent_date_required', params: {} } });
    await addContact({ legalBasis: 'consent', consentGivenAt: '2026-03-01T10:00:00Z' }).expect(201);
    const interest = await addContact({ legalBasis: 'legitimate_interest' }).expect(400);
    expect(interest.body.errorCodes.legalBasis).toMatchObject({
      code: 'validation.one_of',
      params: { list: 'legalBasis' },
    });
  });

  it('an unknown organisation is a 400 naming organisationId', async () => {
    const res = await addContact({ organisationId: '4b1e1d3c-7c44-4f1e-9a51-6f3f2b0d1e2a' }).expect(400);
    expect(res.body.errors).toHaveProperty('organisationId');
  });

  it('one primary contact per organisation: naming another steps the first down', async () => {
    const first = (await addContact({ firstName: 'Jan', isPrimary: true }).expect(201)).body;
    const second = (await addContact({ firstName: 'Els', lastName: 'Wouters' }).expect(201)).body;
    await api.http
      .put(`/api/contacts/${second.id}`)
      .set(advisor)
      .send({ ...second, isPrimary: true })
      .expect(200);
    const primaries = await api.sql('SELECT first_name FROM contacts WHERE organisation_id = $1 AND is_primary', [
      organisationId,
    ]);
    expect(primaries).toEqual([{ first_name: 'Els' }]);
    const list = await api.http
      .get(`/api/contacts?filter=${encodeURIComponent(JSON.stringify({ organisationId, isPrimary: true }))}`)
      .set(advisor)
      .expect(200);
    expect(list.body.map((c: { id: string }) => c.id)).toEqual([second.id]);
    expect(first.id).not.toBe(second.id);
  });

  it('searches contacts without regard to accents', async () => {
    await addContact({ firstName: 'Hélène', lastName: 'Gérard' }).expect(201);
    const res = await api.http
      .get(`/api/contacts?filter=${encodeURIComponent(JSON.stringify({ q: 'helene gerard' }))}`)
      .set(advisor)
      .expect(200);
    expect(res.body.map((c: { lastName: string }) => c.lastName)).toEqual(['Gérard']);
  });

  it('only an admin exports what Traject holds about a person, and the export is logged', async () => {
    const contact = (
      await addContact({
        firstName: 'Nora',
        lastName: 'Exportée',
        email: 'nora@canal.example.be',
        notes: 'Prefers mornings',
      }).expect(201)
    ).body;
    await api.http.get(`/api/contacts/${contact.id}/export`).set(advisor).expect(403);
    const res = await api.http.get(`/api/contacts/${contact.id}/export`).set(admin).expect(200);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="contact-.*\.json"/);
    expect(res.body).toMatchObject({
      person: {
        id: contact.id,
        firstName: 'Nora',
        lastName: 'Exportée',
        email: 'nora@canal.example.be',
        notes: 'Prefers mornings',
        legalBasis: 'public_task',
      },
      organisation: { id: organisationId, name: 'Les Ateliers du Canal' },
      meetings: [],
    });
    const [log] = await api.sql(
      `SELECT action, entity, entity_id, user_id IS NOT NULL AS by_someone FROM audit_log WHERE action = 'gdpr_export'`,
    );
    expect(log).toEqual({ action: 'gdpr_export', entity: 'contacts', entity_id: contact.id, by_someone: true });
  });

  it('anonymisation leaves no trace of the name, e-mail or phone in any table, keeps the count, and is logged', async () => {
    const contact = (
      await addContact({
        firstName: 'Wendelien',
        lastName: 'Vandervoorde',
        email: 'wendelien.v@canal.example.be',
        phone: '+32 478 11 22 33',
        notes: 'Wendelien likes cooperatives',
        isPrimary: true,
      }).expect(201)
    ).body;
    await api.http
      .put(`/api/contacts/${contact.id}`)
      .set(advisor)
      .send({ ...contact, jobTitle: 'Voorzitter' })
      .expect(200);
    const count = await api.sql('SELECT count(*)::int AS n FROM contacts WHERE organisation_id = $1', [organisationId]);
    await api.http.post(`/api/contacts/${contact.id}/anonymise`).set(advisor).expect(403);
    const res = await api.http.post(`/api/contacts/${contact.id}/anonymise`).set(admin).expect(200);
    expect(res.body).toMatchObject({
      firstName: 'Anonymised',
      lastName: 'Contact',
      email: null,
      phone: null,
      notes: null,
      jobTitle: null,
      anonymisedAt: expect.any(String),
    });
    expect(
      await api.sql('SELECT count(*)::int AS n FROM contacts WHERE organisation_id = $1', [organisationId]),
    ).toEqual(count);

    const tables = await api.sql(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    for (const { table_name } of tables) {
      const hits = await api.sql(
        `SELECT count(*)::int AS n FROM "${table_name}" t WHERE t::text ~* '(wendelien|vandervoorde|478 11 22 33)'`,
      );
      expect({ table: table_name, hits: hits[0].n }).toEqual({ table: table_name, hits: 0 });
    }
    const [log] = await api.sql(`SELECT entity_id FROM audit_log WHERE action = 'gdpr_anonymise'`);
    expect(log.entity_id).toBe(contact.id);
    await api.http
      .put(`/api/contacts/${contact.id}`)
      .set(admin)
      .send({ ...res.body, firstName: 'Back' })
      .expect(422);
    await api.http.post(`/api/contacts/${contact.id}/anonymise`).set(admin).expect(422);
  });

  it('a person whose row is gone (hard-deleted before, as the API once did) is exported and erased by id from the audit trail', async () => {
    const contact = (
      await addContact({
        firstName: 'Zoë',
        lastName: 'Legacyzq',
        email: 'zoe.legacyzq@canal.example.be',
        phone: '+32 470 98 76 54',
      }).expect(201)
    ).body;
    await api.http
      .put(`/api/contacts/${contact.id}`)
      .set(advisor)
      .send({ ...contact, email: 'zoe.l@older.example.be' })
      .expect(200);
    await api.http
      .post('/api/meetings')
      .set(advisor)
      .send({ organisationId, subject: 'Appel de Zoë Legacyzq', occurredAt: '2030-04-01T10:00:00Z' })
      .expect(201);
    // The old hard delete: the row goes, the trail's delete line keeps the full record.
    await api.sql(`DELETE FROM contacts WHERE id = $1`, [contact.id]);
    await api.http.get(`/api/contacts/${contact.id}`).set(admin).expect(404);

    const exported = (await api.http.get(`/api/contacts/${contact.id}/export`).set(admin).expect(200)).body;
    expect(exported.person).toMatchObject({
      id: contact.id,
      firstName: 'Zoë',
      lastName: 'Legacyzq',
      email: 'zoe.l@older.example.be',
      phone: '+32 470 98 76 54',
      gone: true,
    });
    expect(exported.formerEmails).toContain('zoe.legacyzq@canal.example.be');
    expect(exported.auditTrail.map((line: { action: string }) => line.action)).toEqual(
      expect.arrayContaining(['create', 'update', 'delete']),
    );
    expect(exported.mentions.map((m: { entity: string; field: string }) => `${m.entity}:${m.field}`)).toContain(
      'meetings:subject',
    );

    const preview = (await api.http.get(`/api/contacts/${contact.id}/anonymise`).set(admin).expect(200)).body;
    expect(preview.identifiers.emails).toEqual(
      expect.arrayContaining(['zoe.l@older.example.be', 'zoe.legacyzq@canal.example.be']),
    );
    const erased = await api.http
      .post(`/api/contacts/${contact.id}/anonymise`)
      .set(admin)
      .send({ alsoErase: preview.review.map((m: { key: string }) => m.key) })
      .expect(200);
    expect(erased.body).toMatchObject({
      id: contact.id,
      firstName: 'Anonymised',
      email: null,
      anonymisedAt: expect.any(String),
    });
    const tables = await api.sql(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    for (const { table_name } of tables) {
      const hits = await api.sql(
        `SELECT count(*)::int AS n FROM "${table_name}" t WHERE t::text ~* '(legacyzq|zoe\\.l@|470 98 76 54)'`,
      );
      expect({ table: table_name, hits: hits[0].n }).toEqual({ table: table_name, hits: 0 });
    }
    // Erased, the trail no longer knows the person.
    await api.http.get(`/api/contacts/${contact.id}/export`).set(admin).expect(404);
  });

  it('a contact is never hard-deleted: advisors may not, coordinators and admins "delete" by anonymising, no full record left in the trail', async () => {
    const contact = (
      await addContact({ firstName: 'Dorothée', lastName: 'Supprimée', email: 'dorothee@canal.example.be' }).expect(201)
    ).body;
    await api.http.delete(`/api/contacts/${contact.id}`).set(advisor).expect(403);
    const coordinator = bearer(await api.token('coordinator'));
    const res = await api.http.delete(`/api/contacts/${contact.id}`).set(coordinator).expect(200);
    expect(res.body).toMatchObject({
      id: contact.id,
      firstName: 'Anonymised',
      email: null,
      anonymisedAt: expect.any(String),
    });
    expect(await api.sql(`SELECT id FROM contacts WHERE id = $1`, [contact.id])).toHaveLength(1);
    await api.http.delete(`/api/contacts/${contact.id}`).set(admin).expect(200);
    const trail = await api.sql(`SELECT action, changes FROM audit_log WHERE entity = 'contacts' AND entity_id = $1`, [
      contact.id,
    ]);
    expect(JSON.stringify(trail)).not.toMatch(/Doroth|Supprim|canal\.example/);
    expect(trail.map((row) => row.action)).not.toContain('delete');
  });
});
