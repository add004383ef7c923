import { createHmac } from 'node:crypto';
import { DEMO_PASSWORD } from '../../api/src/seed/demo-users';
import { addressBucket } from '../../api/src/auth/login-throttle.service';
import { bearer, startApi, TestApi, TEST_SECRET } from '../support/api';

const ADVISOR = 'advisor@demo.traject.brussels';

function signToken(payload: object, secret: string, header: object = { alg: 'HS256', typ: 'JWT' }): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const body = `${encode(header)}.${encode(payload)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

const cookieOf = (res: { headers: Record<string, unknown> }): string => {
  const cookies = (res.headers['set-cookie'] as string[] | undefined) ?? [];
  return cookies.map((c) => c.split(';')[0]).join('; ');
};

describe('signing in', () => {
  let api: TestApi;
  beforeAll(
    async () => (api = await startApi({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_ADDRESS: '8' })),
  );
  afterAll(() => api.close());
  beforeEach(() => api.sql('DELETE FROM login_failures'));

  it('a demo advisor signs in and gets a short-lived HS256 token, a user without secrets and a session cookie', async () => {
    const res = await api.http
      .post('/api/auth/login')
      .send({ email: 'Advisor@Demo.Traject.Brussels', password: DEMO_PASSWORD })
      .expect(200);
    expect(res.body.user).toMatchObject({ email: ADVISOR, role: 'advisor', language: 'fr', active: true });
    expect(JSON.stringify(res.body)).not.toMatch(/passwordHash|password_hash|tokenVersion|\$argon2/);
    const [header, payload] = res.body.accessToken
      .split('.')
      .slice(0, 2)
      .map((p: string) => JSON.parse(Buffer.from(p, 'base64url').toString()));
    expect(header.alg).toBe('HS256');
    expect(payload.exp - payload.iat).toBeGreaterThanOrEqual(15 * 60);
    expect(payload.exp - payload.iat).toBeLessThanOrEqual(60 * 60);
    expect(res.headers['set-cookie'][0]).toMatch(
      /traject_session=.+; Path=\/api\/auth; Expires=.+; HttpOnly; Secure; SameSite=Strict/,
    );
    const me = await api.http.get('/api/auth/me').set(bearer(res.body.accessToken)).expect(200);
    expect(me.body.email).toBe(ADVISOR);
    const [row] = await api.sql(`SELECT last_login_at FROM users WHERE email = $1`, [ADVISOR]);
    expect(row.last_login_at).not.toBeNull();
  });

  it('a wrong password and an unknown e-mail get the same 401', async () => {
    const wrong = await api.http
      .post('/api/auth/login')
      .send({ email: ADVISOR, password: 'not the password' })
      .expect(401);
    const unknown = await api.http
      .post('/api/auth/login')
      .send({ email: 'nobody@example.org', password: 'not the password' })
      .expect(401);
    expect(wrong.body).toEqual({
      statusCode: 401,
      code: 'auth.wrong_credentials',
      params: {},
      message: 'E-mail ou mot de passe incorrect.',
    });
    expect(unknown.body).toEqual(wrong.body);
  });

  it('a sign-in without a password is a 400 naming the field', async () => {
    const res = await api.http.post('/api/auth/login').send({ email: ADVISOR }).expect(400);
    expect(res.body.errors).toHaveProperty('password');
  });

  it('repeated failures lock the account (429) even with the right password, counted in PostgreSQL', async () => {
    for (let i = 0; i < 3; i++)
      await api.http.post('/api/auth/login').send({ email: ADVISOR, password: 'wrong password!' }).expect(401);
    const locked = await api.http.post('/api/auth/login').send({ email: ADVISOR, password: DEMO_PASSWORD }).expect(429);
    expect(locked.body).toMatchObject({
      code: 'auth.too_many_attempts',
      message: expect.stringMatching(/^Trop de connexions échouées/),
    });
    const [{ count }] = await api.sql(`SELECT count(*)::int FROM login_failures WHERE account = $1`, [ADVISOR]);
    expect(count).toBe(3);
    // Another account from the same address still signs in.
    await api.http
      .post('/api/auth/login')
      .send({ email: 'manager@demo.traject.brussels', password: DEMO_PASSWORD })
      .expect(200);
  });

  it('repeated failures from one address over many accounts lock that address', async () => {
    for (let i = 0; i < 8; i++)
      await api.http
        .post('/api/auth/login')
        .send({ email: `guess${i}@example.org`, password: 'whatever12345' })
        .expect(401);
    await api.http
      .post('/api/auth/login')
      .send({ email: 'coordinator@demo.traject.brussels', password: DEMO_PASSWORD })
      .expect(429);
  });

  it('100 parallel guesses on one account: at most the limit are evaluated, the right one among them never signs in', async () => {
    // The right password sits at position 60: before the lock was atomic, every guess was evaluated and it got a 200.
    const guesses = Array.from({ length: 100 }, (_, i) => (i === 60 ? DEMO_PASSWORD : `wrong guess ${i}`));
    const answers = await Promise.all(
      guesses.map((password) =>
        api.http.post('/api/auth/login').send({ email: 'coordinator@demo.traject.brussels', password }),
      ),
    );
    const statuses = answers.map((res) => res.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(3);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(97);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(answers[60].status === 200 ? 1 : 0);
    expect(statuses.every((s) => [200, 401, 429].includes(s))).toBe(true);
    const [{ count }] = await api.sql(
      `SELECT count(*)::int FROM login_failures WHERE account = 'coordinator@demo.traject.brussels'`,
    );
    expect(count).toBeLessThanOrEqual(3);
  });

  it('100 parallel guesses over many accounts from one address: at most the address limit are evaluated', async () => {
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        api.http.post('/api/auth/login').send({ email: `parallel${i}@example.org`, password: 'whatever12345' }),
      ),
    );
    expect(answers.filter((res) => res.status === 401).length).toBeLessThanOrEqual(8);
    expect(answers.filter((res) => res.status === 429).length).toBeGreaterThanOrEqual(92);
    expect(answers.filter((res) => ![401, 429].includes(res.status)).map((res) => res.status)).toEqual([]);
  });

  it('a failed sign-in keeps what was typed as e-mail only when it names an account (it may be a password)', async () => {
    await api.http.post('/api/auth/login').send({ email: 'MySecretPassw0rd!', password: 'x' }).expect(401);
    await api.http.post('/api/auth/login').send({ email: ADVISOR, password: 'wrong password!' }).expect(401);
    const rows = await api.sql(`SELECT changes FROM audit_log WHERE action = 'login_failed'`);
    expect(JSON.stringify(rows)).not.toMatch(/MySecretPassw0rd/i);
    expect(JSON.stringify(rows)).toContain(ADVISOR);
  });

  it('IPv6 clients are counted per /64', () => {
    expect(addressBucket('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('::ffff:10.0.0.7')).toBe('10.0.0.7');
    expect(addressBucket('::1')).toBe('0:0:0:0::/64');
  });

  it('many successful sign-ins from one address are not limited', async () => {
    for (let i = 0; i < 12; i++)
      await api.http
        .post('/api/auth/login')
        .send({ email: 'manager@demo.traject.brussels', password: DEMO_PASSWORD })
        .expect(200);
  });
});

describe('access tokens', () => {
  let api: TestApi;
  let advisorId: string;
  beforeAll(async () => {
    api = await startApi();
    [{ id: advisorId }] = await api.sql(`SELECT id FROM users WHERE email = $1`, [ADVISOR]);
  });
  afterAll(() => api.close());

  const now = () => Math.floor(Date.now() / 1000);

  it('no token is a 401 in the error shape', async () => {
    const res = await api.http.get('/api/users').expect(401);
    expect(res.body).toMatchObject({ statusCode: 401 });
  });

  it('a token signed with another secret is refused', async () => {
    const forged = signToken(
      { sub: advisorId, role: 'admin', tv: 0, iat: now(), exp: now() + 600 },
      'another-secret-another-secret-another',
    );
    await api.http.get('/api/auth/me').set(bearer(forged)).expect(401);
  });

  it('a token with alg "none" is refused', async () => {
    const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
    const none = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ sub: advisorId, role: 'admin', tv: 0, iat: now(), exp: now() + 600 })}.`;
    await api.http.get('/api/auth/me').set(bearer(none)).expect(401);
  });

  it('a token claiming another algorithm is refused even with the right secret', async () => {
    const token = signToken({ sub: advisorId, role: 'advisor', tv: 0, iat: now(), exp: now() + 600 }, TEST_SECRET, {
      alg: 'HS512',
      typ: 'JWT',
    });
    await api.http.get('/api/auth/me').set(bearer(token)).expect(401);
  });

  it('an expired token, and one without expiry, are refused', async () => {
    await api.http
      .get('/api/auth/me')
      .set(
        bearer(
          signToken({ sub: advisorId, role: 'advisor', tv: 0, iat: now() - 7200, exp: now() - 3600 }, TEST_SECRET),
        ),
      )
      .expect(401);
    await api.http
      .get('/api/auth/me')
      .set(bearer(signToken({ sub: advisorId, role: 'advisor', tv: 0, iat: now() - 7200 }, TEST_SECRET)))
      .expect(401);
    // The same claims, fresh and naming an open session, are accepted: the refusals above are about time, not shape.
    const signedIn = await api.http
      .post('/api/auth/login')
      .send({ email: ADVISOR, password: DEMO_PASSWORD })
      .expect(200);
    const sid = JSON.parse(Buffer.from(signedIn.body.accessToken.split('.')[1], 'base64url').toString()).sid;
    await api.http
      .get('/api/auth/me')
      .set(
        bearer(signToken({ sub: advisorId, role: 'advisor', tv: 0, sid, iat: now(), exp: now() + 600 }, TEST_SECRET)),
      )
      .expect(200);
    // Without a session, or naming another user's, they are not.
    await api.http
      .get('/api/auth/me')
      .set(bearer(signToken({ sub: advisorId, role: 'advisor', tv: 0, iat: now(), exp: now() + 600 }, TEST_SECRET)))
      .expect(401);
  });

  it("a deactivated user's token stops working at once", async () => {
    const token = await api.token('advisor2');
    await api.http.get('/api/auth/me').set(bearer(token)).expect(200);
    const [user] = await api.sql(`SELECT id, version FROM users WHERE email = 'advisor2@demo.traject.brussels'`);
    await api.http
      .delete(`/api/users/${user.id}`)
      .set(bearer(await api.token('admin')))
      .expect(200);
    await api.http.get('/api/auth/me').set(bearer(token)).expect(401);
    await api.http
      .post('/api/auth/login')
      .send({ email: 'advisor2@demo.traject.brussels', password: DEMO_PASSWORD })
      .expect(401);
  });
});

