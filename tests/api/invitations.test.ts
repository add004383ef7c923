import { demoColleagues, DemoRole, startApi, TestApi } from '../support/api';
import { startSmtp, TestSmtp } from '../support/smtp';

/** New users invited by a set-your-password link, through the outbox and a real SMTP server. */
describe('invitations: an admin creates a user without a password, the user chooses it', () => {
  let api: TestApi;
  let smtp: TestSmtp;
  let as: Record<DemoRole, { Authorization: string }>;
  const sendNow = async () => (await api.http.post('/api/jobs/mail-outbox/run').set(as.admin).expect(200)).body;
  const linkIn = (text: string) => {
    const link = /https:\/\/traject\.hub\.brussels\/#\/set-password\?token=([A-Za-z0-9_-]+)&lang=(\w+)/.exec(text);
    if (!link) throw new Error(`no set-password link in: ${text}`);
    return { url: link[0], token: link[1], lang: link[2] };
  };
  const mailsTo = (email: string) => smtp.received.filter((m) => m.to.includes(email));
  const invite = async (email: string, language = 'nl') =>
    (
      await api.http
        .post('/api/users')
        .set(as.admin)
        .send({ email, fullName: 'Lotte Peeters', role: 'advisor', language })
        .expect(201)
    ).body;
  const setPassword = (token: string, password: string) =>
    api.http.post('/api/auth/set-password').send({ token, password });
  const signIn = (email: string, password: string) => api.http.post('/api/auth/login').send({ email, password });
  const STRONG = 'Brabantse kiosk 47 zonnebloem';

  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startApi({ SMTP_URL: smtp.url, TRAJECT_PUBLIC_URL: 'https://traject.hub.brussels' });
    ({ as } = await demoColleagues(api));
  });
  afterAll(async () => {
    await api?.close();
    await smtp?.close();
  });

  it('the Dutch mail holds a link whose token sets a password that signs in, once', async () => {
    const user = await invite('lotte.peeters@hub.brussels');
    expect(user).toMatchObject({ email: 'lotte.peeters@hub.brussels', language: 'nl', active: true });
    expect(user).not.toHaveProperty('password');
    const [stored] = await api.sql(`SELECT password_hash FROM users WHERE id = $1`, [user.id]);
    expect(stored.password_hash).toBeNull();

    await sendNow();
    const [mail] = mailsTo('lotte.peeters@hub.brussels');
    expect(mail.parsed.subject).toBe('Uw Traject-account: kies uw wachtwoord');
    expect(mail.parsed.text).toContain('Uw gebruikersnaam is lotte.peeters@hub.brussels');
    const link = linkIn(mail.parsed.text!);
    expect(link.lang).toBe('nl');
    expect(mail.parsed.html).toContain(`/#/set-password?token&#x3D;${link.token}&amp;lang&#x3D;nl"`);
    // Only the token's hash is stored.
    const [row] = await api.sql(
      `SELECT token_hash, expires_at - created_at AS valid FROM user_invitations WHERE user_id = $1`,
      [user.id],
    );
    expect(row.token_hash).not.toContain(link.token);
    expect(row.valid).toMatchObject({ days: 7 });

    await signIn('lotte.peeters@hub.brussels', STRONG).expect(401);
    const set = await setPassword(link.token, STRONG).expect(200);
    expect(set.body).toEqual({ userId: user.id, email: 'lotte.peeters@hub.brussels', language: 'nl' });
    const signedIn = await signIn('lotte.peeters@hub.brussels', STRONG).expect(200);
    expect(signedIn.body.user.id).toBe(user.id);

    const again = await setPassword(link.token, 'another Brabantse kiosk 48').set('Accept-Language', 'nl').expect(400);
    expect(again.body).toMatchObject({ code: 'invitation.used', errorCodes: { token: { code: 'invitation.used' } } });
    expect(again.body.errors.token).toMatch(/al gebruikt/);
    await signIn('lotte.peeters@hub.brussels', STRONG).expect(200);

    const audit = await api.sql(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY at, action`, [user.id]);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['create', 'invite', 'invitation_accepted']));
    // An invited user now has a password: inviting again is refused.
    const refused = await api.http.post(`/api/users/${user.id}/invite`).set(as.admin).expect(409);
    expect(refused.body.code).toBe('user.password_already_set');
  });

  it('a French user gets the mail in French', async () => {
    await invite('camille.dubois@hub.brussels', 'fr');
    await sendNow();
    const [mail] = mailsTo('camille.dubois@hub.brussels');
    expect(mail.parsed.subject).toBe('Votre compte Traject : choisissez votre mot de passe');
    expect(linkIn(mail.parsed.text!).lang).toBe('fr');
  });

  it('an expired link is refused, and an unknown one', async () => {
    const user = await invite('jan.janssens@hub.brussels', 'en');
    await sendNow();
    const { token } = linkIn(mailsTo('jan.janssens@hub.brussels')[0].parsed.text!);
    await api.sql(`UPDATE user_invitations SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [user.id]);
    const expired = await setPassword(token, STRONG).expect(400);
    expect(expired.body).toMatchObject({
      code: 'invitation.expired',
      errorCodes: { token: { code: 'invitation.expired' } },
    });
    const unknown = await setPassword('A'.repeat(43), STRONG).expect(400);
    expect(unknown.body.errorCodes.token.code).toBe('invitation.unknown');
    const [stored] = await api.sql(`SELECT password_hash FROM users WHERE id = $1`, [user.id]);
    expect(stored.password_hash).toBeNull();
  });

  it('a weak password is refused with the field named, and the link still works', async () => {
    await invite('ines.martin@hub.brussels', 'fr');
    await sendNow();
    const { token } = linkIn(mailsTo('ines.martin@hub.brussels')[0].parsed.text!);
    const weak = await setPassword(token, 'password1234').set('Accept-Language', 'fr').expect(400);
    expect(weak.body.errorCodes.password.code).toMatch(/^password\./);
    expect(weak.body.errors).toHaveProperty('password');
    const short = await setPassword(token, 'short').expect(400);
    expect(short.body.errors).toHaveProperty('password');
    await setPassword(token, STRONG).expect(200);
    await signIn('ines.martin@hub.brussels', STRONG).expect(200);
  });

  it('sending the invitation again voids the earlier link; only an admin may', async () => {
    const user = await invite('sara.elamrani@hub.brussels', 'nl');
    await sendNow();
    const first = linkIn(mailsTo('sara.elamrani@hub.brussels')[0].parsed.text!).token;

    for (const role of ['advisor', 'coordinator', 'manager'] as const)
      await api.http.post(`/api/users/${user.id}/invite`).set(as[role]).expect(403);
    await api.http.post(`/api/users/${user.id}/invite`).expect(401);

    const again = await api.http.post(`/api/users/${user.id}/invite`).set(as.admin).expect(200);
    expect(new Date(again.body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 6 * 86400_000);
    await sendNow();
    const mails = mailsTo('sara.elamrani@hub.brussels');
    expect(mails).toHaveLength(2);
    const second = linkIn(mails[1].parsed.text!).token;
    expect(second).not.toBe(first);

    const stale = await setPassword(first, STRONG).expect(400);
    expect(stale.body.errorCodes.token.code).toBe('invitation.unknown');
    await setPassword(second, STRONG).expect(200);
    await signIn('sara.elamrani@hub.brussels', STRONG).expect(200);
  });

  it('creating a user with a password still works as before (no invitation)', async () => {
    const res = await api.http
      .post('/api/users')
      .set(as.admin)
      .send({ email: 'pieter@hub.brussels', fullName: 'Pieter', role: 'advisor', language: 'nl', password: STRONG })
      .expect(201);
    const rows = await api.sql(`SELECT 1 FROM user_invitations WHERE user_id = $1`, [res.body.id]);
    expect(rows).toHaveLength(0);
    await signIn('pieter@hub.brussels', STRONG).expect(200);
  });

  it('the OpenAPI document shows the password as optional and both new routes', async () => {
    const docs = (await api.http.get('/api/docs.json').expect(200)).body;
    expect(docs.paths['/api/auth/set-password'].post).toBeDefined();
    expect(docs.paths['/api/users/{id}/invite'].post).toBeDefined();
    expect(docs.components.schemas.CreateUserDto.required).not.toContain('password');
    expect(docs.components.schemas.SetPasswordDto.required).toEqual(expect.arrayContaining(['token', 'password']));
  });
});
