/**
 * OWASP API1 (BOLA) and API3 (excessive data exposure): an advisor who guesses the id of somebody
 * else's record cannot change it (403, nothing written), and no list gives away what the API never
 * shows, whatever `filter`, `q` or `sort` the client sends.
 */
import { randomUUID } from 'node:crypto';
import { startApi, TestApi } from '../../support/api';
import { call, Fixture, journeyFixture, withJourney } from './fixtures';

const SECRETS = /passwordHash|password_hash|tokenVersion|token_version|\$argon2/;

describe('object-level access', () => {
  let api: TestApi;
  let f: Fixture;
  withJourney((started) => ({ api, f } = started));

  /** The row as stored (every column), to compare before and after a refused call. */
  const row = async (table: string, id: string) => (await api.sql(`SELECT * FROM ${table} WHERE id = $1`, [id]))[0];
  const current = async (path: string) => (await api.http.get(path).set(f.as.admin).expect(200)).body;

  it.each([
    ['cases', 'case', { summary: 'détourné', nextActionOn: '2027-03-01' }], // what an advisor may change of their case (issue 17)
    ['meetings', 'meeting', { subject: 'Réécrit', notes: 'réécrites' }],
    ['tasks', 'task', { title: 'Détournée', status: 'done' }],
    ['assessments', 'assessment', { lowestWage: 1, highestWage: 100 }],
    ['recognitions', 'recognition', { notes: 'réécrites' }],
    ['referrals', 'referral', { outcome: 'réécrit' }],
  ])(
    'another advisor sending a valid PUT with the right version to /api/%s/{id} gets 403 and changes nothing',
    async (resource, key, change) => {
      const id = f[key].id;
      const before = await row(resource, id);
      const { version } = await current(`/api/${resource}/${id}`);
      const res = await api.http
        .put(`/api/${resource}/${id}`)
        .set(f.as.advisor2)
        .send({ version, ...change });
      expect([403, 404]).toContain(res.status);
      expect(await row(resource, id)).toEqual(before);
      // The same body from the owner goes through: the refusal above is about who, not what.
      await api.http
        .put(`/api/${resource}/${id}`)
        .set(f.as.advisor)
        .send({ version, ...change })
        .expect(200);
    },
  );

  it.each([
    ['meetings', 'meetingOther'],
    ['recognitions', 'recognitionOther'],
    ['referrals', 'referralOther'],
  ])("an advisor cannot DELETE another advisor's /api/%s record", async (resource, key) => {
    const id = f[key].id;
    const before = await row(resource, id);
    const res = await api.http.delete(`/api/${resource}/${id}`).set(f.as.advisor);
    expect([403, 404]).toContain(res.status);
    expect(await row(resource, id)).toEqual(before);
  });

  it("an advisor cannot finalise another advisor's assessment, nor move another's recognition file or referral", async () => {
    const a = f.assessmentOther.id;
    const before = await row('assessments', a);
    expect([403, 404]).toContain((await api.http.post(`/api/assessments/${a}/finalise`).set(f.as.advisor)).status);
    expect(await row('assessments', a)).toEqual(before);
    const r = f.recognitionOther.id;
    const rBefore = await row('recognitions', r);
    expect([403, 404]).toContain(
      (await api.http.post(`/api/recognitions/${r}/move`).set(f.as.advisor).send({ status: 'submitted' })).status,
    );
    expect(await row('recognitions', r)).toEqual(rBefore);
    const ref = f.referralOther.id;
    const refBefore = await row('referrals', ref);
    expect([403, 404]).toContain(
      (await api.http.post(`/api/referrals/${ref}/move`).set(f.as.advisor).send({ status: 'sent' })).status,
    );
    expect(await row('referrals', ref)).toEqual(refBefore);
  });

  it("an advisor cannot attach new journey records to an organisation whose case is another advisor's", async () => {
    const count = async (t: string) => (await api.sql(`SELECT count(*)::int AS n FROM ${t}`))[0].n;
    const counts = { a: await count('assessments'), r: await count('recognitions'), ref: await count('referrals') };
    expect(
      (await api.http.post('/api/assessments').set(f.as.advisor).send({ organisationId: f.orgOther })).status,
    ).toBe(403);
    expect(
      (
        await api.http
          .post('/api/recognitions')
          .set(f.as.advisor)
          .send({ organisationId: f.orgOther, kind: 'brussels_ipes' })
      ).status,
    ).toBe(403);
    expect(
      (await api.http.post('/api/referrals').set(f.as.advisor).send({ organisationId: f.orgOther, partner: 'bissib' }))
        .status,
    ).toBe(403);
    expect({ a: await count('assessments'), r: await count('recognitions'), ref: await count('referrals') }).toEqual(
      counts,
    );
  });

  it('an advisor cannot take over a case by assigning it to themselves, nor close it', async () => {
    const id = f.caseOther.id;
    const before = await row('cases', id);
    const { version } = await current(`/api/cases/${id}`);
    for (const body of [{ advisorId: f.users.advisor }, { status: 'closed', closeReason: 'x' }]) {
      expect(
        (
          await api.http
            .put(`/api/cases/${id}`)
            .set(f.as.advisor)
            .send({ version, ...body })
        ).status,
      ).toBe(403);
    }
    expect(await row('cases', id)).toEqual(before);
  });

  it('an unknown id is a 404 and a malformed one a 400, never a 500', async () => {
    for (const resource of [
      'users',
      'organisations',
      'contacts',
      'cases',
      'meetings',
      'tasks',
      'assessments',
      'recognitions',
      'referrals',
      'programmes',
    ]) {
      expect((await api.http.get(`/api/${resource}/${randomUUID()}`).set(f.as.advisor)).status).toBe(404);
      expect((await api.http.get(`/api/${resource}/1%27%20OR%20%271%27=%271`).set(f.as.advisor)).status).toBe(400);
    }
    expect((await api.http.get('/api/audit-log/99999999').set(f.as.manager)).status).toBe(404);
    expect((await api.http.get('/api/audit-log/1%20OR%201=1').set(f.as.manager)).status).toBe(400);
  });
});

