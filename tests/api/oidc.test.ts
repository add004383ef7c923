import fc from 'fast-check';
import type { Server } from 'node:http';
import { freePort } from '../../api/src/database/embedded-postgres.launcher';
import { DEMO_PASSWORD } from '../../api/src/seed/demo-users';
import { bearer, startApi, TestApi } from '../support/api';
import { claimsOf, signInThroughProvider, startProvider, TestProvider } from '../support/oidc-provider';

const ADVISOR = 'advisor@demo.traject.brussels';

/** Traject in this process, listening on a port the provider knows, configured for the provider. */
async function trajectFor(
  provider: TestProvider,
  port: number,
  env: Record<string, string> = {},
): Promise<{ api: TestApi; url: string }> {
  const api = await startApi({
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: provider.clientId,
    OIDC_CLIENT_SECRET: provider.clientSecret,
    OIDC_SCOPES: 'openid email profile roles',
    ...env,
  });
  const server = api.app.getHttpServer() as Server;
  await new Promise<void>((listening) => server.listen(port, '127.0.0.1', () => listening()));
  return { api, url: `http://127.0.0.1:${port}` };
}

const refused = (reason: string) => ({ status: 302, location: `/#/login?signInError=${reason}` });

/**
 * One provider for the file; two Traject configurations, one after the other (two Nest apps in one
 * process would share passport's registered JWT strategy).
 */
let provider: TestProvider;
const ports: number[] = [];
beforeAll(async () => {
  ports.push(await freePort(), await freePort(), await freePort());
  provider = await startProvider({
    callbacks: ports.map((port) => `http://127.0.0.1:${port}/api/auth/oidc/callback`),
    afterLogout: ports.map((port) => `http://127.0.0.1:${port}/`),
  });
  provider.people.set('sub-sarah', { email: ADVISOR, email_verified: true, name: 'Sarah El Amrani' });
});
afterAll(() => provider?.close());
afterEach(() => provider && (provider.tamper = null));

