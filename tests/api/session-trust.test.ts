import { Logger } from '@nestjs/common';
import { loadConfig } from '../../api/src/config/app.config';
import { FORWARDED_WITHOUT_TRUST_PROXY } from '../../api/src/common/http/forwarded-warning';
import { DEMO_PASSWORD } from '../../api/src/seed/demo-users';
import { bearer, startApi, TestApi } from '../support/api';

const ADVISOR = 'advisor@demo.traject.brussels';
const THIEF = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';

const cookieOf = (res: { headers: Record<string, unknown> }): string =>
  ((res.headers['set-cookie'] as string[] | undefined) ?? []).map((c) => c.split(';')[0]).join('; ');

describe('refresh cookies: a replayed one ends the whole session', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startApi({ REFRESH_REUSE_GRACE_SECONDS: '0' })));
  afterAll(() => api.close());

  const signIn = async () => {
    const res = await api.http.post('/api/auth/login').send({ email: ADVISOR, password: DEMO_PASSWORD }).expect(200);
    return { token: res.body.accessToken as string, cookie: cookieOf(res) };
  };

  it('rotate, then the old cookie comes back: 401, and the new cookie and its access token stop working too (audited)', async () => {
    const stolen = await signIn();
    const rotated = await api.http.post('/api/auth/refresh').set('Cookie', stolen.cookie).expect(200);
    const fresh = { token: rotated.body.accessToken as string, cookie: cookieOf(rotated) };
    await api.http.get('/api/auth/me').set(bearer(fresh.token)).expect(200);

    const replay = await api.http
      .post('/api/auth/refresh')
      .set('Cookie', stolen.cookie)
      .set('User-Agent', THIEF)
      .expect(401);
    expect(replay.body.code).toBe('auth.session_ended');
    await api.http.post('/api/auth/refresh').set('Cookie', fresh.cookie).expect(401);
    await api.http.get('/api/auth/me').set(bearer(fresh.token)).expect(401);
    await api.http.get('/api/auth/me').set(bearer(stolen.token)).expect(401);

    const sessionId = stolen.cookie.split('=')[1].split('.')[0];
    const [audit] = await api.sql(
      `SELECT user_id, entity_id, changes FROM audit_log WHERE action = 'session_replayed'`,
    );
    const [{ id: advisorId }] = await api.sql(`SELECT id FROM users WHERE email = $1`, [ADVISOR]);
    expect(audit).toMatchObject({
      user_id: null,
      entity_id: advisorId,
      changes: { session: sessionId, browser: 'Firefox 128' },
    });
  });

  it("a cookie that never was the session's (a guessed secret) ends nothing", async () => {
    const mine = await signIn();
    const sessionId = mine.cookie.split('=')[1].split('.')[0];
    await api.http.post('/api/auth/refresh').set('Cookie', `traject_session=${sessionId}.guessed-secret`).expect(401);
    await api.http.post('/api/auth/refresh').set('Cookie', mine.cookie).expect(200);
  });
});

describe('refresh cookies: two tabs renewing together', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.close());

  it('the cookie rotated away seconds ago is refused with auth.session_rotated and the session lives on; an older one ends it', async () => {
    const login = await api.http.post('/api/auth/login').send({ email: ADVISOR, password: DEMO_PASSWORD }).expect(200);
    const first = cookieOf(login);
    const second = cookieOf(await api.http.post('/api/auth/refresh').set('Cookie', first).expect(200));
    const otherTab = await api.http.post('/api/auth/refresh').set('Cookie', first).expect(401);
    expect(otherTab.body.code).toBe('auth.session_rotated');
    expect(otherTab.body.message).toBe('Un autre onglet vient de prolonger la session ; réessayez.');
    const third = cookieOf(await api.http.post('/api/auth/refresh').set('Cookie', second).expect(200));
    // `first` is now two rotations old: no tab can still be sending it honestly.
    await api.http.post('/api/auth/refresh').set('Cookie', first).expect(401);
    await api.http.post('/api/auth/refresh').set('Cookie', third).expect(401);
  });
});

describe('logout', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.close());

  const signIn = async () => {
    const res = await api.http.post('/api/auth/login').send({ email: ADVISOR, password: DEMO_PASSWORD }).expect(200);
    return { token: res.body.accessToken as string, cookie: cookieOf(res) };
  };

  it('ends the access token at once, not when it expires', async () => {
    const browser = await signIn();
    await api.http.get('/api/auth/me').set(bearer(browser.token)).expect(200);
    await api.http.post('/api/auth/logout').set('Cookie', browser.cookie).expect(204);
    await api.http.get('/api/auth/me').set(bearer(browser.token)).expect(401);
  });

  it("checks the cookie's secret: the session id alone ends nothing", async () => {
    const browser = await signIn();
    const sessionId = browser.cookie.split('=')[1].split('.')[0];
    await api.http.post('/api/auth/logout').set('Cookie', `traject_session=${sessionId}.not-the-secret`).expect(204);
    await api.http.get('/api/auth/me').set(bearer(browser.token)).expect(200);
    await api.http.post('/api/auth/refresh').set('Cookie', browser.cookie).expect(200);
  });
});

describe('the session cookie over a proxy', () => {
  let api: TestApi;
  let warn: jest.SpyInstance;
  beforeAll(async () => {
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    api = await startApi();
  });
  afterAll(async () => {
    warn.mockRestore();
    await api.close();
  });

  it('is Secure outside development even when the request itself came over plain HTTP (TLS ended at a proxy)', async () => {
    const res = await api.http.post('/api/auth/login').send({ email: ADVISOR, password: DEMO_PASSWORD }).expect(200);
    expect(res.headers['set-cookie'][0]).toMatch(/; Secure/);
    const out = await api.http.post('/api/auth/logout').set('Cookie', cookieOf(res)).expect(204);
    expect(out.headers['set-cookie'][0]).toMatch(/; Secure/);
  });

  it('COOKIE_SECURE is on by default, off only in development or when set to 0', () => {
    expect(loadConfig({}).cookieSecure).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).cookieSecure).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).cookieSecure).toBe(false);
    expect(loadConfig({ COOKIE_SECURE: '0' }).cookieSecure).toBe(false);
  });

  it('warns once when forwarded requests arrive while TRUST_PROXY is off', async () => {
    await api.http.get('/api/health').expect(200);
    expect(warn.mock.calls.flat()).not.toContain(FORWARDED_WITHOUT_TRUST_PROXY);
    await api.http
      .get('/api/health')
      .set('X-Forwarded-For', '203.0.113.7')
      .set('X-Forwarded-Proto', 'https')
      .expect(200);
    await api.http.get('/api/health').set('X-Forwarded-For', '203.0.113.8').expect(200);
    expect(warn.mock.calls.flat().filter((m) => m === FORWARDED_WITHOUT_TRUST_PROXY)).toHaveLength(1);
  });
});

describe('the session cookie without the setting', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startApi({ COOKIE_SECURE: '0' })));
  afterAll(() => api.close());

  it('follows the request (plain HTTP: not Secure) when COOKIE_SECURE=0', async () => {
    const res = await api.http.post('/api/auth/login').send({ email: ADVISOR, password: DEMO_PASSWORD }).expect(200);
    expect(res.headers['set-cookie'][0]).not.toMatch(/Secure/);
  });
});
