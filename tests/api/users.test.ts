import { bearer, startApi, TestApi } from '../support/api';

const newUser = (overrides: object = {}) => ({
  email: `person${Math.random().toString(36).slice(2, 8)}@hub.brussels`,
  fullName: 'Nadia Benali',
  role: 'advisor',
  language: 'fr',
  password: 'a long enough password',
  ...overrides,
});

describe('users, as each role', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.close());

  it.each(['advisor', 'coordinator', 'manager', 'admin'] as const)(
    'a %s may list users, and sees no secret',
    async (role) => {
      const res = await api.http
        .get('/api/users')
        .set(bearer(await api.token(role)))
        .expect(200);
      expect(res.body.length).toBeGreaterThanOrEqual(5);
      expect(Object.keys(res.body[0]).sort()).toEqual(
        [
          'active',
          'createdAt',
          'email',
          'fullName',
          'id',
          'language',
          'lastLoginAt',
          'role',
          'updatedAt',
          'version',
        ].sort(),
      );
    },
  );

  it.each(['advisor', 'coordinator', 'manager'] as const)(
    'a %s may not create, change or deactivate a user (403)',
    async (role) => {
      const token = await api.token(role);
      const [target] = await api.sql(`SELECT id, version FROM users WHERE email = 'advisor2@demo.traject.brussels'`);
      await api.http.post('/api/users').set(bearer(token)).send(newUser()).expect(403);
      await api.http
        .put(`/api/users/${target.id}`)
        .set(bearer(token))
        .send({ role: 'admin', version: target.version })
        .expect(403);
      await api.http.delete(`/api/users/${target.id}`).set(bearer(token)).expect(403);
      const [after] = await api.sql(`SELECT role, active, version FROM users WHERE id = $1`, [target.id]);
      expect(after).toEqual({ role: 'advisor', active: true, version: target.version });
    },
  );

  it('an admin creates a user who can then sign in', async () => {
    const body = newUser({ email: 'Nadia.Benali@hub.brussels' });
    const res = await api.http
      .post('/api/users')
      .set(bearer(await api.token('admin')))
      .send(body)
      .expect(201);
    expect(res.body).toMatchObject({ email: 'Nadia.Benali@hub.brussels', role: 'advisor', active: true, version: 1 });
    expect(res.body).not.toHaveProperty('password');
    await api.http
      .post('/api/auth/login')
      .send({ email: 'nadia.benali@hub.brussels', password: body.password })
      .expect(200);
  });

  it('an e-mail already taken, in any case, is a 409 naming email', async () => {
    const res = await api.http
      .post('/api/users')
      .set(bearer(await api.token('admin')))
      .send(newUser({ email: 'ADVISOR@demo.traject.brussels' }))
      .expect(409);
    expect(res.body.errors).toEqual({ email: 'Another user already has this e-mail address.' });
    expect(res.body.errorCodes).toEqual({ email: { code: 'user.email_taken', params: {} } });
  });

  it('bad input is a 400 with every field named, and nothing is written', async () => {
    const before = await api.sql('SELECT count(*)::int AS n FROM users');
    const res = await api.http
      .post('/api/users')
      .set(bearer(await api.token('admin')))
      .send({ email: 'not-an-email', fullName: '', role: 'boss', language: 'de', password: 'short', isAdmin: true })
      .expect(400);
    expect(res.body.statusCode).toBe(400);
    expect(Object.keys(res.body.errors).sort()).toEqual([
      'email',
      'fullName',
      'isAdmin',
      'language',
      'password',
      'role',
    ]);
    expect(res.body.errorCodes.role).toEqual({
      code: 'validation.one_of',
      params: { allowed: ['advisor', 'coordinator', 'manager', 'admin'], list: 'role' },
    });
    expect(res.body.errors.role).toBe('Choose one of: Advisor, Coordinator, Manager, Administrator.');
    expect(await api.sql('SELECT count(*)::int AS n FROM users')).toEqual(before);
  });

  it('an admin edits a user with the record as it was read; read-only fields are ignored', async () => {
    const admin = bearer(await api.token('admin'));
    const created = (await api.http.post('/api/users').set(admin).send(newUser()).expect(201)).body;
    const edited = {
      ...created,
      fullName: 'Nadia Benali-Claes',
      role: 'coordinator',
      id: 'ignored',
      createdAt: '1999-01-01',
      lastLoginAt: '2000-01-01',
    };
    const res = await api.http.put(`/api/users/${created.id}`).set(admin).send(edited).expect(200);
    expect(res.body).toMatchObject({
      id: created.id,
      fullName: 'Nadia Benali-Claes',
      role: 'coordinator',
      version: 2,
      lastLoginAt: null,
      createdAt: created.createdAt,
    });
  });

  it('a field the API never sends is a 400, and a stale version is a 409 that changes nothing', async () => {
    const admin = bearer(await api.token('admin'));
    const created = (await api.http.post('/api/users').set(admin).send(newUser()).expect(201)).body;
    const unknown = await api.http
      .put(`/api/users/${created.id}`)
      .set(admin)
      .send({ ...created, salary: 5000 })
      .expect(400);
    expect(unknown.body.errors).toHaveProperty('salary');
    await api.http
      .put(`/api/users/${created.id}`)
      .set(admin)
      .send({ ...created, fullName: 'First edit' })
      .expect(200);
    const stale = await api.http
      .put(`/api/users/${created.id}`)
      .set(admin)
      .send({ ...created, fullName: 'Second edit' })
      .expect(409);
    expect(stale.body).toMatchObject({ statusCode: 409, errors: { version: expect.any(String) } });
    const [row] = await api.sql('SELECT full_name, version FROM users WHERE id = $1', [created.id]);
    expect(row).toEqual({ full_name: 'First edit', version: 2 });
    const missing = await api.http
      .put(`/api/users/${created.id}`)
      .set(admin)
      .send({ fullName: 'No version' })
      .expect(400);
    expect(missing.body.errors).toHaveProperty('version');
  });

  it("an admin resets a user's password and the user's tokens end", async () => {
    const admin = bearer(await api.token('admin'));
    const body = newUser();
    const created = (await api.http.post('/api/users').set(admin).send(body).expect(201)).body;
    const token = (
      await api.http.post('/api/auth/login').send({ email: body.email, password: body.password }).expect(200)
    ).body.accessToken;
    await api.http
      .put(`/api/users/${created.id}`)
      .set(admin)
      .send({ ...created, password: 'a brand new password' })
      .expect(200);
    await api.http.get('/api/auth/me').set(bearer(token)).expect(401);
    await api.http.post('/api/auth/login').send({ email: body.email, password: 'a brand new password' }).expect(200);
  });

  it('DELETE deactivates and returns the record; the user is kept', async () => {
    const admin = bearer(await api.token('admin'));
    const created = (await api.http.post('/api/users').set(admin).send(newUser()).expect(201)).body;
    const res = await api.http.delete(`/api/users/${created.id}`).set(admin).expect(200);
    expect(res.body).toMatchObject({ id: created.id, active: false });
    expect(await api.sql('SELECT active FROM users WHERE id = $1', [created.id])).toEqual([{ active: false }]);
  });

  it('the last active admin cannot be deactivated or demoted (422)', async () => {
    const admin = bearer(await api.token('admin'));
    const [me] = await api.sql(`SELECT id, version FROM users WHERE email = 'admin@demo.traject.brussels'`);
    const res = await api.http.delete(`/api/users/${me.id}`).set(admin).expect(422);
    expect(res.body.message).toMatch(/at least one active admin/);
    await api.http.put(`/api/users/${me.id}`).set(admin).send({ role: 'manager', version: me.version }).expect(422);
    expect(await api.sql('SELECT role, active FROM users WHERE id = $1', [me.id])).toEqual([
      { role: 'admin', active: true },
    ]);
  });

  it('weak passwords are refused: common or breached, repeats and sequences, containing the e-mail or name (400 naming the field, stable code)', async () => {
    const admin = bearer(await api.token('admin'));
    for (const [password, code] of [
      ['aaaaaaaaaaaa', 'password.guessable'],
      ['123456789012', 'password.common'],
      ['passwordpassword', 'password.common'],
      ['abcdefghijklmnop', 'password.guessable'],
      ['qwertyuiop123', 'password.common'],
      ['nadia.benali@hub.brussels', 'password.personal'],
      ['Benali-Nadia-2026', 'password.personal'],
    ]) {
      const res = await api.http
        .post('/api/users')
        .set(admin)
        .send(newUser({ email: 'nadia.benali@hub.brussels', password }));
      expect({ password, status: res.status, code: res.body.code, field: Object.keys(res.body.errors ?? {}) }).toEqual({
        password,
        status: 400,
        code,
        field: ['password'],
      });
    }
    const me = await api.http
      .post('/api/auth/password')
      .set(bearer(await api.token('advisor2')))
      .send({ currentPassword: 'traject-demo-2026', newPassword: 'aaaaaaaaaaaaaaaa' });
    expect(me.status).toBe(400);
    expect(me.body.errors).toHaveProperty('newPassword');
  });
});
