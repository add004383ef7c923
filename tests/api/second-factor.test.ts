import { DEMO_PASSWORD } from '../../api/src/seed/demo-users';
import { bearer, startApi, TestApi } from '../support/api';
import { appCode, awayFromStepEdge, scanQrCode } from '../support/totp';

const ADVISOR = 'advisor@demo.traject.brussels';
const ADMIN = 'admin@demo.traject.brussels';
const cookieOf = (res: { headers: Record<string, unknown> }) =>
  ((res.headers['set-cookie'] as string[] | undefined) ?? []).map((c) => c.split(';')[0]).join('; ');

describe('a second factor (TOTP) for local accounts', () => {
  let api: TestApi;
  let advisorUrl: string;
  let recoveryCodes: string[];
  let adminToken: string;
  beforeAll(async () => (api = await startApi({ MFA_REQUIRED: 'admin', LOGIN_MAX_FAILURES_PER_ACCOUNT: '4' })));
  afterAll(() => api.close());
  beforeEach(() => api.sql('DELETE FROM login_failures'));

  const login = (email: string, password = DEMO_PASSWORD) => api.http.post('/api/auth/login').send({ email, password });
  const secondStep = (challenge: string, code: string) =>
    api.http.post('/api/auth/login/second-factor').send({ challenge, code });

  it('an advisor sets it up from the profile: a QR code of the otpauth address, a confirming code, ten recovery codes shown once', async () => {
    const token = await api.token('advisor');
    expect((await api.http.get('/api/auth/second-factor').set(bearer(token)).expect(200)).body).toEqual({
      enabled: false,
      required: false,
      enabledAt: null,
      recoveryCodesLeft: 0,
    });
    const offer = (await api.http.post('/api/auth/second-factor/enrolment').set(bearer(token)).expect(200)).body;
    expect(offer.otpauthUrl).toMatch(
      /^otpauth:\/\/totp\/Traject:advisor%40demo\.traject\.brussels\?.*secret=[A-Z2-7]{32}/,
    );
    expect(offer.otpauthUrl).toContain('issuer=Traject');
    expect(scanQrCode(offer.qrCode)).toBe(offer.otpauthUrl);
    advisorUrl = scanQrCode(offer.qrCode);

    const wrong = await api.http
      .post('/api/auth/second-factor/enrolment/confirm')
      .set(bearer(token))
      .send({ code: '000000' })
      .expect(400);
    expect(wrong.body.errors).toHaveProperty('code');
    expect((await api.http.get('/api/auth/second-factor').set(bearer(token))).body.enabled).toBe(false);

    await awayFromStepEdge();
    const confirmed = await api.http
      .post('/api/auth/second-factor/enrolment/confirm')
      .set(bearer(token))
      .send({ code: appCode(advisorUrl, -1) })
      .expect(200);
    recoveryCodes = confirmed.body.recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/);
    expect((await api.http.get('/api/auth/second-factor').set(bearer(token))).body).toMatchObject({
      enabled: true,
      recoveryCodesLeft: 10,
    });
    // Stored hashed: no code in the table, and nothing about them in the audit log.
    const stored = JSON.stringify(await api.sql(`SELECT * FROM recovery_codes`));
    for (const code of recoveryCodes) expect(stored).not.toContain(code.replace(/-/g, ''));
    const [audit] = await api.sql(`SELECT changes FROM audit_log WHERE action = 'second_factor_enrol'`);
    expect(audit.changes).toEqual({ method: 'totp' });
    const again = await api.http.post('/api/auth/second-factor/enrolment').set(bearer(token)).expect(409);
    expect(again.body.code).toBe('second_factor.already_enabled');
  });

  it('the password alone no longer signs in: a code from the app does, once; a replayed or wrong code is refused', async () => {
    const first = await login(ADVISOR).expect(200);
    expect(first.body).toEqual({ step: 'second_factor', challenge: expect.any(String), expiresIn: 300 });
    expect(first.headers['set-cookie']).toBeUndefined();
    // The challenge is no access token.
    await api.http.get('/api/auth/me').set(bearer(first.body.challenge)).expect(401);

    await awayFromStepEdge();
    const code = appCode(advisorUrl);
    const signedIn = await secondStep(first.body.challenge, code).expect(200);
    expect(signedIn.body.user.email).toBe(ADVISOR);
    expect(cookieOf(signedIn)).toMatch(/traject_session=/);
    await api.http.get('/api/auth/me').set(bearer(signedIn.body.accessToken)).expect(200);

    const replay = await secondStep((await login(ADVISOR)).body.challenge, code).expect(401);
    expect(replay.body.code).toBe('auth.wrong_code');
    await secondStep((await login(ADVISOR)).body.challenge, '123 456').expect(401);
    const [failure] = await api.sql(
      `SELECT changes FROM audit_log WHERE action = 'login_failed' ORDER BY id DESC LIMIT 1`,
    );
    expect(failure.changes).toMatchObject({ email: ADVISOR, step: 'second_factor' });
    const forged = await secondStep(first.body.challenge.slice(0, -3) + 'abc', appCode(advisorUrl, 1)).expect(401);
    expect(forged.body.code).toBe('auth.challenge_expired');
    await api.http.post('/api/auth/login/second-factor').send({ challenge: first.body.challenge }).expect(400);
  });

  it('failed codes count towards the sign-in lock', async () => {
    const { challenge } = (await login(ADVISOR)).body;
    for (let i = 0; i < 4; i++) await secondStep(challenge, '000000').expect(401);
    await awayFromStepEdge();
    const locked = await secondStep(challenge, appCode(advisorUrl, 1)).expect(429);
    expect(locked.body.code).toBe('auth.too_many_attempts');
  });

  it('each recovery code signs in once', async () => {
    const typed = recoveryCodes[0].toUpperCase();
    await secondStep((await login(ADVISOR)).body.challenge, typed).expect(200);
    await secondStep((await login(ADVISOR)).body.challenge, typed).expect(401);
    await secondStep((await login(ADVISOR)).body.challenge, recoveryCodes[1].replace(/-/g, '')).expect(200);
    const token = (await secondStep((await login(ADVISOR)).body.challenge, recoveryCodes[2]).expect(200)).body
      .accessToken;
    expect((await api.http.get('/api/auth/second-factor').set(bearer(token))).body.recoveryCodesLeft).toBe(7);
    const [used] = await api.sql(
      `SELECT changes FROM audit_log WHERE action = 'recovery_code_used' ORDER BY id DESC LIMIT 1`,
    );
    expect(used.changes).toEqual({ left: 7 });
  });

  it('an admin must set it up right after the password, before any session', async () => {
    const first = await login(ADMIN).expect(200);
    expect(first.body.step).toBe('enrol_second_factor');
    // This challenge is for enrolment only.
    await secondStep(first.body.challenge, '000000').expect(401);
    const offer = (
      await api.http.post('/api/auth/login/enrolment').send({ challenge: first.body.challenge }).expect(200)
    ).body;
    const url = scanQrCode(offer.qrCode);
    await api.http
      .post('/api/auth/login/enrolment/confirm')
      .send({ challenge: first.body.challenge, code: '000000' })
      .expect(401);
    expect(
      await api.sql(`SELECT 1 FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1`, [ADMIN]),
    ).toHaveLength(0);
    await awayFromStepEdge();
    const done = await api.http
      .post('/api/auth/login/enrolment/confirm')
      .send({ challenge: first.body.challenge, code: appCode(url) })
      .expect(200);
    expect(done.body.recoveryCodes).toHaveLength(10);
    expect(done.body.user.email).toBe(ADMIN);
    adminToken = done.body.accessToken;
    await api.http.get('/api/users').set(bearer(adminToken)).expect(200);
    // From now on the admin signs in with a code, and cannot switch it off.
    expect((await login(ADMIN).expect(200)).body.step).toBe('second_factor');
    const off = await api.http
      .post('/api/auth/second-factor/disable')
      .set(bearer(adminToken))
      .send({ password: DEMO_PASSWORD, code: appCode(url, 1) })
      .expect(422);
    expect(off.body.code).toBe('second_factor.required_for_role');
  });

  it('switching it off takes the password and a code', async () => {
    const token = (await secondStep((await login(ADVISOR)).body.challenge, recoveryCodes[3]).expect(200)).body
      .accessToken;
    const disable = (body: object) => api.http.post('/api/auth/second-factor/disable').set(bearer(token)).send(body);
    expect(
      (await disable({ password: 'not my password', code: recoveryCodes[4] }).expect(400)).body.errors,
    ).toHaveProperty('password');
    expect((await disable({ password: DEMO_PASSWORD, code: '000000' }).expect(400)).body.errors).toHaveProperty('code');
    await disable({ password: DEMO_PASSWORD, code: recoveryCodes[4] }).expect(204);
    expect((await login(ADVISOR).expect(200)).body.accessToken).toEqual(expect.any(String));
    expect(
      await api.sql(`SELECT 1 FROM recovery_codes r JOIN users u ON u.id = r.user_id WHERE u.email = $1`, [ADVISOR]),
    ).toHaveLength(0);
    const [audit] = await api.sql(`SELECT action FROM audit_log WHERE action = 'second_factor_disable'`);
    expect(audit).toBeDefined();
  });

  it("an admin resets a person's second factor (audited); an admin whose factor was reset enrols again", async () => {
    const colleague = (
      await api.http
        .post('/api/users')
        .set(bearer(adminToken))
        .send({ email: 'ops@hub.brussels', fullName: 'Ops', role: 'admin', password: 'a long enough password' })
        .expect(201)
    ).body;
    const challenge = (await login('ops@hub.brussels', 'a long enough password').expect(200)).body.challenge;
    const url = scanQrCode(
      (await api.http.post('/api/auth/login/enrolment').send({ challenge }).expect(200)).body.qrCode,
    );
    await awayFromStepEdge();
    const signedIn = await api.http
      .post('/api/auth/login/enrolment/confirm')
      .send({ challenge, code: appCode(url) })
      .expect(200);
    expect(
      (await api.http.get(`/api/users/${colleague.id}/second-factor`).set(bearer(adminToken)).expect(200)).body.enabled,
    ).toBe(true);
    await api.http.get('/api/auth/me').set(bearer(signedIn.body.accessToken)).expect(200);

    await api.http.delete(`/api/users/${colleague.id}/second-factor`).set(bearer(adminToken)).expect(204);
    // A lost phone may be a stolen one, still signed in: the reset ends the person's sessions at once.
    await api.http.get('/api/auth/me').set(bearer(signedIn.body.accessToken)).expect(401);
    await api.http.post('/api/auth/refresh').set('Cookie', cookieOf(signedIn)).expect(401);
    expect(
      await api.sql(`SELECT changes->>'by' AS by FROM audit_log WHERE action = 'session_end' AND entity_id = $1`, [
        colleague.id,
      ]),
    ).toEqual([{ by: 'admin' }]);
    expect((await api.http.get(`/api/users/${colleague.id}/second-factor`).set(bearer(adminToken))).body.enabled).toBe(
      false,
    );
    const [{ id: adminId }] = await api.sql(`SELECT id FROM users WHERE email = $1`, [ADMIN]);
    const [audit] = await api.sql(`SELECT user_id, entity_id FROM audit_log WHERE action = 'second_factor_reset'`);
    expect(audit).toEqual({ user_id: adminId, entity_id: colleague.id });
    expect((await login('ops@hub.brussels', 'a long enough password').expect(200)).body.step).toBe(
      'enrol_second_factor',
    );
    await api.http
      .delete(`/api/users/${colleague.id}/second-factor`)
      .set(bearer(await api.token('coordinator')))
      .expect(403);
  });
});
