import { DEMO_PASSWORD } from '../../api/src/seed/demo-users';
import { bearer, startApi, TestApi } from '../support/api';

const ADVISOR = 'advisor@demo.traject.brussels';
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';
const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';

interface Browser {
  token: string;
  cookie: string;
}

describe('sessions people can see and end', () => {
  let api: TestApi;
  let advisorId: string;
  beforeAll(async () => {
    api = await startApi();
    [{ id: advisorId }] = await api.sql(`SELECT id FROM users WHERE email = $1`, [ADVISOR]);
  });
  afterAll(() => api.close());
  beforeEach(() => api.sql(`UPDATE sessions SET revoked_at = now() WHERE revoked_at IS NULL`));

  async function signIn(userAgent: string, email = ADVISOR): Promise<Browser> {
    const res = await api.http
      .post('/api/auth/login')
      .set('User-Agent', userAgent)
      .send({ email, password: DEMO_PASSWORD })
      .expect(200);
    const cookie = ((res.headers['set-cookie'] as unknown as string[]) ?? []).map((c) => c.split(';')[0]).join('; ');
    return { token: res.body.accessToken, cookie };
  }

  it('lists my open sessions with when, where, which browser and last use, marking this one; never a token', async () => {
    const laptop = await signIn(CHROME);
    const home = await signIn(FIREFOX);
    const res = await api.http.get('/api/auth/sessions').set(bearer(laptop.token)).expect(200);
    expect(res.body).toHaveLength(2);
    const mine = res.body.find((s: { current: boolean }) => s.current);
    const other = res.body.find((s: { current: boolean }) => !s.current);
    expect(mine).toMatchObject({
      browser: 'Chrome 140',
      os: 'Linux',
      method: 'password',
      address: expect.stringMatching(/127\.0\.0\.1|::1/),
    });
    expect(other).toMatchObject({ browser: 'Firefox 128', os: 'Windows 10', current: false });
    for (const s of res.body)
      expect(Object.keys(s).sort()).toEqual([
        'address',
        'browser',
        'createdAt',
        'current',
        'expiresAt',
        'id',
        'lastUsedAt',
        'method',
        'os',
      ]);
    expect(JSON.stringify(res.body)).not.toContain(home.cookie.split('=')[1].split('.')[1]);
  });

  it('ending another session signs that browser out at once (access token and cookie), mine goes on; audited', async () => {
    const laptop = await signIn(CHROME);
    const stolen = await signIn(FIREFOX);
    await api.http.get('/api/auth/me').set(bearer(stolen.token)).expect(200);
    const [other] = (await api.http.get('/api/auth/sessions').set(bearer(laptop.token))).body.filter(
      (s: { current: boolean }) => !s.current,
    );
    await api.http.delete(`/api/auth/sessions/${other.id}`).set(bearer(laptop.token)).expect(204);
    await api.http.get('/api/auth/me').set(bearer(stolen.token)).expect(401);
    await api.http.post('/api/auth/refresh').set('Cookie', stolen.cookie).expect(401);
    await api.http.get('/api/auth/me').set(bearer(laptop.token)).expect(200);
    await api.http.delete(`/api/auth/sessions/${other.id}`).set(bearer(laptop.token)).expect(404);
    const [audit] = await api.sql(
      `SELECT user_id, entity, entity_id, changes FROM audit_log WHERE action = 'session_end' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toMatchObject({ user_id: advisorId, entity: 'users', entity_id: advisorId });
    expect(audit.changes).toMatchObject({ session: other.id, browser: 'Firefox 128', by: 'self' });
  });

  it("somebody else's session id is a 404 and stays open", async () => {
    const mine = await signIn(CHROME);
    const colleague = await signIn(CHROME, 'advisor2@demo.traject.brussels');
    const [theirs] = (await api.http.get('/api/auth/sessions').set(bearer(colleague.token))).body;
    const res = await api.http.delete(`/api/auth/sessions/${theirs.id}`).set(bearer(mine.token)).expect(404);
    expect(res.body.code).toBe('session.not_found');
    await api.http.get('/api/auth/me').set(bearer(colleague.token)).expect(200);
    await api.http.delete('/api/auth/sessions/not-a-uuid').set(bearer(mine.token)).expect(400);
  });

  it('"end all others" keeps only this session', async () => {
    const here = await signIn(CHROME);
    const others = [await signIn(FIREFOX), await signIn(FIREFOX)];
    const res = await api.http.post('/api/auth/sessions/end-others').set(bearer(here.token)).expect(200);
    expect(res.body).toEqual({ ended: 2 });
    for (const other of others) await api.http.get('/api/auth/me').set(bearer(other.token)).expect(401);
    const left = (await api.http.get('/api/auth/sessions').set(bearer(here.token)).expect(200)).body;
    expect(left).toHaveLength(1);
    expect(left[0].current).toBe(true);
  });

  it("an admin sees and ends any user's sessions, one or all; audited as the admin's act", async () => {
    const admin = await signIn(CHROME, 'admin@demo.traject.brussels');
    const [{ id: adminId }] = await api.sql(`SELECT id FROM users WHERE email = 'admin@demo.traject.brussels'`);
    const phone = await signIn(FIREFOX);
    const desk = await signIn(CHROME);
    const listed = (await api.http.get(`/api/users/${advisorId}/sessions`).set(bearer(admin.token)).expect(200)).body;
    expect(listed).toHaveLength(2);
    expect(listed.every((s: { current: boolean }) => !s.current)).toBe(true);
    const firefox = listed.find((s: { browser: string }) => s.browser === 'Firefox 128');
    await api.http.delete(`/api/users/${advisorId}/sessions/${firefox.id}`).set(bearer(admin.token)).expect(204);
    await api.http.get('/api/auth/me').set(bearer(phone.token)).expect(401);
    await api.http.get('/api/auth/me').set(bearer(desk.token)).expect(200);
    expect(
      (await api.http.delete(`/api/users/${advisorId}/sessions`).set(bearer(admin.token)).expect(200)).body,
    ).toEqual({ ended: 1 });
    await api.http.get('/api/auth/me').set(bearer(desk.token)).expect(401);
    await api.http.get('/api/auth/me').set(bearer(admin.token)).expect(200);
    const audits = await api.sql(
      `SELECT user_id, changes FROM audit_log WHERE action = 'session_end' AND entity_id = $1 AND changes->>'by' = 'admin'`,
      [advisorId],
    );
    expect(audits).toHaveLength(2);
    expect(audits.every((a) => a.user_id === adminId)).toBe(true);
    await api.http.get(`/api/users/00000000-0000-4000-8000-000000000000/sessions`).set(bearer(admin.token)).expect(404);
    await api.http.get(`/api/users/${advisorId}/sessions`).set(bearer(desk.token)).expect(401);
    const advisor = await signIn(CHROME);
    await api.http.get(`/api/users/${advisorId}/sessions`).set(bearer(advisor.token)).expect(403);
  });

  it('signing out ends the access token too', async () => {
    const browser = await signIn(CHROME);
    await api.http.post('/api/auth/logout').set('Cookie', browser.cookie).expect(204);
    await api.http.get('/api/auth/me').set(bearer(browser.token)).expect(401);
  });
});
