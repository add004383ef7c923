import { bearer, startApi, TestApi } from '../support/api';

/** The simple-REST contract of API.md, exercised on the users resource. */
describe('the simple-REST protocol', () => {
  let api: TestApi;
  let auth: { Authorization: string };
  beforeAll(async () => {
    api = await startApi();
    auth = bearer(await api.token('admin'));
    const names = [
      'Élodie Lefèvre',
      'Bart De Smet',
      'Zoë Vermeulen',
      'Ahmed Ouali',
      'Ingrid Claes',
      'Jean-Luc Mertens',
    ];
    for (const [i, fullName] of names.entries()) {
      await api.http
        .post('/api/users')
        .set(auth)
        .send({
          email: `user${i}@hub.brussels`,
          fullName,
          role: i % 2 ? 'coordinator' : 'advisor',
          language: i % 2 ? 'nl' : 'fr',
          password: 'a long enough password',
        })
        .expect(201);
    }
  });
  afterAll(() => api.close());

  const list = (query: string) => api.http.get(`/api/users?${query}`).set(auth);
  const q = (params: Record<string, unknown>) =>
    new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, JSON.stringify(v)])).toString();

  it('a page carries Content-Range first-last/total, exposed to browsers', async () => {
    const res = await list(q({ sort: ['fullName', 'ASC'], range: [0, 4] })).expect(200);
    expect(res.body).toHaveLength(5);
    expect(res.headers['content-range']).toBe('users 0-4/11');
    expect(res.headers['access-control-expose-headers']).toMatch(/Content-Range/);
    const next = await list(q({ sort: ['fullName', 'ASC'], range: [5, 9] })).expect(200);
    expect(next.headers['content-range']).toBe('users 5-9/11');
    expect(next.body.map((u: { id: string }) => u.id)).not.toContain(res.body[0].id);
  });

  it('an empty page says */0', async () => {
    const res = await list(q({ filter: { role: 'manager', language: 'en' } })).expect(200);
    expect(res.body).toEqual([]);
    expect(res.headers['content-range']).toBe('users */0');
  });

  it('sorts both ways', async () => {
    const up = (await list(q({ sort: ['email', 'ASC'] })).expect(200)).body.map((u: { email: string }) => u.email);
    const down = (await list(q({ sort: ['email', 'DESC'] })).expect(200)).body.map((u: { email: string }) => u.email);
    expect(up).toEqual([...up].sort());
    expect(down).toEqual([...up].reverse());
  });

  it('filters by equality, any-of, boolean and dates', async () => {
    const coordinators = await list(q({ filter: { role: 'coordinator' } })).expect(200);
    expect(coordinators.body.every((u: { role: string }) => u.role === 'coordinator')).toBe(true);
    expect(coordinators.headers['content-range']).toBe('users 0-3/4');
    const either = await list(q({ filter: { role: ['manager', 'admin'] } })).expect(200);
    expect(either.body.map((u: { role: string }) => u.role).sort()).toEqual(['admin', 'manager']);
    expect((await list(q({ filter: { active: true } })).expect(200)).body).toHaveLength(11);
    expect(
      (await list(q({ filter: { createdAt_gte: '2000-01-01', createdAt_lte: '2999-12-31' } })).expect(200)).body,
    ).toHaveLength(11);
    expect((await list(q({ filter: { createdAt_gte: '2999-01-01' } })).expect(200)).body).toHaveLength(0);
  });

  it('q searches without regard to accents or case', async () => {
    const res = await list(q({ filter: { q: 'elodie lefevre' } })).expect(200);
    expect(res.body.map((u: { fullName: string }) => u.fullName)).toEqual(['Élodie Lefèvre']);
    expect((await list(q({ filter: { q: 'ZOE' } })).expect(200)).body[0].fullName).toBe('Zoë Vermeulen');
    expect((await list(q({ filter: { q: '100%_' } })).expect(200)).body).toEqual([]);
  });

  it('getMany: filter by a list of ids with no range returns each of them', async () => {
    const some = (await list(q({ range: [0, 2] })).expect(200)).body.map((u: { id: string }) => u.id);
    const res = await list(q({ filter: { id: some } })).expect(200);
    expect(res.body.map((u: { id: string }) => u.id).sort()).toEqual([...some].sort());
  });

  it('at most 1000 rows per request: [0,999] is fine, [0,1000] is a 400', async () => {
    await list(q({ range: [0, 999] })).expect(200);
    const res = await list(q({ range: [0, 1000] })).expect(400);
    expect(res.body).toMatchObject({
      statusCode: 400,
      code: 'list.range_too_wide',
      params: { max: 1000 },
      errors: { range: expect.any(String) },
    });
  });

  it.each([
    ['an unknown filter field', { filter: { salary: 1 } }, 'salary'],
    ['an unknown sort field', { sort: ['passwordHash', 'ASC'] }, 'passwordHash'],
    ['a filter that is not an object', { filter: [1] }, 'filter'],
    ['a malformed id filter', { filter: { id: ['1; DROP TABLE users'] } }, 'id'],
  ])('%s is a 400 naming the field', async (_, params, field) => {
    const res = await list(q(params)).expect(400);
    expect(res.body.errors).toHaveProperty(field);
    expect(JSON.stringify(res.body)).not.toMatch(/SELECT|at .*\.ts|stack/i);
  });

  it('JSON that does not parse is a 400', async () => {
    const res = await list('filter=%7Bnope').expect(400);
    expect(res.body.errors).toHaveProperty('filter');
  });

  it('an unknown id is a 404, a malformed one a 400', async () => {
    const unknown = await api.http.get('/api/users/4b1e1d3c-7c44-4f1e-9a51-6f3f2b0d1e2a').set(auth).expect(404);
    expect(unknown.body.statusCode).toBe(404);
    await api.http.get('/api/users/not-a-uuid').set(auth).expect(400);
    await api.http
      .put('/api/users/4b1e1d3c-7c44-4f1e-9a51-6f3f2b0d1e2a')
      .set(auth)
      .send({ fullName: 'x', version: 1 })
      .expect(404);
  });

  it('a body that is not JSON is a 400, not a 500', async () => {
    const res = await api.http
      .post('/api/users')
      .set(auth)
      .set('Content-Type', 'application/json')
      .send('{"email": ')
      .expect(400);
    expect(res.body).toMatchObject({ statusCode: 400 });
  });

  it('an unknown API route is a JSON 404', async () => {
    const res = await api.http.get('/api/nothing-here').set(auth).expect(404);
    expect(res.body.statusCode).toBe(404);
  });
});

