import { bearer, startApi, TestApi } from '../support/api';

/**
 * GDPR art. 17: a person is planted in every free-text column of every table (found from the catalog,
 * so a future table is planted too), in every form a colleague might write them; after the admin
 * reviews and confirms, the whole database (every table, every text, JSON and tsvector column) is
 * scanned for any of their identifiers and none is left. Art. 15 finds the same records first.
 */
describe('GDPR erasure really erases', () => {
  let api: TestApi;
  let admin: { Authorization: string };
  beforeAll(async () => {
    api = await startApi({}, { demoRegister: true });
    admin = bearer(await api.token('admin'));
  }, 120_000);
  afterAll(() => api.close());

  const FORMER_EMAIL = 'wilhelmina.old@mailbox.example';
  const EMAIL = 'W.Vandersteeghe@Atelier-Vert.example';
  const FORMER_PHONE = '+32 2 555 98 76';
  const PHONE = '0478 91 83 72';
  /** Folded (lower case, no accents) forms the scan looks for, and the phones' digits. */
  const FOLDED = ['vandersteeghe', 'wilhelmina', 'mailbox.example', 'atelier-vert.example'];
  const DIGITS = ['25559876', '478918372'];

  /** Texts naming the person: strong forms everywhere, every form in the records concerning her. */
  const strongText = `Rencontre avec Wilhélmina Vandersteeghe (${EMAIL.toUpperCase()}, ${FORMER_EMAIL}, tél. 02/555.98.76, gsm +32 478 91 83 72)`;
  const concerningText = `${strongText}; W. Vandersteeghe a rappelé, VANDERSTEEGHE Wilhelmina confirme, Wilhelmina viendra.`;

  it('plants the person everywhere, reviews, anonymises, and finds none of her identifiers anywhere', async () => {
    // The organisation with the most kinds of records, so most tables hold a record concerning her.
    const [{ id: organisationId }] = await api.sql(
      `SELECT o.id FROM organisations o
        ORDER BY (SELECT count(*) FROM (VALUES
                   (EXISTS (SELECT 1 FROM referral_events r WHERE r.organisation_id = o.id)),
                   (EXISTS (SELECT 1 FROM recognition_events r WHERE r.organisation_id = o.id)),
                   (EXISTS (SELECT 1 FROM case_events r WHERE r.organisation_id = o.id)),
                   (EXISTS (SELECT 1 FROM tasks r WHERE r.organisation_id = o.id)),
                   (EXISTS (SELECT 1 FROM meetings r WHERE r.organisation_id = o.id)),
                   (EXISTS (SELECT 1 FROM assessments r WHERE r.organisation_id = o.id))) AS e(present) WHERE present) DESC, o.id
        LIMIT 1`,
    );
    const created = await api.http
      .post('/api/contacts')
      .set(admin)
      .send({
        organisationId,
        firstName: 'Wilhelmina',
        lastName: 'Vandersteeghe',
        email: FORMER_EMAIL,
        phone: FORMER_PHONE,
      })
      .expect(201);
    const contact = (
      await api.http
        .put(`/api/contacts/${created.body.id}`)
        .set(admin)
        .send({ ...created.body, email: EMAIL, phone: PHONE })
        .expect(200)
    ).body;
    const [meeting] = await api.sql(`SELECT id FROM meetings WHERE organisation_id = $1 LIMIT 1`, [organisationId]);
    await api.sql(`UPDATE meetings SET contact_ids = array_append(contact_ids, $1) WHERE id = $2`, [
      contact.id,
      meeting.id,
    ]);
    // The demo register has no assessment: one in her organisation, one elsewhere.
    await api.sql(
      `INSERT INTO assessments (organisation_id, assessor_id, indicators, pillars, verdict)
       SELECT o.id, (SELECT id FROM users WHERE role = 'advisor' LIMIT 1), '{}', '{}', 'meets' FROM organisations o WHERE o.id = $1 OR o.id = (SELECT min(id::text)::uuid FROM organisations WHERE id <> $1)`,
      [organisationId],
    );
    await api.http.post('/api/auth/login').send({ email: EMAIL, password: 'not an account at all' }).expect(401);

    // Every stored text, text[] and JSON column of every table with an id: one row of her organisation, one elsewhere.
    const columns: { table: string; column: string; type: string; by_org: boolean }[] = await api.sql(
      `SELECT c.table_name AS table, c.column_name AS column, c.udt_name AS type,
              EXISTS (SELECT 1 FROM information_schema.columns o WHERE o.table_schema = 'public' AND o.table_name = c.table_name AND o.column_name = 'organisation_id') AS by_org
         FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.is_generated = 'NEVER'
          AND c.udt_name IN ('text', 'varchar', '_text', 'jsonb', 'json')
          AND c.table_name NOT IN ('users', 'sessions', 'audit_log', 'login_failures', 'migrations', 'municipalities', 'postcodes', 'scheduled_runs')
          AND EXISTS (SELECT 1 FROM information_schema.columns i WHERE i.table_schema = 'public' AND i.table_name = c.table_name AND i.column_name = 'id')`,
    );
    const planted: string[] = [];
    for (const { table, column, type, by_org } of columns) {
      const own =
        table === 'organisations'
          ? `id = $3`
          : by_org
            ? `organisation_id = $3`
            : table === 'contacts'
              ? `id = $4`
              : 'false';
      const other =
        table === 'organisations'
          ? `id <> $3`
          : by_org
            ? `organisation_id <> $3`
            : table === 'contacts'
              ? 'false'
              : 'true';
      for (const [where, text] of [
        [own, concerningText],
        [other, strongText],
      ] as const) {
        if (table === 'contacts' && where === own) continue;
        const value =
          type === '_text'
            ? `array_append(coalesce("${column}", '{}'), $1)`
            : type.startsWith('json')
              ? `jsonb_build_object('kept', "${column}", 'note', $1::text)::${type}`
              : `coalesce("${column}" || ' ', '') || $1`;
        try {
          const rows = await api.sql(
            `UPDATE "${table}" SET "${column}" = ${value} WHERE id = (SELECT id FROM "${table}" WHERE ${where} AND ($2::text IS NOT NULL) AND ($3::uuid IS NOT NULL) AND ($4::uuid IS NOT NULL) ORDER BY id LIMIT 1) RETURNING id::text`,
            [text, 'x', organisationId, contact.id],
          );
          if (rows.length) planted.push(`${table}:${column}:${rows[0].id}`);
        } catch {
          // Refused by a constraint: a code, an enterprise number, a municipality, not free text.
        }
      }
    }
    for (const expected of [
      'meetings:subject',
      'meetings:outcomes',
      'tasks:title',
      'cases:summary',
      'organisations:description',
      'organisations:social_mission',
      'recognitions:notes',
      'referrals:reason',
      'case_events:comment',
      'assessments:review_comment',
    ]) {
      expect(planted.some((key) => key.startsWith(`${expected}:`))).toBe(true);
    }
    expect(planted.length).toBeGreaterThan(40);

    const search = await api.http
      .get('/api/search?q=vandersteeghe')
      .set(bearer(await api.token('manager')))
      .expect(200);
    expect(JSON.stringify(search.body)).toMatch(/Vandersteeghe/i);

    // Art. 15 finds every planted record.
    const exported = (await api.http.get(`/api/contacts/${contact.id}/export`).set(admin).expect(200)).body;
    const mentioned = new Set(
      exported.mentions.map((m: { entity: string; field: string; id: string }) => `${m.entity}:${m.field}:${m.id}`),
    );
    expect(planted.filter((key) => !mentioned.has(key))).toEqual([]);
    expect(exported.formerEmails).toContain(FORMER_EMAIL);
    expect(exported.formerPhones).toContain(FORMER_PHONE);

    // The admin sees what will be erased and what is left for review, with context.
    const preview = (await api.http.get(`/api/contacts/${contact.id}/anonymise`).set(admin).expect(200)).body;
    const previewed = new Set([...preview.erased, ...preview.review].map((m: { key: string }) => m.key));
    expect(planted.filter((key) => !previewed.has(key))).toEqual([]);
    expect(preview.review.length).toBeGreaterThan(0);
    for (const match of [...preview.erased, ...preview.review])
      expect(match.context).toMatch(/vandersteeghe|wilh|@|\d/i);
    await api.http
      .post(`/api/contacts/${contact.id}/anonymise`)
      .set(admin)
      .send({ alsoErase: ['meetings:notes:00000000-0000-0000-0000-000000000000'] })
      .expect(400);

    await api.http
      .post(`/api/contacts/${contact.id}/anonymise`)
      .set(admin)
      .send({ alsoErase: preview.review.map((m: { key: string }) => m.key) })
      .expect(200);

    // The whole database, every schema but the catalogs, every text-like column.
    const scanned: { schema: string; table: string; column: string }[] = await api.sql(
      `SELECT c.table_schema AS schema, c.table_name AS table, c.column_name AS column
         FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
        WHERE t.table_type = 'BASE TABLE' AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
          AND c.udt_name IN ('text', 'varchar', 'bpchar', '_text', '_varchar', 'json', 'jsonb', 'tsvector')`,
    );
    expect(scanned.some((c) => c.table === 'meetings' && c.column === 'search_words')).toBe(true);
    const left: string[] = [];
    for (const { schema, table, column } of scanned) {
      const [{ n }] = await api.sql(
        `SELECT count(*)::int AS n FROM "${schema}"."${table}"
          WHERE search_text("${column}"::text) LIKE ANY($1::text[]) OR regexp_replace("${column}"::text, '[^0-9]', '', 'g') LIKE ANY($2::text[])`,
        [FOLDED.map((f) => `%${f}%`), DIGITS.map((d) => `%${d}%`)],
      );
      if (n > 0) left.push(`${schema}.${table}.${column}: ${n}`);
    }
    expect(left).toEqual([]);

    const after = await api.http
      .get('/api/search?q=vandersteeghe')
      .set(bearer(await api.token('manager')))
      .expect(200);
    expect(after.body).toMatchObject({ organisations: [], contacts: [], meetings: [] });
  }, 120_000);

  it('erasure leaves other records alone: a street named like the surname, real surnames such as Null and True', async () => {
    const [{ id: organisationId }, { id: otherId }] = await api.sql(
      `SELECT id FROM organisations ORDER BY name LIMIT 2`,
    );
    const other = (await api.http.get(`/api/organisations/${otherId}`).set(admin).expect(200)).body;
    await api.http
      .put(`/api/organisations/${otherId}`)
      .set(admin)
      .send({ ...other, street: 'Rue Saint-Lambert 152', description: 'Installée près de Woluwe-Saint-Lambert' })
      .expect(200);
    const trailBefore = await api.sql(
      `SELECT id, changes FROM audit_log WHERE entity = 'organisations' AND entity_id = $1 ORDER BY id`,
      [otherId],
    );
    for (const [firstName, lastName] of [
      ['Julie', 'Lambert'],
      ['Anna', 'Null'],
      ['Tom', 'True'],
      ['Eva', '", "'],
    ]) {
      const person = (
        await api.http.post('/api/contacts').set(admin).send({ organisationId, firstName, lastName }).expect(201)
      ).body;
      await api.http.post(`/api/contacts/${person.id}/anonymise`).set(admin).expect(200);
    }
    const [street] = await api.sql(`SELECT street, description FROM organisations WHERE id = $1`, [otherId]);
    expect(street).toEqual({ street: 'Rue Saint-Lambert 152', description: 'Installée près de Woluwe-Saint-Lambert' });
    const trailAfter = await api.sql(
      `SELECT id, changes FROM audit_log WHERE entity = 'organisations' AND entity_id = $1 ORDER BY id`,
      [otherId],
    );
    expect(trailAfter).toEqual(trailBefore);
  });
});