describe('sessions and passwords', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.close());

  it('the session cookie gives a new access token and rotates; a replayed cookie is refused; logout ends it', async () => {
    const login = await api.http.post('/api/auth/login').send({ email: ADVISOR, password: DEMO_PASSWORD }).expect(200);
    const first = cookieOf(login);
    const refreshed = await api.http.post('/api/auth/refresh').set('Cookie', first).expect(200);
    expect(refreshed.body.user.email).toBe(ADVISOR);
    await api.http.get('/api/auth/me').set(bearer(refreshed.body.accessToken)).expect(200);
    const second = cookieOf(refreshed);
    expect(second).not.toBe(first);
    await api.http.post('/api/auth/refresh').set('Cookie', first).expect(401);
    await api.http.post('/api/auth/logout').set('Cookie', second).expect(204);
    await api.http.post('/api/auth/refresh').set('Cookie', second).expect(401);
    await api.http.post('/api/auth/refresh').expect(401);
  });

  it('changing the password ends every earlier token and session, and the new password works', async () => {
    const login = await api.http
      .post('/api/auth/login')
      .send({ email: 'manager@demo.traject.brussels', password: DEMO_PASSWORD })
      .expect(200);
    const old = login.body.accessToken;
    await api.http
      .post('/api/auth/password')
      .set(bearer(old))
      .send({ currentPassword: 'wrong one!!!!', newPassword: 'a new long password' })
      .expect(400)
      .then((res) => expect(res.body.errors).toEqual({ currentPassword: "Ce n'est pas votre mot de passe actuel." }));
    await api.http
      .post('/api/auth/password')
      .set(bearer(old))
      .send({ currentPassword: DEMO_PASSWORD, newPassword: 'short' })
      .expect(400)
      .then((res) => expect(res.body.errors.newPassword).toBe('Au moins 12 caractères.'));
    const changed = await api.http
      .post('/api/auth/password')
      .set(bearer(old))
      .send({ currentPassword: DEMO_PASSWORD, newPassword: 'a new long password' })
      .expect(200);
    await api.http.get('/api/auth/me').set(bearer(old)).expect(401);
    await api.http.post('/api/auth/refresh').set('Cookie', cookieOf(login)).expect(401);
    await api.http.get('/api/auth/me').set(bearer(changed.body.accessToken)).expect(200);
    await api.http
      .post('/api/auth/login')
      .send({ email: 'manager@demo.traject.brussels', password: DEMO_PASSWORD })
      .expect(401);
    await api.http
      .post('/api/auth/login')
      .send({ email: 'manager@demo.traject.brussels', password: 'a new long password' })
      .expect(200);
    const [row] = await api.sql(`SELECT password_hash FROM users WHERE email = 'manager@demo.traject.brussels'`);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });
});
