import { Jobs } from '../../api/src/jobs/jobs';
import { DEMO_PASSWORD } from '../../api/src/seed/demo-users';
import { bearer, startApi, TestApi } from '../support/api';

const COORDINATOR = 'coordinator@demo.traject.brussels';
const ATTACKER = '203.0.113.9';
const OWNER = '198.51.100.7';

/** Sign-in attempts from addresses of our choosing: TRUST_PROXY reads the client from X-Forwarded-For. */
describe('sign-in buckets: an attacker cannot lock a known account for everyone', () => {
  let api: TestApi;
  beforeAll(
    async () =>
      (api = await startApi({
        TRUST_PROXY: '1',
        LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
        LOGIN_MAX_FAILURES_PER_ADDRESS: '200',
      })),
  );
  afterAll(() => api.close());
  beforeEach(async () => {
    await api.sql('DELETE FROM login_failures');
    await api.sql('DELETE FROM sessions');
  });

  const login = (from: string, email: string, password: string) =>
    api.http.post('/api/auth/login').set('X-Forwarded-For', from).send({ email, password });

  it('failures from one address lock that address out of the account; the owner, from their usual address, signs in at once', async () => {
    await login(OWNER, COORDINATOR, DEMO_PASSWORD).expect(200);
    for (let i = 0; i < 3; i++) await login(ATTACKER, COORDINATOR, `wrong guess ${i}`).expect(401);
    const locked = await login(ATTACKER, COORDINATOR, DEMO_PASSWORD).expect(429);
    expect(locked.body.code).toBe('auth.too_many_attempts');
    await login(OWNER, COORDINATOR, DEMO_PASSWORD).expect(200);
    // The owner signing in gives the attacker no fresh guesses.
    await login(ATTACKER, COORDINATOR, DEMO_PASSWORD).expect(429);
  });

  it('from a new address the account answers after a short, growing delay, never a lock', async () => {
    // Three failures from the attacker; then two more from elsewhere, each let through once its delay ran out.
    for (let i = 0; i < 3; i++) await login(ATTACKER, COORDINATOR, `wrong guess ${i}`).expect(401);
    const elsewhere = await login('203.0.113.10', COORDINATOR, 'wrong guess').expect(429);
    expect(elsewhere.body.code).toBe('auth.slow_down');
    // Two more failures, as a patient attacker would have made them: 5 failures, 2 past the limit, so up to 2^2 s.
    await api.sql(`INSERT INTO login_failures (account, address) VALUES ($1, '203.0.113.10'), ($1, '203.0.113.11')`, [
      COORDINATOR,
    ]);
    const slowed = await login('192.0.2.44', COORDINATOR, DEMO_PASSWORD).expect(429);
    expect(slowed.body).toMatchObject({ code: 'auth.slow_down', params: { seconds: expect.any(Number) } });
    const seconds = slowed.body.params.seconds as number;
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(4);
    expect(slowed.body.message).toBe(`Trop de connexions échouées sur ce compte ; réessayez dans ${seconds} s.`);
    expect(slowed.headers['retry-after']).toBe(String(seconds));
    await new Promise((done) => setTimeout(done, seconds * 1000 + 200));
    await login('192.0.2.44', COORDINATOR, DEMO_PASSWORD).expect(200);
  });

  it('100 parallel guesses on one account from 100 addresses: at most the account limit are evaluated', async () => {
    const guesses = Array.from({ length: 100 }, (_, i) => (i === 60 ? DEMO_PASSWORD : `wrong guess ${i}`));
    const started = Date.now();
    const answers = await Promise.all(guesses.map((password, i) => login(`10.9.0.${i + 1}`, COORDINATOR, password)));
    const seconds = (Date.now() - started) / 1000;
    const statuses = answers.map((res) => res.status);
    const odd = answers.filter((res) => ![200, 401, 429].includes(res.status));
    expect(odd.map((res) => `${res.status} ${JSON.stringify(res.body)}`)).toEqual([]);
    // 3 at once, then one more after 1 s, 2 s, 4 s… of delay: on a busy machine the 100 answers may take a few seconds.
    const allowed = 3 + Math.ceil(Math.log2(seconds + 1));
    expect(statuses.filter((s) => s === 401 || s === 200).length).toBeLessThanOrEqual(allowed);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(100 - allowed);
    expect(statuses.every((s) => [200, 401, 429].includes(s))).toBe(true);
  });

  it('IPv6 addresses of one /64 share their bucket', async () => {
    for (let i = 1; i <= 3; i++) await login(`2001:db8:1:2::${i}`, COORDINATOR, 'wrong guess').expect(401);
    expect((await login('2001:db8:1:2:ffff::99', COORDINATOR, DEMO_PASSWORD).expect(429)).body.code).toBe(
      'auth.too_many_attempts',
    );
  });

  it('a password typed into the e-mail field is stored nowhere: neither the audit log nor the failure counts', async () => {
    await login(OWNER, 'MySecretPassw0rd!', 'x').expect(401);
    const failures = await api.sql(`SELECT account, address FROM login_failures`);
    expect(failures).toHaveLength(1);
    expect(JSON.stringify(failures)).not.toMatch(/MySecretPassw0rd/i);
    expect(JSON.stringify(await api.sql(`SELECT changes FROM audit_log WHERE action = 'login_failed'`))).not.toMatch(
      /MySecretPassw0rd/i,
    );
    // …and it is still counted: the same typing from the same address locks like a real account would.
    for (let i = 0; i < 2; i++) await login(OWNER, 'MySecretPassw0rd!', 'x').expect(401);
    expect((await login(OWNER, 'MySecretPassw0rd!', 'x').expect(429)).body.code).toBe('auth.too_many_attempts');
  });

  it('failures older than the window are purged by the hourly login-failures-purge job', async () => {
    await api.sql(
      `INSERT INTO login_failures (account, address, failed_at) VALUES ('old@example.org', '10.0.0.1', now() - interval '16 minutes'), ('new@example.org', '10.0.0.1', now())`,
    );
    const job = api.app.get(Jobs).definition('login-failures-purge');
    expect(job.cron).toBe('17 * * * *');
    expect(await job.run({}, { id: 'test', retryCount: 0, signal: new AbortController().signal })).toEqual({
      purged: 1,
    });
    expect(await api.sql(`SELECT account FROM login_failures`)).toEqual([{ account: 'new@example.org' }]);
  });
});

describe('guesses of the current password when changing it', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startApi({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3' })));
  afterAll(() => api.close());

  it('count like sign-in failures: after the limit even the right current password is refused (429)', async () => {
    const token = await api.token('manager');
    const change = (currentPassword: string) =>
      api.http
        .post('/api/auth/password')
        .set(bearer(token))
        .send({ currentPassword, newPassword: 'a brand new long passphrase' });
    for (let i = 0; i < 3; i++)
      expect((await change(`wrong current ${i}`).expect(400)).body.errors).toHaveProperty('currentPassword');
    expect((await change(DEMO_PASSWORD).expect(429)).body.code).toBe('auth.too_many_attempts');
    // The same bucket as signing in: the stolen session cannot be used to guess more through /login.
    await api.http
      .post('/api/auth/login')
      .send({ email: 'manager@demo.traject.brussels', password: DEMO_PASSWORD })
      .expect(429);
    expect(await api.sql(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'password_check_failed'`)).toEqual([
      { n: 3 },
    ]);
  });
});