describe('lists never leak what the API does not show', () => {
  let api: TestApi;
  let f: Fixture;
  beforeAll(async () => {
    api = await startApi();
    f = await journeyFixture(api);
    // Something to find in the audit trail: a password set by an admin.
    const { version } = (await api.http.get(`/api/users/${f.userVictim.id}`).set(f.as.admin)).body;
    await call(
      api,
      'put',
      `/api/users/${f.userVictim.id}`,
      f.as.admin,
      { version, password: 'another long password' },
      200,
    );
  });
  afterAll(() => api.close());

  const list = (path: string, query: Record<string, unknown>, who = f.as.advisor) =>
    api.http
      .get(path)
      .query(Object.fromEntries(Object.entries(query).map(([k, v]) => [k, JSON.stringify(v)])))
      .set(who);

  it.each([
    'passwordHash',
    'password_hash',
    'tokenVersion',
    'token_version',
    'password',
    'u.password_hash',
    'lower(password_hash)',
  ])('users: sorting or filtering by %s is a 400 naming the field', async (field) => {
    const sorted = await list('/api/users', { sort: [field, 'ASC'] });
    expect(sorted.status).toBe(400);
    expect(JSON.stringify(sorted.body)).toContain(field);
    const filtered = await list('/api/users', { filter: { [field]: '$argon2id' } });
    expect(filtered.status).toBe(400);
    for (const suffix of ['_gte', '_lte'])
      expect((await list('/api/users', { filter: { [`${field}${suffix}`]: 'a' } })).status).toBe(400);
  });

  it('users: every allowed sort and filter, and a q aimed at the hashes, answer without secrets', async () => {
    const fields = ['id', 'email', 'fullName', 'role', 'language', 'active', 'lastLoginAt', 'createdAt', 'updatedAt'];
    for (const who of [f.as.advisor, f.as.manager, f.as.admin]) {
      for (const field of fields) {
        for (const order of ['ASC', 'DESC']) {
          const res = await list('/api/users', { sort: [field, order], range: [0, 999] }, who);
          expect(res.status).toBe(200);
          expect(JSON.stringify(res.body)).not.toMatch(SECRETS);
        }
      }
      for (const q of ['$argon2id', 'argon2', 'password', '%', '_', "' OR 1=1 --"]) {
        const res = await list('/api/users', { filter: { q } }, who);
        expect(res.status).toBe(200);
        expect(res.body).toEqual([]);
      }
      for (const path of ['/api/auth/me', `/api/users/${f.users.advisor}`])
        expect(JSON.stringify((await api.http.get(path).set(who)).body)).not.toMatch(SECRETS);
    }
  });

  it('users: the search box, the audit log and the exports never carry a password hash', async () => {
    const search = await api.http.get('/api/search').query({ q: 'argon2id' }).set(f.as.admin).expect(200);
    expect(JSON.stringify(search.body)).not.toMatch(SECRETS);
    const audit = await list('/api/audit-log', { filter: { entity: 'users' }, range: [0, 999] }, f.as.manager);
    expect(audit.status).toBe(200);
    expect(audit.body.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit.body)).not.toMatch(SECRETS);
    expect(JSON.stringify(audit.body)).not.toContain('another long password');
    expect((await api.http.get('/api/reports/users.csv').set(f.as.admin)).status).toBe(404);
  });

  it.each([
    'organisations',
    'contacts',
    'cases',
    'meetings',
    'tasks',
    'assessments',
    'recognitions',
    'referrals',
    'programmes',
    'audit-log',
    'municipalities',
  ])(
    '%s: a sort or filter on a column the list does not offer is a 400, never a 500 or a silent ignore',
    async (resource) => {
      const who = resource === 'audit-log' ? f.as.manager : f.as.admin;
      for (const field of [
        'created_by_id',
        'organisation_id',
        'passwordHash',
        '__proto__',
        'constructor',
        'id; DROP TABLE users',
        '1=1',
      ]) {
        expect({ field, status: (await list(`/api/${resource}`, { sort: [field, 'ASC'] }, who)).status }).toEqual({
          field,
          status: 400,
        });
        expect({ field, status: (await list(`/api/${resource}`, { filter: { [field]: 'x' } }, who)).status }).toEqual({
          field,
          status: 400,
        });
      }
      expect((await list(`/api/${resource}`, { sort: ['id', 'ASC; DROP TABLE users'] }, who)).status).toBe(400);
    },
  );

  it("after anonymisation the person's name and e-mail are nowhere an advisor or a manager can read", async () => {
    const person = await call(
      api,
      'post',
      '/api/contacts',
      f.as.advisor,
      { organisationId: f.org, firstName: 'Zygmunt', lastName: 'Wzorkiewicz', email: 'zygmunt@wzor.example.be' },
      201,
    );
    await call(api, 'post', `/api/contacts/${person.id}/anonymise`, f.as.admin, {}, 200);
    const places = [
      list('/api/contacts', { filter: { q: 'Wzorkiewicz' } }),
      list('/api/contacts', { range: [0, 999] }),
      api.http.get(`/api/contacts/${person.id}`).set(f.as.advisor),
      api.http.get('/api/search').query({ q: 'Wzorkiewicz' }).set(f.as.advisor),
      list('/api/audit-log', { filter: { entityId: person.id }, range: [0, 999] }, f.as.manager),
      list('/api/audit-log', { range: [0, 999] }, f.as.manager),
      api.http.get(`/api/organisations/${f.org}/history`).set(f.as.advisor),
      api.http.get(`/api/organisations/${f.org}/timeline`).set(f.as.advisor),
      api.http.get('/api/reports/contacts.csv').set(f.as.admin),
    ];
    for (const res of await Promise.all(places)) {
      expect(res.status).toBeLessThan(300);
      // (the search answer echoes the question back as `q`: only its results count)
      const text =
        res.body && typeof res.body === 'object' && 'q' in res.body
          ? JSON.stringify({ ...res.body, q: undefined })
          : res.text;
      expect(text).not.toMatch(/Zygmunt|Wzorkiewicz|zygmunt@wzor/);
    }
  });
});
