import request from 'supertest';
import { createApp } from '../../api/src/app.factory';
import { issueFormToken } from '../../api/src/intake/intake-form-token';
import { demoColleagues, startApi, TEST_SECRET, TestApi } from '../support/api';

/** A form token served long enough ago for a person to have filled the form. */
const agedToken = () => issueFormToken(TEST_SECRET, Date.now() - 60_000);

const visitor = (overrides: Record<string, unknown> = {}) => ({
  firstName: 'Amira',
  lastName: 'Benali',
  email: 'amira@zerodechet.example.be',
  phone: '+32 2 555 01 23',
  organisationName: 'Zéro Déchet Schaerbeek',
  enterpriseNumber: '0403.019.261',
  postcode: '1030',
  legalForm: 'asbl_vzw',
  projectStage: 'launching',
  topics: ['recognition', 'financing'],
  question: 'Comment obtenir l’agrément comme entreprise sociale ?',
  language: 'fr',
  consent: true,
  formToken: agedToken(),
  ...overrides,
});

describe('the public intake form', () => {
  let api: TestApi;
  let as: Awaited<ReturnType<typeof demoColleagues>>['as'];
  let ids: Record<string, string>;
  beforeAll(async () => {
    api = await startApi({
      INTAKE_MAX_PER_ADDRESS: '1000',
      INTAKE_MAX_PER_HOUR: '1000',
      INTAKE_PRIVACY_URL: 'https://hub.brussels/privacy-test/',
    });
    ({ as, ids } = await demoColleagues(api));
  });
  afterAll(() => api.close());

  const submit = (body: object, headers: Record<string, string> = {}) =>
    api.http.post('/api/intake').set(headers).send(body);

  it('a valid submission lands in the inbox as new, with the consent text the visitor saw', async () => {
    const res = await submit(visitor()).expect(201);
    expect(res.body).toEqual({ received: true, language: 'fr' });
    const [row] = await api.sql(`SELECT * FROM intakes WHERE email = 'amira@zerodechet.example.be'`);
    expect(row).toMatchObject({
      status: 'new',
      enterprise_number: '0403019261',
      language: 'fr',
      topics: ['recognition', 'financing'],
      privacy_url: 'https://hub.brussels/privacy-test/',
    });
    expect(row.consent_text).toMatch(/J’accepte que hub\.brussels traite/);
    const [mail] = await api.sql(
      `SELECT recipient, language, subject, body_text FROM outbox WHERE recipient = 'amira@zerodechet.example.be'`,
    );
    expect(mail).toMatchObject({ language: 'fr', subject: 'Votre question à hub.brussels est bien arrivée' });
    expect(mail.body_text).toContain('Bonjour Amira Benali,');
    expect(mail.body_text).toContain('« Comment obtenir l’agrément comme entreprise sociale ? »');
    expect(mail.body_text).toMatch(/\/fr\/intake/);
    const inbox = await api.http.get('/api/intakes?filter={"status":"new"}').set(as.coordinator).expect(200);
    expect(inbox.headers['content-range']).toBe('intakes 0-0/1');
    expect(inbox.body[0]).toMatchObject({
      organisationName: 'Zéro Déchet Schaerbeek',
      question: 'Comment obtenir l’agrément comme entreprise sociale ?',
    });
  });

  it('each invalid field is named, worded in French or in Dutch', async () => {
    const bad = {
      firstName: '',
      email: 'not-an-email',
      enterpriseNumber: '0431.150.351',
      postcode: '10',
      question: 'x'.repeat(5001),
      consent: false,
      topics: ['astrology'],
    };
    const fr = (await submit(visitor({ ...bad, language: 'fr' })).expect(400)).body;
    expect(fr.code).toBe('intake.invalid');
    expect(fr.errorCodes).toEqual({
      firstName: 'required',
      email: 'email_invalid',
      enterpriseNumber: 'enterprise_number_invalid',
      postcode: 'postcode_invalid',
      question: 'too_long',
      consent: 'consent_required',
      topics: 'not_in_list',
    });
    expect(fr.errors.firstName).toBe('Ce champ est obligatoire.');
    expect(fr.errors.enterpriseNumber).toMatch(/^Ce numéro d’entreprise n’est pas valide/);
    const nl = (await submit(visitor({ ...bad, language: 'nl' })).expect(400)).body;
    expect(nl.errors.firstName).toBe('Dit veld is verplicht.');
    expect(nl.errors.consent).toBe('We hebben uw akkoord nodig om uw vraag te behandelen.');
    expect(nl.errors.email).toMatch(/^Dit e-mailadres is niet geldig/);
    expect(await api.sql(`SELECT count(*)::int AS n FROM intakes WHERE first_name = ''`)).toEqual([{ n: 0 }]);
  });

  it('a filled honeypot or a form sent within 3 seconds gets the normal answer but is never stored', async () => {
    await submit(visitor({ email: 'bot1@spam.example', website: 'http://spam.example' })).expect(201, {
      received: true,
      language: 'fr',
    });
    await submit(visitor({ email: 'bot2@spam.example', formToken: issueFormToken(TEST_SECRET) })).expect(201, {
      received: true,
      language: 'fr',
    });
    expect(await api.sql(`SELECT count(*)::int AS n FROM intakes WHERE email LIKE 'bot%'`)).toEqual([{ n: 0 }]);
    expect(await api.sql(`SELECT count(*)::int AS n FROM outbox WHERE recipient LIKE 'bot%'`)).toEqual([{ n: 0 }]);
  });

  it('a missing or forged form token is refused with a message to reload', async () => {
    const res = await submit(visitor({ formToken: `${Date.now() - 60_000}.forged` })).expect(400);
    expect(res.body).toMatchObject({
      code: 'intake.form_expired',
      message: 'Le formulaire a expiré : rechargez la page et renvoyez-le.',
    });
    await submit(visitor({ formToken: undefined })).expect(400);
  });

  it('ignores any token sent with it: a forged bearer still just submits, and no user is stamped', async () => {
    await submit(visitor({ email: 'token@example.be' }), { Authorization: 'Bearer not.a.token' }).expect(201);
    await submit(visitor({ email: 'token2@example.be' }), as.admin).expect(201);
    const rows = await api.sql(`SELECT converted_by_id, dismissed_by_id FROM intakes WHERE email LIKE 'token%'`);
    expect(rows).toEqual([
      { converted_by_id: null, dismissed_by_id: null },
      { converted_by_id: null, dismissed_by_id: null },
    ]);
  });

  it('only coordinators and admins read the inbox', async () => {
    await api.http.get('/api/intakes').set(as.advisor).expect(403);
    await api.http.get('/api/intakes').set(as.manager).expect(403);
    await api.http.get('/api/intakes').expect(401);
    await api.http.get('/api/intakes').set(as.admin).expect(200);
  });

  async function newIntake(overrides: Record<string, unknown> = {}) {
    const email = `${Math.random().toString(36).slice(2)}@visitor.example.be`;
    await submit(visitor({ email, enterpriseNumber: '', ...overrides })).expect(201);
    const [row] = await api.sql(`SELECT id FROM intakes WHERE email = lower($1)`, [
      (overrides.email as string) ?? email,
    ]);
    return (await api.http.get(`/api/intakes/${row.id}`).set(as.coordinator).expect(200)).body;
  }

  it('the detail shows organisations that are probably the same and contacts with the same e-mail', async () => {
    const org = (
      await api.http
        .post('/api/organisations')
        .set(as.advisor)
        .send({ name: 'ASBL Zéro Déchet Schaerbeek', postcode: '1030' })
        .expect(201)
    ).body;
    await api.http
      .post('/api/contacts')
      .set(as.advisor)
      .send({ organisationId: org.id, firstName: 'Amira', lastName: 'Benali', email: 'known@visitor.example.be' })
      .expect(201);
    const intake = await newIntake({ organisationName: 'Zero dechet Schaerbeek', email: 'Known@visitor.example.be' });
    const matches = (await api.http.get(`/api/intakes/${intake.id}/matches`).set(as.coordinator).expect(200)).body;
    expect(matches.organisations[0]).toMatchObject({ id: org.id, reason: 'similar_name' });
    expect(matches.contacts.map((c: { organisationId: string }) => c.organisationId)).toEqual([org.id]);
  });

  it('converting creates exactly the organisation, the contact and the case asked for, and the question opens the case', async () => {
    const intake = await newIntake({
      organisationName: 'Les Jardins de Jette',
      enterpriseNumber: '0440.966.354',
      postcode: '1090',
      language: 'nl',
    });
    const before = await api.sql(
      `SELECT (SELECT count(*) FROM organisations)::int AS o, (SELECT count(*) FROM contacts)::int AS c, (SELECT count(*) FROM cases)::int AS k`,
    );
    const res = await api.http
      .post(`/api/intakes/${intake.id}/convert`)
      .set(as.coordinator)
      .send({
        version: intake.version,
        organisation: { name: 'Les Jardins de Jette', enterpriseNumber: '0440.966.354', postcode: '1090' },
        legalBasis: 'consent',
        openCase: true,
        advisorId: ids.advisor,
      })
      .expect(201);
    expect(res.body).toMatchObject({ status: 'converted', convertedById: ids.coordinator });
    const after = await api.sql(
      `SELECT (SELECT count(*) FROM organisations)::int AS o, (SELECT count(*) FROM contacts)::int AS c, (SELECT count(*) FROM cases)::int AS k`,
    );
    expect(after[0]).toEqual({ o: before[0].o + 1, c: before[0].c + 1, k: before[0].k + 1 });
    const [contact] = await api.sql(
      `SELECT first_name, email, legal_basis, consent_given_at, language FROM contacts WHERE id = $1`,
      [res.body.contactId],
    );
    expect(contact).toMatchObject({ first_name: 'Amira', email: intake.email, legal_basis: 'consent', language: 'nl' });
    expect(contact.consent_given_at).not.toBeNull();
    const kase = (await api.http.get(`/api/cases/${res.body.caseId}`).set(as.coordinator).expect(200)).body;
    expect(kase).toMatchObject({
      organisationId: res.body.organisationId,
      stage: 'intake',
      advisorId: ids.advisor,
      summary: intake.question,
    });
    const timeline = (
      await api.http.get(`/api/organisations/${res.body.organisationId}/timeline`).set(as.advisor).expect(200)
    ).body;
    const first = timeline[timeline.length - 1];
    expect(first).toMatchObject({ type: 'intake_received' });
    expect(JSON.stringify(first)).toContain(intake.question);
    const audit = await api.sql(`SELECT user_id, action FROM audit_log WHERE entity = 'intakes' AND entity_id = $1`, [
      intake.id,
    ]);
    expect(audit).toEqual([{ user_id: ids.coordinator, action: 'convert' }]);
    const again = await api.http
      .post(`/api/intakes/${intake.id}/convert`)
      .set(as.coordinator)
      .send({ version: res.body.version, organisationId: res.body.organisationId, legalBasis: 'public_task' })
      .expect(422);
    expect(again.body.code).toBe('intake.not_new');
  });

  it('a failure in the middle of a conversion leaves nothing behind', async () => {
    const intake = await newIntake({ organisationName: 'Atelier Rollback' });
    const before = await api.sql(
      `SELECT (SELECT count(*) FROM organisations)::int AS o, (SELECT count(*) FROM contacts)::int AS c`,
    );
    // The case cannot go to a manager: refused after the organisation and contact were written.
    const res = await api.http
      .post(`/api/intakes/${intake.id}/convert`)
      .set(as.coordinator)
      .send({
        version: intake.version,
        organisation: { name: 'Atelier Rollback' },
        legalBasis: 'public_task',
        openCase: true,
        advisorId: ids.manager,
      })
      .expect(400);
    expect(res.body.errors).toHaveProperty('advisorId');
    const after = await api.sql(
      `SELECT (SELECT count(*) FROM organisations)::int AS o, (SELECT count(*) FROM contacts)::int AS c`,
    );
    expect(after).toEqual(before);
    expect((await api.http.get(`/api/intakes/${intake.id}`).set(as.coordinator).expect(200)).body.status).toBe('new');
  });

  it('a dismissed intake cannot be converted, and is purged after the retention period', async () => {
    const intake = await newIntake();
    const dismissed = (
      await api.http
        .post(`/api/intakes/${intake.id}/dismiss`)
        .set(as.coordinator)
        .send({ version: intake.version, reason: 'spam' })
        .expect(201)
    ).body;
    expect(dismissed).toMatchObject({ status: 'dismissed', dismissReason: 'spam' });
    await api.http
      .post(`/api/intakes/${intake.id}/convert`)
      .set(as.coordinator)
      .send({ version: dismissed.version, organisationId: intake.id, legalBasis: 'public_task' })
      .expect(422);
    await api.http
      .post(`/api/intakes/${intake.id}/dismiss`)
      .set(as.coordinator)
      .send({ version: 1, reason: 'nonsense' })
      .expect(400);
    const purge = () => api.http.post('/api/jobs/intakes-purge/run').set(as.admin).expect(200);
    expect((await purge()).body.output).toEqual({ deleted: 0 });
    await api.sql(`UPDATE intakes SET dismissed_at = now() - interval '181 days' WHERE id = $1`, [intake.id]);
    expect((await purge()).body.output).toEqual({ deleted: 1 });
    await api.http.get(`/api/intakes/${intake.id}`).set(as.coordinator).expect(404);
  });

  it('the person’s intakes are in their contact’s art. 15 export and erased with them', async () => {
    const intake = await newIntake({
      firstName: 'Wilhelmina',
      lastName: 'Vandersteeghe',
      organisationName: 'Atelier Vandersteeghe',
      question: 'Bonjour, ici Wilhelmina Vandersteeghe.',
    });
    const converted = (
      await api.http
        .post(`/api/intakes/${intake.id}/convert`)
        .set(as.coordinator)
        .send({ version: intake.version, organisation: { name: 'Atelier Vandersteeghe' }, legalBasis: 'consent' })
        .expect(201)
    ).body;
    const exported = (await api.http.get(`/api/contacts/${converted.contactId}/export`).set(as.admin).expect(200)).body;
    expect(exported.intakes).toEqual([
      expect.objectContaining({
        id: intake.id,
        question: 'Bonjour, ici Wilhelmina Vandersteeghe.',
        consentText: expect.stringMatching(/^J’accepte/),
      }),
    ]);
    const erased = await api.http.post(`/api/contacts/${converted.contactId}/anonymise`).set(as.admin).send({});
    expect(erased.body).toMatchObject({ anonymisedAt: expect.any(String) });
    const [row] = await api.sql(`SELECT * FROM intakes WHERE id = $1`, [intake.id]);
    expect(JSON.stringify(row)).not.toMatch(/Vandersteeghe|Wilhelmina/);
    expect(row).toMatchObject({
      status: 'converted',
      anonymised_at: expect.any(Date),
      topics: ['recognition', 'financing'],
    });
  });

  it('an admin erases what a visitor wrote; statistics of the request remain', async () => {
    const intake = await newIntake({ question: 'Mon nom est Amira Benali, appelez-moi au 0470 12 34 56' });
    await api.http.post(`/api/intakes/${intake.id}/anonymise`).set(as.coordinator).expect(403);
    const erased = (await api.http.post(`/api/intakes/${intake.id}/anonymise`).set(as.admin).expect(201)).body;
    expect(erased).toMatchObject({
      firstName: '[anonymised]',
      email: '[anonymised]',
      phone: null,
      question: '[anonymised]',
      topics: ['recognition', 'financing'],
    });
    expect(JSON.stringify(await api.sql(`SELECT * FROM intakes WHERE id = $1`, [intake.id]))).not.toMatch(
      /Benali|0470/,
    );
  });
});

