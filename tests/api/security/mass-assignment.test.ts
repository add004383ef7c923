/**
 * OWASP API3 (mass assignment / broken object property level authorisation) and API2 (broken
 * authentication) gaps not covered by tests/api/auth.test.ts: fields a client must never set are
 * never taken, and a token's claims never outrank the database.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { bearer, startApi, TestApi, TEST_SECRET } from '../../support/api';
import { Fixture, withJourney } from './fixtures';

describe('mass assignment', () => {
  let api: TestApi;
  let f: Fixture;
  withJourney((started) => ({ api, f } = started));

  const count = async (table: string) => (await api.sql(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const row = async (table: string, id: string) => (await api.sql(`SELECT * FROM ${table} WHERE id = $1`, [id]))[0];

  /** A create with a forged field: refused (400, nothing created) or created without the forged value. */
  async function createIgnoring(
    path: string,
    table: string,
    who: Record<string, string>,
    body: object,
    column: string,
    forged: unknown,
  ) {
    const before = await count(table);
    const res = await api.http.post(path).set(who).send(body);
    if (res.status === 400) {
      expect(await count(table)).toBe(before);
      return null;
    }
    expect(res.status).toBe(201);
    const stored = await row(table, res.body.id);
    expect(stored[column]).not.toEqual(forged);
    return stored;
  }

  it('only an admin creates users; nobody can add a field the form does not have', async () => {
    const body = {
      email: 'sneaky@hub.brussels',
      fullName: 'Sneaky',
      role: 'admin',
      password: 'a long enough password',
    };
    for (const who of ['advisor', 'coordinator', 'manager'] as const)
      expect((await api.http.post('/api/users').set(f.as[who]).send(body)).status).toBe(403);
    expect(await api.sql(`SELECT 1 FROM users WHERE email = 'sneaky@hub.brussels'`)).toEqual([]);
    for (const extra of [
      { passwordHash: '$argon2id$v=19$m=1,t=1,p=1$forged' },
      { tokenVersion: 99 },
      { lastLoginAt: '2020-01-01T00:00:00Z' },
      { isAdmin: true },
    ]) {
      const stored = await createIgnoring(
        '/api/users',
        'users',
        f.as.admin,
        { ...body, role: 'advisor', email: `x${randomUUID().slice(0, 8)}@hub.brussels`, ...extra },
        Object.keys(extra)[0].replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
        Object.values(extra)[0],
      );
      if (stored) expect(stored.role).toBe('advisor');
    }
  });

  it('a user cannot raise their own role: no route takes it from them', async () => {
    const me = (await api.http.get('/api/auth/me').set(f.as.advisor)).body;
    expect(
      (await api.http.put(`/api/users/${me.id}`).set(f.as.advisor).send({ version: me.version, role: 'admin' })).status,
    ).toBe(403);
    for (const method of ['put', 'patch', 'post'] as const)
      expect([403, 404, 405]).toContain(
        (await api.http[method]('/api/auth/me').set(f.as.advisor).send({ role: 'admin' })).status,
      );
    expect(
      (
        await api.http
          .post('/api/auth/password')
          .set(f.as.advisor)
          .send({ currentPassword: 'x', newPassword: 'a long enough password', role: 'admin' })
      ).status,
    ).toBe(400);
    expect((await row('users', f.users.advisor)).role).toBe('advisor');
  });

  it('authorId (meetings), createdById (organisations, contacts, tasks) and referredById (referrals) come from the token', async () => {
    const forged = f.users.admin;
    const cases: Array<[string, string, object, string]> = [
      [
        '/api/meetings',
        'meetings',
        { organisationId: f.org, subject: 'x', occurredAt: '2030-01-01T10:00:00Z', authorId: forged },
        'author_id',
      ],
      ['/api/organisations', 'organisations', { name: 'Forgée', createdById: forged }, 'created_by_id'],
      [
        '/api/contacts',
        'contacts',
        { organisationId: f.org, firstName: 'F', lastName: 'G', createdById: forged },
        'created_by_id',
      ],
      ['/api/tasks', 'tasks', { organisationId: f.org, title: 'x', createdById: forged }, 'created_by_id'],
      [
        '/api/referrals',
        'referrals',
        { organisationId: f.org, partner: 'bissib', referredById: forged },
        'referred_by_id',
      ],
    ];
    for (const [path, table, body, column] of cases) {
      const stored = await createIgnoring(path, table, f.as.advisor, body, column, forged);
      if (stored) expect({ path, [column]: stored[column] }).toEqual({ path, [column]: f.users.advisor });
    }
    // And on update: the echoed value is dropped, the stored one stays.
    for (const [resource, key, column] of [
      ['meetings', 'meeting', 'author_id'],
      ['tasks', 'task', 'created_by_id'],
      ['referrals', 'referral', 'referred_by_id'],
      ['contacts', 'contact', 'created_by_id'],
    ]) {
      const { version } = await row(resource, f[key].id);
      const field = column.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
      const res = await api.http
        .put(`/api/${resource}/${f[key].id}`)
        .set(f.as.advisor)
        .send({ version, [field]: forged });
      expect([200, 400]).toContain(res.status);
      expect({ resource, value: (await row(resource, f[key].id))[column] }).toEqual({
        resource,
        value: f.users.advisor,
      });
    }
  });

  it('verdict, wageRatio and pillars of an assessment are computed, never taken', async () => {
    const forged = {
      verdict: 'social_enterprise',
      wageRatio: 1,
      pillars: { economic: 'met', social: 'met', governance: 'met' },
      status: 'final',
      finalisedAt: '2020-01-01T00:00:00Z',
    };
    const created = await createIgnoring(
      '/api/assessments',
      'assessments',
      f.as.advisor,
      { organisationId: f.org, lowestWage: 1000, highestWage: 9000, ...forged },
      'verdict',
      forged.verdict,
    );
    const id = created?.id ?? f.assessment.id;
    const before = await row('assessments', id);
    expect(before.status).toBe('draft');
    const res = await api.http
      .put(`/api/assessments/${id}`)
      .set(f.as.advisor)
      .send({ version: before.version, ...forged });
    expect([200, 400]).toContain(res.status);
    const after = await row('assessments', id);
    expect(after.status).toBe('draft');
    expect(after.finalised_at).toBeNull();
    expect(Number(after.wage_ratio)).not.toBe(1);
    expect(after.verdict).toEqual(before.verdict);
    expect(after.pillars).toEqual(before.pillars);
  });

  it.each([
    ['organisations', 'org', (f: Fixture) => f.org],
    ['contacts', 'contact', (f: Fixture) => f.contact.id],
    ['meetings', 'meeting', (f: Fixture) => f.meeting.id],
    ['tasks', 'task', (f: Fixture) => f.task.id],
    ['cases', 'case', (f: Fixture) => f.case.id],
    ['programmes', 'programme', (f: Fixture) => f.programme.id],
  ])(
    '%s: a PUT with version 99 is a 409 that changes nothing; an id in the body never moves the record',
    async (resource, _, idOf) => {
      const id = idOf(f);
      const who = resource === 'programmes' ? f.as.admin : f.as.coordinator;
      const before = await row(resource, id);
      const stale = await api.http.put(`/api/${resource}/${id}`).set(who).send({ version: 99 });
      expect(stale.status).toBe(409);
      expect(await row(resource, id)).toEqual(before);
      const other = randomUUID();
      const moved = await api.http.put(`/api/${resource}/${id}`).set(who).send({ version: before.version, id: other });
      expect(moved.status).toBe(200);
      expect(moved.body.id).toBe(id);
      expect(await api.sql(`SELECT 1 FROM ${resource} WHERE id = $1`, [other])).toEqual([]);
      expect((await row(resource, id)).version).toBe(before.version + 1);
    },
  );

  it.each([
    ['organisations', (_f: Fixture) => ({ name: 'Version forgée' }), 'advisor'],
    ['contacts', (f: Fixture) => ({ organisationId: f.org, firstName: 'V', lastName: 'F' }), 'advisor'],
    [
      'meetings',
      (f: Fixture) => ({ organisationId: f.org, subject: 'v', occurredAt: '2030-01-01T10:00:00Z' }),
      'advisor',
    ],
    ['tasks', (f: Fixture) => ({ organisationId: f.org, title: 'v' }), 'advisor'],
    ['programmes', () => ({ partner: 'coopcity', name: 'Version forgée', stage: 'idea' }), 'admin'],
  ] as const)(
    '%s: a POST with an id and version 99 creates version 1 under a fresh id (or is refused)',
    async (resource, body, who) => {
      const forgedId = randomUUID();
      const before = await count(resource);
      const res = await api.http
        .post(`/api/${resource}`)
        .set(f.as[who])
        .send({ ...body(f), id: forgedId, version: 99 });
      if (res.status === 400) {
        expect(await count(resource)).toBe(before);
      } else {
        expect(res.status).toBe(201);
        expect(res.body.id).not.toBe(forgedId);
        expect(res.body.version).toBe(1);
        expect((await row(resource, res.body.id)).version).toBe(1);
      }
      expect(await api.sql(`SELECT 1 FROM ${resource} WHERE id = $1`, [forgedId])).toEqual([]);
    },
  );
});

