import { Client } from 'pg';
import { DEMO_PASSWORD } from '../../api/src/seed/demo-users';
import { bearer, startApi, TestApi } from '../support/api';

const ADVISOR = 'advisor@demo.traject.brussels';

/**
 * The API believes a live session for a few seconds without asking the database again (issue 20: one statement
 * less per request). What must never follow: a session ended or a user deactivated, by whatever way, still let in.
 */
describe('sessions kept by the API between requests', () => {
  let api: TestApi;
  // Another process's connection: what it changes reaches the API only through the database's announcements.
  let elsewhere: Client;
  beforeAll(async () => {
    api = await startApi();
    elsewhere = new Client({ connectionString: api.config.databaseUrl });
    await elsewhere.connect();
  });
  afterAll(async () => {
    await elsewhere.end();
    await api.close();
  });

  async function signIn(): Promise<{ token: string; cookie: string; sessionId: string }> {
    const res = await api.http.post('/api/auth/login').send({ email: ADVISOR, password: DEMO_PASSWORD }).expect(200);
    const cookie = ((res.headers['set-cookie'] as unknown as string[]) ?? []).map((c) => c.split(';')[0]).join('; ');
    const sessionId = JSON.parse(Buffer.from(res.body.accessToken.split('.')[1], 'base64url').toString()).sid;
    return { token: res.body.accessToken, cookie, sessionId };
  }
  const status = async (token: string) => (await api.http.get('/api/organisations').set(bearer(token))).status;
  /** Milliseconds until the token is refused (or 2 s, as a failure). */
  async function refusedWithin(token: string): Promise<number> {
    const started = Date.now();
    while (Date.now() - started < 2000) {
      if ((await status(token)) === 401) return Date.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return Infinity;
  }

  it('a session ended from another process is refused within moments, though the API had just let it in', async () => {
    const browser = await signIn();
    expect(await status(browser.token)).toBe(200);
    expect(await status(browser.token)).toBe(200);
    await elsewhere.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1`, [browser.sessionId]);
    expect(await refusedWithin(browser.token)).toBeLessThan(1000);
  });

  it('a user deactivated from the command line is refused within moments, and let in again once reactivated', async () => {
    const browser = await signIn();
    expect(await status(browser.token)).toBe(200);
    await elsewhere.query(`UPDATE users SET active = false WHERE email = $1`, [ADVISOR]);
    try {
      expect(await refusedWithin(browser.token)).toBeLessThan(1000);
    } finally {
      await elsewhere.query(`UPDATE users SET active = true WHERE email = $1`, [ADVISOR]);
    }
  });

  it("a sign-out through the API holds for the very next request, without waiting for the database's announcement", async () => {
    const browser = await signIn();
    expect(await status(browser.token)).toBe(200);
    await api.http.post('/api/auth/logout').set('Cookie', browser.cookie).expect(204);
    expect(await status(browser.token)).toBe(401);
  });

  it('without its announcements (connection lost), the API keeps nothing and asks every time, until it listens again', async () => {
    const listenerPid = async () =>
      (
        await elsewhere.query(
          `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN traject_sign_in%'`,
        )
      ).rows.map((r) => r.pid as number);
    const [first] = await listenerPid();
    expect(first).toEqual(expect.any(Number));
    const browser = await signIn();
    expect(await status(browser.token)).toBe(200);
    await elsewhere.query(`SELECT pg_terminate_backend($1)`, [first]);
    // Once the loss is noticed nothing is believed: a session ended meanwhile is refused at once.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await elsewhere.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1`, [browser.sessionId]);
    expect(await status(browser.token)).toBe(401);
    let again: number[] = [];
    for (let i = 0; i < 100 && !again.length; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      again = await listenerPid();
    }
    expect(again).toHaveLength(1);
    expect(again[0]).not.toBe(first);
    const next = await signIn();
    expect(await status(next.token)).toBe(200);
    await elsewhere.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1`, [next.sessionId]);
    expect(await refusedWithin(next.token)).toBeLessThan(1000);
  });
});
