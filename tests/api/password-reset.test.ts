import { demoColleagues, startApi, TestApi } from '../support/api';
import { startSmtp, TestSmtp } from '../support/smtp';

/**
 * "Forgot your password?" from the sign-in page: a link mailed through the outbox (a real SMTP server here),
 * in the person's language, that sets a new password once; the same answer whoever asks, throttled.
 */
describe('forgot password: a colleague asks for a link and chooses a new password', () => {
  let api: TestApi;
  let smtp: TestSmtp;
  let admin: { Authorization: string };
  let addresses = 0;
  /** Every request from an address of its own (TRUST_PROXY reads X-Forwarded-For), unless one is given. */
  const fresh = () => `198.51.100.${++addresses}`;
  const sendNow = async () => (await api.http.post('/api/jobs/mail-outbox/run').set(admin).expect(200)).body;
  const linkIn = (text: string) => {
    const link =
      /https:\/\/traject\.hub\.brussels\/#\/set-password\?token=([A-Za-z0-9_-]+)&lang=(\w+)&purpose=reset/.exec(text);
    if (!link) throw new Error(`no reset link in: ${text}`);
    return { url: link[0], token: link[1], lang: link[2] };
  };
  const mailsTo = (email: string) => smtp.received.filter((m) => m.to.includes(email));
  const forgot = (email: unknown, from = fresh()) =>
    api.http.post('/api/auth/forgot-password').set('X-Forwarded-For', from).send({ email });
  const setPassword = (token: string, password: string) =>
    api.http.post('/api/auth/set-password').set('X-Forwarded-For', fresh()).send({ token, password });
  const signIn = (email: string, password: string) =>
    api.http.post('/api/auth/login').set('X-Forwarded-For', fresh()).send({ email, password });
  const OLD = 'Vieux marché 12 girouette';
  const NEW = 'Brabantse kiosk 47 zonnebloem';
  /** A colleague with a password (OLD), or invited to choose one (`password` null). */
  const colleague = async (email: string, language: string, password: string | null = OLD) =>
    (
      await api.http
        .post('/api/users')
        .set(admin)
        .send({ email, fullName: 'Lotte Peeters', role: 'advisor', language, ...(password ? { password } : {}) })
        .expect(201)
    ).body as { id: string; email: string; version: number };
  const resetLinkOf = async (email: string) => {
    await sendNow();
    const mails = mailsTo(email);
    expect(mails.length).toBeGreaterThan(0);
    return linkIn(mails[mails.length - 1].parsed.text!);
  };

  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startApi({
      SMTP_URL: smtp.url,
      TRAJECT_PUBLIC_URL: 'https://traject.hub.brussels',
      TRUST_PROXY: '1',
      LOGIN_MAX_FAILURES_PER_ADDRESS: '8',
    });
    ({
      as: { admin },
    } = await demoColleagues(api));
  });
  afterAll(async () => {
    await api?.close();
    await smtp?.close();
  });

  it('the Dutch mail holds a link that sets a new password once, ends the other sessions, and is audited without the token', async () => {
    const user = await colleague('lotte.peeters@hub.brussels', 'nl');
    const before = await signIn('LOTTE.peeters@hub.brussels', OLD).expect(200);
    const oldToken = { Authorization: `Bearer ${before.body.accessToken}` };
    await api.http.get('/api/auth/me').set(oldToken).expect(200);

    const asked = await forgot('Lotte.Peeters@hub.brussels').expect(202);
    expect(asked.body).toEqual({ accepted: true });
    expect(asked.headers['cache-control']).toBe('no-store');

    const link = await resetLinkOf('lotte.peeters@hub.brussels');
    const [mail] = mailsTo('lotte.peeters@hub.brussels');
    expect(mail.parsed.subject).toBe('Traject: kies een nieuw wachtwoord');
    expect(mail.parsed.text).toContain('een nieuw wachtwoord gevraagd voor de account lotte.peeters@hub.brussels');
    expect(mail.parsed.text).toContain('60 minuten geldig');
    expect(link.lang).toBe('nl');
    // Only the token's hash is kept, for an hour.
    const [row] = await api.sql(
      `SELECT token_hash, purpose, expires_at - created_at AS valid FROM user_invitations WHERE user_id = $1`,
      [user.id],
    );
    expect(row.token_hash).not.toContain(link.token);
    expect(row).toMatchObject({ purpose: 'reset', valid: { hours: 1 } });

    // The old password works until the link is used.
    await signIn('lotte.peeters@hub.brussels', OLD).expect(200);
    const set = await setPassword(link.token, NEW).expect(200);
    expect(set.body).toEqual({ userId: user.id, email: 'lotte.peeters@hub.brussels', language: 'nl' });
    await api.http.get('/api/auth/me').set(oldToken).expect(401);
    await signIn('lotte.peeters@hub.brussels', OLD).expect(401);
    await signIn('lotte.peeters@hub.brussels', NEW).expect(200);

    const again = await setPassword(link.token, 'another Brabantse kiosk 48').set('Accept-Language', 'nl').expect(400);
    expect(again.body).toMatchObject({
      code: 'password_reset.used',
      errorCodes: { token: { code: 'password_reset.used' } },
    });
    expect(again.body.errors.token).toMatch(/al gebruikt/);
    await signIn('lotte.peeters@hub.brussels', NEW).expect(200);

    const audit = await api.sql(`SELECT action, changes FROM audit_log WHERE entity_id = $1 ORDER BY at, id`, [
      user.id,
    ]);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['password_reset_requested', 'password_reset']));
    expect(audit.find((a) => a.action === 'password_reset_requested').changes).toMatchObject({ sent: true });
    expect(JSON.stringify(audit)).not.toContain(link.token);
  });

  it('a French colleague gets the mail in French, an English one in English', async () => {
    await colleague('camille.dubois@hub.brussels', 'fr');
    await colleague('jan.smith@hub.brussels', 'en');
    await forgot('camille.dubois@hub.brussels').expect(202);
    await forgot('jan.smith@hub.brussels').expect(202);
    expect((await resetLinkOf('camille.dubois@hub.brussels')).lang).toBe('fr');
    expect(mailsTo('camille.dubois@hub.brussels')[0].parsed.subject).toBe(
      'Traject : choisissez un nouveau mot de passe',
    );
    expect((await resetLinkOf('jan.smith@hub.brussels')).lang).toBe('en');
    const [english] = mailsTo('jan.smith@hub.brussels');
    expect(english.parsed.subject).toBe('Traject: choose a new password');
    expect(english.parsed.text).toContain('If you did not ask for this, ignore this message');
  });

  it('an unknown address gets the identical answer and no mail, and is not kept', async () => {
    await colleague('known.person@hub.brussels', 'fr');
    const outboxBefore = (await api.sql(`SELECT count(*)::int AS n FROM outbox`))[0].n;
    const known = await forgot('known.person@hub.brussels').expect(202);
    const unknown = await forgot('nobody.here@hub.brussels').expect(202);
    expect(unknown.body).toEqual(known.body);
    expect(unknown.headers['content-type']).toBe(known.headers['content-type']);
    expect(unknown.headers['content-length']).toBe(known.headers['content-length']);
    const outboxAfter = (await api.sql(`SELECT count(*)::int AS n FROM outbox`))[0].n;
    expect(outboxAfter).toBe(outboxBefore + 1);
    await sendNow();
    expect(mailsTo('nobody.here@hub.brussels')).toHaveLength(0);
    const [request] = await api.sql(
      `SELECT entity_id, changes FROM audit_log WHERE action = 'password_reset_requested' AND entity_id IS NULL`,
    );
    expect(request.changes).toMatchObject({ sent: false });
    expect(JSON.stringify(await api.sql(`SELECT * FROM audit_log`))).not.toContain('nobody.here');
    expect(JSON.stringify(await api.sql(`SELECT * FROM login_failures`))).not.toContain('nobody.here');
  });

  it('a deactivated colleague and one who signs in only through the organisation get no mail, and the same answer', async () => {
    const gone = await colleague('former.colleague@hub.brussels', 'fr');
    const record = (await api.http.get(`/api/users/${gone.id}`).set(admin).expect(200)).body;
    await api.http
      .put(`/api/users/${gone.id}`)
      .set(admin)
      .send({ ...record, active: false })
      .expect(200);
    const provider = await colleague('provider.only@hub.brussels', 'nl', null);
    await api.sql(`DELETE FROM user_invitations WHERE user_id = $1`, [provider.id]);
    await api.sql(
      `UPDATE users SET oidc_issuer = 'https://login.hub.brussels', oidc_subject = 'p-1', password_hash = NULL WHERE id = $1`,
      [provider.id],
    );

    const answers = [
      await forgot('former.colleague@hub.brussels').expect(202),
      await forgot('provider.only@hub.brussels').expect(202),
    ];
    for (const answer of answers) expect(answer.body).toEqual({ accepted: true });
    await sendNow();
    expect(mailsTo('former.colleague@hub.brussels')).toHaveLength(0);
    // Only the invitation written when the admin created the account; no reset link.
    expect(mailsTo('provider.only@hub.brussels').map((m) => m.parsed.subject)).toEqual([
      'Uw Traject-account: kies uw wachtwoord',
    ]);
    const reasons = await api.sql(
      `SELECT entity_id, changes->>'reason' AS reason FROM audit_log WHERE action = 'password_reset_requested' AND entity_id = ANY($1)`,
      [[gone.id, provider.id]],
    );
    expect(reasons).toEqual(
      expect.arrayContaining([
        { entity_id: gone.id, reason: 'inactive' },
        { entity_id: provider.id, reason: 'provider_only' },
      ]),
    );
  });

  it('an invited colleague who lost the invitation may ask for a link instead; the earlier link stops working', async () => {
    const invited = await colleague('ines.martin@hub.brussels', 'fr', null);
    await sendNow();
    const invitation = /set-password\?token=([A-Za-z0-9_-]+)/.exec(
      mailsTo('ines.martin@hub.brussels')[0].parsed.text!,
    )!;
    await forgot('ines.martin@hub.brussels').expect(202);
    const reset = await resetLinkOf('ines.martin@hub.brussels');
    expect((await setPassword(invitation[1], NEW).expect(400)).body.errorCodes.token.code).toBe('invitation.unknown');
    await setPassword(reset.token, NEW).expect(200);
    await signIn('ines.martin@hub.brussels', NEW).expect(200);
    const [row] = await api.sql(`SELECT used_at FROM user_invitations WHERE user_id = $1`, [invited.id]);
    expect(row.used_at).not.toBeNull();
  });

  it('an expired link is refused with its code, and the password stays', async () => {
    const user = await colleague('sara.elamrani@hub.brussels', 'en');
    await forgot('sara.elamrani@hub.brussels').expect(202);
    const { token } = await resetLinkOf('sara.elamrani@hub.brussels');
    await api.sql(`UPDATE user_invitations SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [user.id]);
    const expired = await setPassword(token, NEW).set('Accept-Language', 'en').expect(400);
    expect(expired.body).toMatchObject({
      code: 'password_reset.expired',
      errorCodes: { token: { code: 'password_reset.expired' } },
    });
    expect(expired.body.errors.token).toMatch(/expired/);
    await signIn('sara.elamrani@hub.brussels', OLD).expect(200);
  });

  it('a weak new password is refused with the field named, and the link still works', async () => {
    await colleague('tom.weak@hub.brussels', 'nl');
    await forgot('tom.weak@hub.brussels').expect(202);
    const { token } = await resetLinkOf('tom.weak@hub.brussels');
    const weak = await setPassword(token, 'password1234').expect(400);
    expect(weak.body.errorCodes.password.code).toMatch(/^password\./);
    await setPassword(token, NEW).expect(200);
  });

  it('the throttle holds: at most 3 mails an hour per account, a 429 per e-mail from one address and per address', async () => {
    await colleague('flooded@hub.brussels', 'fr');
    // From five addresses, five requests: three mails, the same answer each time.
    for (let i = 0; i < 5; i++)
      expect((await forgot('flooded@hub.brussels').expect(202)).body).toEqual({ accepted: true });
    await sendNow();
    expect(mailsTo('flooded@hub.brussels')).toHaveLength(3);
    const limited = await api.sql(
      `SELECT changes->>'reason' AS reason FROM audit_log WHERE action = 'password_reset_requested' AND changes->>'reason' IS NOT NULL
        AND entity_id = (SELECT id::text FROM users WHERE email = 'flooded@hub.brussels')`,
    );
    expect(limited).toEqual([{ reason: 'hourly_limit' }, { reason: 'hourly_limit' }]);

    // One address asking again and again for one e-mail, known or not: the sign-in limit (5) then 429.
    await colleague('pair.limit@hub.brussels', 'nl');
    for (const email of ['someone.else@hub.brussels', 'pair.limit@hub.brussels']) {
      const from = fresh();
      for (let i = 0; i < 5; i++) await forgot(email, from).expect(202);
      const refused = await forgot(email, from).expect(429);
      expect(refused.body).toMatchObject({ code: 'auth.too_many_attempts' });
    }

    // One address asking for many e-mails: its sign-in bucket (LOGIN_MAX_FAILURES_PER_ADDRESS, 8 here) fills up.
    const from = fresh();
    for (let i = 0; i < 8; i++) await forgot(`guess${i}@hub.brussels`, from).expect(202);
    const locked = await forgot('guess9@hub.brussels', from).expect(429);
    expect(locked.body.code).toBe('auth.too_many_attempts');
    // And that address's sign-ins with it.
    await api.http
      .post('/api/auth/login')
      .set('X-Forwarded-For', from)
      .send({ email: 'camille.dubois@hub.brussels', password: OLD })
      .expect(429);
  });

  it('a malformed or missing e-mail is a 400 naming the field, and mails nothing', async () => {
    const outboxBefore = (await api.sql(`SELECT count(*)::int AS n FROM outbox`))[0].n;
    for (const email of ['not an address', '', undefined, 42]) {
      const res = await forgot(email).set('Accept-Language', 'nl').expect(400);
      expect(res.body.errors).toHaveProperty('email');
      expect(res.body.errorCodes.email.code).toMatch(/^validation\./);
    }
    const bad = await forgot('not an address').expect(400);
    expect(bad.body.errorCodes.email.code).toBe('validation.not_an_email');
    const extra = await api.http
      .post('/api/auth/forgot-password')
      .set('X-Forwarded-For', fresh())
      .send({ email: 'a@hub.brussels', admin: true })
      .expect(400);
    expect(extra.body.errors).toHaveProperty('admin');
    expect((await api.sql(`SELECT count(*)::int AS n FROM outbox`))[0].n).toBe(outboxBefore);
  });

  it('the OpenAPI document describes the route and its 202', async () => {
    const docs = (await api.http.get('/api/docs.json').expect(200)).body;
    const route = docs.paths['/api/auth/forgot-password'].post;
    expect(route.responses['202']).toBeDefined();
    expect(route.responses['400']).toBeDefined();
    expect(route.responses['429']).toBeDefined();
    expect(docs.components.schemas.ForgotPasswordDto.required).toEqual(['email']);
  });
});