describe('the public intake page without JavaScript', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({ INTAKE_MAX_PER_ADDRESS: '1000', INTAKE_MAX_PER_HOUR: '1000' });
  });
  afterAll(() => api.close());

  it('is served in the language of its path, else of the browser, with a strict content policy', async () => {
    const nl = await api.http.get('/nl/intake').expect(200);
    expect(nl.text).toContain('<html lang="nl">');
    expect(nl.text).toContain('Heeft u een vraag over sociaal ondernemerschap in Brussel?');
    expect(nl.headers['content-security-policy']).toContain("script-src 'self'");
    expect(nl.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(nl.headers['set-cookie']).toBeUndefined();
    const browser = await api.http.get('/intake').set('Accept-Language', 'nl-BE,nl;q=0.9,en;q=0.5').expect(200);
    expect(browser.text).toContain('<html lang="nl">');
    expect((await api.http.get('/intake').expect(200)).text).toContain('<html lang="fr">');
    const script = await api.http.get('/intake/intake.js').expect(200);
    expect(script.headers['content-type']).toMatch(/javascript/);
    expect(script.text).toContain('% 97');
  });

  it('a plain form post is stored and redirected to the confirmation; errors come back next to each field in Dutch', async () => {
    const page = await api.http.get('/nl/intake').expect(200);
    const token = /name="formToken" value="([^"]+)"/.exec(page.text)![1];
    expect(token).toBeTruthy();
    const aged = agedToken();
    const form = (fields: Record<string, string | string[]>) => {
      const body = new URLSearchParams();
      for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(key, v);
      return api.http.post('/nl/intake').type('form').send(body.toString());
    };
    const bad = await form({
      formToken: aged,
      firstName: 'Joris',
      lastName: '',
      email: 'joris@',
      organisationName: 'Buurtwinkel',
      question: 'Hoe word ik erkend?',
    }).expect(400);
    expect(bad.text).toContain('<p class="error" id="lastName-error">Dit veld is verplicht.</p>');
    expect(bad.text).toContain('id="email-error">Dit e-mailadres is niet geldig');
    expect(bad.text).toContain('aria-invalid="true"');
    expect(bad.text).toContain('value="Joris"');
    const ok = await form({
      formToken: aged,
      firstName: 'Joris',
      lastName: 'Peeters',
      email: 'joris@buurtwinkel.example.be',
      organisationName: 'Buurtwinkel',
      topics: ['financing', 'other'],
      question: 'Hoe word ik erkend?',
      consent: 'yes',
      language: 'nl',
    }).expect(303);
    expect(ok.headers.location).toBe('/nl/intake/thanks');
    const [row] = await api.sql(
      `SELECT language, topics, consent_text FROM intakes WHERE email = 'joris@buurtwinkel.example.be'`,
    );
    expect(row).toMatchObject({ language: 'nl', topics: ['financing', 'other'] });
    expect(row.consent_text).toMatch(/^Ik ga ermee akkoord/);
    const [mail] = await api.sql(
      `SELECT language, subject FROM outbox WHERE recipient = 'joris@buurtwinkel.example.be'`,
    );
    expect(mail).toEqual({ language: 'nl', subject: 'Uw vraag aan hub.brussels is goed aangekomen' });
    expect((await api.http.get('/nl/intake/thanks').expect(200)).text).toContain(
      'Bedankt, uw vraag is goed aangekomen',
    );
  });
});