describe('signing in with the organisation account (OpenID Connect)', () => {
  let api: TestApi;
  let traject: string;
  beforeAll(async () => ({ api, url: traject } = await trajectFor(provider, ports[0])));
  afterAll(() => api?.close());

  const signInAs = (subject: string, options?: Parameters<typeof signInThroughProvider>[2], url = traject) =>
    signInThroughProvider(url, subject, options);
  const sessionOf = (cookie: string) => api.http.post('/api/auth/refresh').set('Cookie', cookie);

  it('the sign-in page is offered the provider', async () => {
    expect((await api.http.get('/api/auth/sign-in-options').expect(200)).body).toEqual({
      local: true,
      oidc: { label: 'hub.brussels', loginUrl: '/api/auth/oidc/login' },
    });
  });

  it('a first sign-in (code flow with PKCE, state and nonce) matches the verified e-mail, stores the subject and opens a Traject session', async () => {
    const trip = await signInAs('sub-sarah');
    const asked = trip.authorizeUrl.searchParams;
    expect(trip.authorizeUrl.origin).toBe(provider.issuer);
    expect(asked.get('response_type')).toBe('code');
    expect(asked.get('code_challenge_method')).toBe('S256');
    expect(asked.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(asked.get('state')).toEqual(expect.any(String));
    expect(asked.get('nonce')).toEqual(expect.any(String));
    expect(asked.get('scope')).toBe('openid email profile roles');
    expect(trip).toMatchObject({ status: 302, location: '/#/' });
    const session = await sessionOf(trip.cookie).expect(200);
    expect(session.body.user).toMatchObject({ email: ADVISOR, role: 'advisor' });
    await api.http.get('/api/auth/me').set(bearer(session.body.accessToken));
    await api.http.get('/api/auth/me').set(bearer(session.body.accessToken)).expect(200);
    const [user] = await api.sql(`SELECT oidc_subject, oidc_issuer FROM users WHERE email = $1`, [ADVISOR]);
    expect(user.oidc_subject).toBe('sub-sarah');
    expect(user.oidc_issuer.replace(/\/$/, '')).toBe(provider.issuer);
    const [row] = await api.sql(
      `SELECT method FROM sessions WHERE user_id = (SELECT id FROM users WHERE email = $1) ORDER BY created_at DESC LIMIT 1`,
      [ADVISOR],
    );
    expect(row.method).toBe('oidc');
    const [audit] = await api.sql(`SELECT changes FROM audit_log WHERE action = 'login' ORDER BY id DESC LIMIT 1`);
    expect(audit.changes).toMatchObject({ method: 'oidc', subject: 'sub-sarah' });
  });

  it('later sign-ins go by the subject: a changed e-mail at the provider still signs the same person in', async () => {
    provider.people.set('sub-sarah', {
      email: 'sarah.el-amrani@hub.brussels',
      email_verified: true,
      name: 'Sarah El Amrani',
    });
    const trip = await signInAs('sub-sarah');
    expect((await sessionOf(trip.cookie).expect(200)).body.user.email).toBe(ADVISOR);
  });

  it('a wrong state is refused', async () => {
    const trip = await signInAs('sub-sarah', { editCallback: (url) => url.searchParams.set('state', 'forged-state') });
    expect(trip).toMatchObject(refused('failed'));
    expect(trip.jar.has('traject_session')).toBe(false);
  });

  it('an ID token with a wrong nonce, from another issuer, expired, or tampered with is refused; the same token re-signed unchanged is not', async () => {
    const now = Math.floor(Date.now() / 1000);
    const cases: Array<[string, (claims: Record<string, unknown>, token: string) => Promise<string>]> = [
      ['wrong nonce', (c) => provider.sign({ ...c, nonce: 'another-nonce' })],
      ['another issuer', (c) => provider.sign({ ...c, iss: 'https://login.example.org/another-tenant' })],
      ['expired', (c) => provider.sign({ ...c, iat: now - 7200, exp: now - 3600 })],
      [
        'tampered',
        async (c, token) => {
          const [header, , signature] = token.split('.');
          return `${header}.${Buffer.from(JSON.stringify({ ...c, sub: 'sub-someone-else' })).toString('base64url')}.${signature}`;
        },
      ],
    ];
    for (const [name, forge] of cases) {
      provider.tamper = (token) => forge(claimsOf(token), token);
      const trip = await signInAs('sub-sarah');
      expect({ name, ...trip }).toMatchObject({ name, ...refused('failed') });
    }
    provider.tamper = (token) => provider.sign(claimsOf(token));
    expect(await signInAs('sub-sarah')).toMatchObject({ status: 302, location: '/#/' });
  });

  it('an unknown person, or one whose e-mail is not verified, is refused (audited)', async () => {
    provider.people.set('sub-nobody', { email: 'nobody@hub.brussels', email_verified: true, name: 'No Body' });
    provider.people.set('sub-unverified', { email: 'coordinator@demo.traject.brussels', email_verified: false });
    expect(await signInAs('sub-nobody')).toMatchObject(refused('unknown_user'));
    expect(await signInAs('sub-unverified')).toMatchObject(refused('unknown_user'));
    // Without OIDC_TRUST_EMAIL, an e-mail the provider does not say is verified matches nobody either.
    provider.people.set('sub-silent', { email: 'coordinator@demo.traject.brussels' });
    expect(await signInAs('sub-silent')).toMatchObject(refused('unknown_user'));
    const [audit] = await api.sql(
      `SELECT changes FROM audit_log WHERE action = 'login_refused' AND changes->>'subject' = 'sub-nobody'`,
    );
    expect(audit.changes).toMatchObject({ reason: 'unknown_user', email: 'nobody@hub.brussels', method: 'oidc' });
    expect(await api.sql(`SELECT 1 FROM users WHERE email = 'nobody@hub.brussels'`)).toHaveLength(0);
  });

  it('a deactivated user is refused', async () => {
    provider.people.set('sub-marc', { email: 'manager@demo.traject.brussels', email_verified: true });
    await api.sql(`UPDATE users SET active = false WHERE email = 'manager@demo.traject.brussels'`);
    expect(await signInAs('sub-marc')).toMatchObject(refused('deactivated'));
  });

  it('signing out of a provider session offers signing out at the provider (RP-initiated logout); a password session does not', async () => {
    const trip = await signInAs('sub-sarah');
    const out = await api.http.post('/api/auth/logout').set('Cookie', trip.cookie).expect(200);
    const end = new URL(out.body.endSessionUrl);
    expect(end.href.startsWith(provider.issuer)).toBe(true);
    expect(end.searchParams.get('id_token_hint')).toEqual(expect.any(String));
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${traject}/`);
    const local = await api.http
      .post('/api/auth/login')
      .send({ email: 'coordinator@demo.traject.brussels', password: DEMO_PASSWORD })
      .expect(200);
    const cookie = (local.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
    await api.http.post('/api/auth/logout').set('Cookie', cookie).expect(204);
  });

  it('the callback with random input never answers a 500 and opens no session', async () => {
    const sessions = async () => (await api.sql(`SELECT count(*)::int AS n FROM sessions`))[0].n;
    const before = await sessions();
    const value = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom("' OR 1=1", '%', '%E0%A4%A', 'x'.repeat(5000), ''),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom('code', 'state', 'iss', 'error', 'session_state', '__proto__'), value, {
          maxKeys: 4,
        }),
        fc.option(value),
        async (query, flow) => {
          const res = await api.http
            .get('/api/auth/oidc/callback')
            .query(query)
            .set('Cookie', flow === null ? '' : `traject_oidc=${encodeURIComponent(flow)}`);
          // 400: a NUL character anywhere in a request is refused before any route (api/src/common/http/nul-guard.ts).
          expect([302, 400]).toContain(res.status);
          if (res.status === 302) expect(res.headers.location).toMatch(/^\/#\/login\?signInError=(failed|cancelled)$/);
        },
      ),
      { numRuns: 40, seed: 20261130 },
    );
    expect(await sessions()).toBe(before);
  });
});

describe('with just-in-time accounts and local passwords off', () => {
  let jit: { api: TestApi; url: string };
  beforeAll(async () => {
    jit = await trajectFor(provider, ports[1], {
      OIDC_AUTO_CREATE: '1',
      OIDC_ROLE_CLAIM: 'roles',
      OIDC_ROLE_MAP: 'traject-coordinators=coordinator,traject-admins=admin',
      LOCAL_LOGIN: '0',
      LOCAL_LOGIN_ADMIN: 'admin@demo.traject.brussels',
    });
  });
  afterAll(() => jit?.api.close());
  const signInAs = (subject: string, options?: Parameters<typeof signInThroughProvider>[2], url = jit.url) =>
    signInThroughProvider(url, subject, options);

  it('an unknown person is created at the first sign-in, with the role mapped from the claim (advisor without one)', async () => {
    provider.people.set('sub-joke', {
      email: 'joke.maes@hub.brussels',
      email_verified: true,
      name: 'Joke Maes',
      locale: 'nl-BE',
      roles: ['staff', 'traject-coordinators'],
    });
    provider.people.set('sub-tom', {
      email: 'tom.dupont@hub.brussels',
      email_verified: true,
      given_name: 'Tom',
      family_name: 'Dupont',
    });
    for (const [subject, expected] of [
      ['sub-joke', { fullName: 'Joke Maes', role: 'coordinator', language: 'nl' }],
      ['sub-tom', { fullName: 'Tom Dupont', role: 'advisor', language: 'fr' }],
    ] as const) {
      const trip = await signInAs(subject);
      expect(trip).toMatchObject({ status: 302, location: '/#/' });
      const session = await jit.api.http.post('/api/auth/refresh').set('Cookie', trip.cookie).expect(200);
      expect(session.body.user).toMatchObject(expected);
    }
    const [created] = await jit.api.sql(
      `SELECT password_hash, oidc_subject FROM users WHERE email = 'joke.maes@hub.brussels'`,
    );
    expect(created).toEqual({ password_hash: null, oidc_subject: 'sub-joke' });
  });

  it('with LOCAL_LOGIN=0 passwords are refused, except the break-glass admin', async () => {
    const refusedLogin = await jit.api.http
      .post('/api/auth/login')
      .send({ email: ADVISOR, password: DEMO_PASSWORD })
      .expect(403);
    expect(refusedLogin.body.code).toBe('auth.local_login_disabled');
    await jit.api.http
      .post('/api/auth/login')
      .send({ email: 'admin@demo.traject.brussels', password: DEMO_PASSWORD })
      .expect(200);
    expect((await jit.api.http.get('/api/auth/sign-in-options')).body.local).toBe(false);
  });
});

describe('with OIDC_TRUST_EMAIL (a directory that never sends email_verified, as Entra ID)', () => {
  let trusting: { api: TestApi; url: string };
  beforeAll(async () => (trusting = await trajectFor(provider, ports[2], { OIDC_TRUST_EMAIL: '1' })));
  afterAll(() => trusting?.api.close());
  const signInAs = (subject: string) => signInThroughProvider(trusting.url, subject);

  it('an e-mail without email_verified matches the person; an explicit email_verified false still does not', async () => {
    provider.people.set('sub-entra-coordinator', { email: 'coordinator@demo.traject.brussels', name: 'Coordinator' });
    provider.people.set('sub-entra-manager', { email: 'manager@demo.traject.brussels', email_verified: false });
    const trip = await signInAs('sub-entra-coordinator');
    expect(trip).toMatchObject({ status: 302, location: '/#/' });
    const session = await trusting.api.http.post('/api/auth/refresh').set('Cookie', trip.cookie).expect(200);
    expect(session.body.user.email).toBe('coordinator@demo.traject.brussels');
    expect(
      await trusting.api.sql(`SELECT oidc_subject FROM users WHERE email = 'coordinator@demo.traject.brussels'`),
    ).toEqual([{ oidc_subject: 'sub-entra-coordinator' }]);
    expect(await signInAs('sub-entra-manager')).toMatchObject(refused('unknown_user'));
    expect(
      await trusting.api.sql(`SELECT oidc_subject FROM users WHERE email = 'manager@demo.traject.brussels'`),
    ).toEqual([{ oidc_subject: null }]);
  });
});