describe('security headers, health and docs', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.close());

  it('answers carry helmet headers and no x-powered-by', async () => {
    const res = await api.http.get('/api/health').expect(200);
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    // HSTS only over HTTPS (a plain-HTTP intranet would be locked out): tests/api/hardening.test.ts.
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('CORS is same-origin by default: another origin gets no allow header', async () => {
    const res = await api.http.get('/api/health').set('Origin', 'https://evil.example').expect(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('a body over the size limit is refused with 413', async () => {
    const res = await api.http.post('/api/auth/login').send({ email: 'x@y.z', password: 'p'.repeat(2_000_000) });
    expect(res.status).toBe(413);
  });

  it('health is live and ready with the migrations applied', async () => {
    expect((await api.http.get('/api/health').expect(200)).body).toEqual({ status: 'ok' });
    expect((await api.http.get('/api/health/ready').expect(200)).body).toEqual({
      status: 'ready',
      database: 'up',
      migrations: 'applied',
    });
  });

  it('ready says 503 while a migration is pending', async () => {
    const [last] = await api.sql(`DELETE FROM migrations WHERE id = (SELECT max(id) FROM migrations) RETURNING *`);
    const res = await api.http.get('/api/health/ready').expect(503);
    expect(res.body).toMatchObject({ statusCode: 503, migrations: 'pending' });
    await api.sql(`INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [
      last.id,
      last.timestamp,
      last.name,
    ]);
    await api.http.get('/api/health/ready').expect(200);
  });

  it('the OpenAPI document lists every route', async () => {
    const res = await api.http.get('/api/docs').set('Accept', 'application/json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    const paths = Object.keys(res.body.paths);
    for (const path of [
      '/api/auth/login',
      '/api/auth/refresh',
      '/api/auth/logout',
      '/api/auth/me',
      '/api/auth/password',
      '/api/auth/set-password',
      '/api/auth/forgot-password',
      '/api/users',
      '/api/users/{id}',
      '/api/users/{id}/invite',
      '/api/health',
      '/api/health/ready',
    ]) {
      expect(paths).toContain(path);
    }
    await api.http.get('/api/docs.json').expect(200);
    const page = await api.http.get('/api/docs').set('Accept', 'text/html').expect(200);
    expect(page.text).toMatch(/swagger/i);
  });
});