describe('the public intake form limits', () => {
  it('per address and per hour, counted in PostgreSQL so they hold across two API processes (429)', async () => {
    const api = await startApi({ INTAKE_MAX_PER_ADDRESS: '3', INTAKE_MAX_PER_HOUR: '5' });
    const second = await createApp(api.config, ['error']);
    await second.init();
    try {
      const one = api.http;
      const two = request(second.getHttpServer());
      const answers: number[] = [];
      for (const http of [one, two, one, two])
        answers.push(
          (await http.post('/api/intake').send(visitor({ email: `a${answers.length}@x.example.be` }))).status,
        );
      expect(answers).toEqual([201, 201, 201, 429]);
      const tooMany = await two
        .post('/api/intake')
        .set('Accept-Language', 'nl')
        .send(visitor({ language: 'nl' }))
        .expect(429);
      expect(tooMany.body).toMatchObject({
        code: 'intake.too_many',
        message: expect.stringMatching(/^We kregen veel aanvragen/),
      });
      // Other addresses (behind no proxy every test request is 127.0.0.1): the global hour limit counts them all.
      await api.sql(`UPDATE intake_attempts SET address_key = 'elsewhere'`);
      expect((await one.post('/api/intake').send(visitor({ email: 'b1@x.example.be' }))).status).toBe(201);
      expect((await two.post('/api/intake').send(visitor({ email: 'b2@x.example.be' }))).status).toBe(201);
      expect((await one.post('/api/intake').send(visitor({ email: 'b3@x.example.be' }))).status).toBe(429);
    } finally {
      await second.close();
      await api.close();
    }
  });
});