describe('access tokens: the database decides, not the claims', () => {
  let api: TestApi;
  let f: Fixture;
  withJourney((started) => ({ api, f } = started));

  const now = () => Math.floor(Date.now() / 1000);
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  function sign(payload: object, { secret = TEST_SECRET, alg = 'HS256', hash = 'sha256' } = {}) {
    const body = `${encode({ alg, typ: 'JWT' })}.${encode(payload)}`;
    return `${body}.${createHmac(hash, secret).update(body).digest('base64url')}`;
  }
  const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());

  it("an advisor's own token re-signed with the right secret but claiming role admin is still an advisor", async () => {
    const real = claimsOf(f.as.advisor.Authorization.slice(7));
    const forged = bearer(sign({ ...real, role: 'admin' }));
    expect((await api.http.get('/api/auth/me').set(forged).expect(200)).body.role).toBe('advisor');
    expect((await api.http.get('/api/audit-log').set(forged)).status).toBe(403);
    expect(
      (
        await api.http
          .post('/api/users')
          .set(forged)
          .send({ email: 'e@hub.brussels', fullName: 'E', role: 'admin', password: 'a long enough password' })
      ).status,
    ).toBe(403);
    expect((await api.http.delete(`/api/users/${f.users.manager}`).set(forged)).status).toBe(403);
    expect((await api.http.get(`/api/contacts/${f.contact.id}/export`).set(forged)).status).toBe(403);
    expect((await api.http.get('/api/reports/contacts.csv').set(forged)).status).toBe(403);
  });

  it('a token claiming HS512, signed HS512 with the right secret, is refused', async () => {
    const real = claimsOf(f.as.admin.Authorization.slice(7));
    expect((await api.http.get('/api/auth/me').set(bearer(sign(real, { alg: 'HS512', hash: 'sha512' })))).status).toBe(
      401,
    );
    expect((await api.http.get('/api/auth/me').set(bearer(sign(real, { alg: 'HS384', hash: 'sha384' })))).status).toBe(
      401,
    );
  });

  const meWith = async (sub: unknown) =>
    (await api.http.get('/api/auth/me').set(bearer(sign({ sub, role: 'admin', tv: 0, iat: now(), exp: now() + 600 }))))
      .status;

  it('a well-signed token for a user id that does not exist is a 401', async () => {
    expect(await meWith(randomUUID())).toBe(401);
    expect(await meWith(null)).toBe(401);
  });

  /** Found by this suite (fixed): the claim reached the SQL lookup unchecked and answered 400. */
  it('a well-signed token whose subject is not a uuid is a 401, not a 400', async () => {
    const subs = ['not-a-uuid', "' OR 1=1 --", '', 42, { id: randomUUID() }, [randomUUID()]];
    const answers = [];
    for (const sub of subs) answers.push({ sub, status: await meWith(sub) });
    expect(answers).toEqual(subs.map((sub) => ({ sub, status: 401 })));
  });

  it('a token with a wrong or missing token version, or issued in the future beyond its lifetime, is refused', async () => {
    const real = claimsOf(f.as.advisor.Authorization.slice(7));
    for (const tv of [real.tv + 1, -1, '0', null, undefined]) {
      expect({ tv, status: (await api.http.get('/api/auth/me').set(bearer(sign({ ...real, tv })))).status }).toEqual({
        tv,
        status: 401,
      });
    }
    // A lifetime far beyond the configured one (maxAge on iat): refused.
    expect(
      (await api.http.get('/api/auth/me').set(bearer(sign({ ...real, iat: now() - 3 * 3600, exp: now() + 3600 }))))
        .status,
    ).toBe(401);
  });

  it('a token in the wrong place or shape is a 401 in the error shape', async () => {
    const token = f.as.advisor.Authorization.slice(7);
    for (const header of [
      `Basic ${token}`,
      `Bearer  ${token}x`,
      `Bearer ${token}.`,
      'Bearer',
      `bearer${token}`,
      `Bearer ${token.split('.').slice(0, 2).join('.')}.`,
    ]) {
      const res = await api.http.get('/api/auth/me').set('Authorization', header);
      expect({ header: header.slice(0, 12), status: res.status }).toEqual({ header: header.slice(0, 12), status: 401 });
      expect(res.body.statusCode).toBe(401);
    }
    expect((await api.http.get('/api/auth/me').query({ access_token: token })).status).toBe(401);
    expect((await api.http.get('/api/auth/me').set('Cookie', `traject_session=${token}`)).status).toBe(401);
  });

  it('sign-in throttling also holds for a differently-cased e-mail of the same account', async () => {
    const local = await startApi({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_ADDRESS: '50' });
    try {
      for (const email of [
        'advisor@demo.traject.brussels',
        'ADVISOR@demo.traject.brussels',
        'Advisor@Demo.Traject.Brussels',
      ]) {
        await local.http.post('/api/auth/login').send({ email, password: 'wrong password!!' }).expect(401);
      }
      const { DEMO_PASSWORD } = await import('../../../api/src/seed/demo-users');
      expect(
        (
          await local.http
            .post('/api/auth/login')
            .send({ email: 'advisor@demo.traject.brussels', password: DEMO_PASSWORD })
        ).status,
      ).toBe(429);
    } finally {
      await local.close();
    }
  });
});
