/**
 * Hostile input at the identity routes (second sign-in step, second factor, sessions; the organisation
 * sign-in's callback in oidc.test.ts): random bodies and ids, never a 500, never a session or a factor
 * written by a refused request.
 */
import fc from 'fast-check';
import { bearer, startApi, TestApi } from '../../support/api';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = process.env.FUZZ_SEED === 'random' ? Date.now() : Number(process.env.FUZZ_SEED ?? 20261130);
const LEAK = /\bat \w+ \(|QueryFailedError|node_modules|\.ts:\d+|invalid byte sequence/;
jest.setTimeout(120_000);

async function holds<T>(property: fc.IAsyncProperty<T>) {
  const result = await fc.check(property, { numRuns: RUNS, seed: SEED });
  if (result.failed)
    throw new Error(
      `seed ${result.seed}: ${String(result.errorInstance).slice(0, 600)}\n${JSON.stringify(result.counterexample).slice(0, 600)}`,
    );
}

const value: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    "' OR '1'='1",
    '000000',
    '999999',
    '12345',
    '1234567',
    'aaaa-bbbb-cccc-dddd',
    'eyJhbGciOiJub25lIn0.e30.',
    '\u0000',
    '\ud800',
    'x'.repeat(100_000),
    '',
    ' ',
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
);
const body = (fields: string[]) =>
  fc
    .dictionary(fc.constantFrom(...fields, '__proto__', 'role'), value, { maxKeys: fields.length + 1 })
    .map((b) => JSON.stringify(b));
const id = fc.oneof(
  fc.uuid(),
  fc.constantFrom('not-a-uuid', '00000000-0000-0000-0000-000000000000', '%27%20OR%201=1', '..%2F..%2Fetc'),
);

describe('identity routes under hostile input', () => {
  let api: TestApi;
  let advisor: { Authorization: string };
  let admin: { Authorization: string };
  beforeAll(async () => {
    api = await startApi({ LOGIN_MAX_FAILURES_PER_ADDRESS: '100000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000' });
    advisor = bearer(await api.token('advisor'));
    admin = bearer(await api.token('admin'));
  });
  afterAll(() => api.close());

  const count = async (table: string) => (await api.sql(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const check = (res: { status: number; text: string; body: unknown }, raw: string) => {
    if (res.status >= 500) throw new Error(`${res.status} ${res.text.slice(0, 300)} for ${raw.slice(0, 300)}`);
    if (res.status >= 400) expect(res.text).not.toMatch(LEAK);
  };

  it.each(['login/second-factor', 'login/enrolment', 'login/enrolment/confirm'])(
    'POST /api/auth/%s: never a 500, never a session',
    async (route) => {
      await holds(
        fc.asyncProperty(body(['challenge', 'code']), async (raw) => {
          const sessions = await count('sessions');
          const res = await api.http.post(`/api/auth/${route}`).set('Content-Type', 'application/json').send(raw);
          check(res, raw);
          expect(res.status).toBeGreaterThanOrEqual(400);
          expect(await count('sessions')).toBe(sessions);
        }),
      );
    },
  );

  it.each(['second-factor/enrolment/confirm', 'second-factor/disable', 'second-factor/recovery-codes'])(
    'POST /api/auth/%s: never a 500, nothing enabled',
    async (route) => {
      await holds(
        fc.asyncProperty(body(['code', 'password']), async (raw) => {
          const res = await api.http
            .post(`/api/auth/${route}`)
            .set(advisor)
            .set('Content-Type', 'application/json')
            .send(raw);
          check(res, raw);
          expect(await api.sql(`SELECT 1 FROM second_factors WHERE confirmed_at IS NOT NULL`)).toHaveLength(0);
        }),
      );
    },
  );

  it('session and second-factor routes with random ids: never a 500, nobody signed out', async () => {
    await holds(
      fc.asyncProperty(id, id, async (userId, sessionId) => {
        for (const res of [
          await api.http.delete(`/api/auth/sessions/${sessionId}`).set(advisor),
          await api.http.get(`/api/users/${userId}/sessions`).set(admin),
          await api.http.delete(`/api/users/${userId}/sessions/${sessionId}`).set(admin),
          await api.http.get(`/api/users/${userId}/second-factor`).set(admin),
        ])
          check(res, `${userId} ${sessionId}`);
        await api.http.get('/api/auth/me').set(advisor).expect(200);
      }),
    );
  });

  it('refresh and logout with random cookies, even around a real session id: never a 500, that session stays open', async () => {
    const sessionId = JSON.parse(Buffer.from(advisor.Authorization.split('.')[1], 'base64url').toString())
      .sid as string;
    const secret = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.constantFrom('', '.', '..', 'x'.repeat(5000), '%E0%A4%A'),
    );
    const cookie = fc.oneof(
      secret,
      secret.map((s) => `${sessionId}.${s}`),
      fc.tuple(id, secret).map(([i, s]) => `${i}.${s}`),
    );
    await holds(
      fc.asyncProperty(cookie, fc.constantFrom('refresh', 'logout'), async (raw, route) => {
        const res = await api.http
          .post(`/api/auth/${route}`)
          .set('Cookie', `traject_session=${encodeURIComponent(raw)}`);
        check(res, raw);
        expect([200, 204, 401]).toContain(res.status);
        await api.http.get('/api/auth/me').set(advisor).expect(200);
      }),
    );
  });
});
