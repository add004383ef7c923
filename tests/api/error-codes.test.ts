import { bearer, demoColleagues, startApi, TestApi } from '../support/api';

/**
 * Every refusal carries a stable `code` and its `params`, and `message` in the requester's language:
 * `?lang=`, else the signed-in user's language, else Accept-Language, else French.
 */
describe('error codes in the requester’s language', () => {
  let api: TestApi;
  let as: Awaited<ReturnType<typeof demoColleagues>>['as'];
  let ids: Awaited<ReturnType<typeof demoColleagues>>['ids'];
  let fileId: string;
  beforeAll(async () => {
    api = await startApi();
    ({ as, ids } = await demoColleagues(api));
    const organisationId = (
      await api.http
        .post('/api/organisations')
        .set(as.advisor)
        .send({ name: 'Épicerie des Marolles', postcode: '1000' })
        .expect(201)
    ).body.id;
    await api.http
      .post('/api/cases')
      .set(as.coordinator)
      .send({ organisationId, title: 'Parcours', advisorId: ids.advisor })
      .expect(201);
    fileId = (
      await api.http
        .post('/api/recognitions')
        .set(as.advisor)
        .send({ organisationId, kind: 'brussels_esd' })
        .expect(201)
    ).body.id;
  });
  afterAll(() => api.close());

  const moveToApproved = (who: 'advisor' | 'coordinator' | 'admin', query = '', headers: Record<string, string> = {}) =>
    api.http
      .post(`/api/recognitions/${fileId}/move${query}`)
      .set(as[who])
      .set(headers)
      .send({ status: 'approved' })
      .expect(422);

  it('answers a refused move with its code and params, in the signed-in user’s language (French advisor)', async () => {
    const res = await moveToApproved('advisor');
    expect(res.body).toEqual({
      statusCode: 422,
      code: 'recognition.move_not_allowed',
      params: { from: 'preparing', to: 'approved', allowed: ['submitted', 'withdrawn'] },
      allowed: ['submitted', 'withdrawn'],
      message: 'Un dossier « En préparation » ne peut pas passer à « Accordé » ; il peut passer à : Introduit, Retiré.',
    });
  });

  it('speaks Dutch to a Dutch coordinator and English to an English admin', async () => {
    expect((await moveToApproved('coordinator')).body.message).toBe(
      'Een dossier "In voorbereiding" kan niet naar "Toegekend"; het kan naar: Ingediend, Ingetrokken.',
    );
    expect((await moveToApproved('admin')).body.message).toBe(
      'A file that is “Preparing” cannot move to “Granted”; it can move to: Submitted, Withdrawn.',
    );
  });

  it('lets ?lang= win over the user’s language, and the user’s language win over Accept-Language', async () => {
    expect((await moveToApproved('advisor', '?lang=nl')).body.message).toMatch(/^Een dossier "In voorbereiding"/);
    expect((await moveToApproved('advisor', '', { 'Accept-Language': 'en-GB,en;q=0.9' })).body.message).toMatch(
      /^Un dossier/,
    );
    expect((await moveToApproved('coordinator', '?lang=xx')).body.message).toMatch(/^Een dossier/);
  });

  it('uses Accept-Language before anyone signs in, else French', async () => {
    const nl = await api.http.get('/api/organisations').set('Accept-Language', 'nl-BE,nl;q=0.9,fr;q=0.8').expect(401);
    expect(nl.body).toMatchObject({
      statusCode: 401,
      code: 'auth.unauthenticated',
      message: 'Meld u aan om verder te gaan.',
    });
    const none = await api.http.get('/api/organisations').expect(401);
    expect(none.body).toMatchObject({ code: 'auth.unauthenticated', message: 'Connectez-vous pour continuer.' });
    const wrong = await api.http
      .post('/api/auth/login')
      .set('Accept-Language', 'en')
      .send({ email: 'nobody@example.org', password: 'not the password' })
      .expect(401);
    expect(wrong.body).toEqual({
      statusCode: 401,
      code: 'auth.wrong_credentials',
      params: {},
      message: 'Wrong e-mail or password.',
    });
  });

  it('gives each field of a validation error its own code and params, the text in the requester’s language', async () => {
    const res = await api.http
      .post('/api/recognitions?lang=nl')
      .set(as.advisor)
      .send({ organisationId: 'not-an-id', kind: 'brussels_unknown', notes: 'x'.repeat(20001) })
      .expect(400);
    expect(res.body.code).toBe('validation.failed');
    expect(res.body.params.fields.sort()).toEqual(['kind', 'notes', 'organisationId']);
    expect(res.body.errorCodes).toEqual({
      organisationId: { code: 'validation.not_an_id', params: {} },
      kind: {
        code: 'validation.one_of',
        params: {
          allowed: [
            'brussels_esd',
            'brussels_ipes',
            'brussels_esi_mandate',
            'federal_cnc_cooperative',
            'federal_social_enterprise',
          ],
          list: 'recognitionKind',
        },
      },
      notes: { code: 'validation.too_long', params: { max: 20000 } },
    });
    expect(res.body.errors.notes).toBe('Hoogstens 20.000 tekens.');
    expect(res.body.errors.kind).toMatch(/^Kies uit: Brusselse erkenning – sociale en democratische onderneming, /);
    expect(res.body.message).toBe('Controleer de aangeduide velden.');
  });

  it('codes the errors a service finds by field, and the 404, 403 and 409 answers', async () => {
    const unknownOrg = await api.http
      .post('/api/recognitions')
      .set(as.coordinator)
      .send({ organisationId: '00000000-0000-4000-8000-000000000000', kind: 'brussels_esd' })
      .expect(400);
    expect(unknownOrg.body.errorCodes.organisationId).toEqual({ code: 'organisation.unknown', params: {} });
    expect(unknownOrg.body.errors.organisationId).toBe('Dit is geen organisatie uit het register.');
    const missing = await api.http
      .get('/api/recognitions/00000000-0000-4000-8000-000000000000')
      .set(as.advisor)
      .expect(404);
    expect(missing.body).toMatchObject({
      code: 'record.not_found',
      message: "Cet enregistrement n'existe pas ou ne vous est pas accessible.",
    });
    const forbidden = await api.http.post('/api/users').set(as.advisor).send({}).expect(403);
    expect(forbidden.body).toMatchObject({ code: 'auth.forbidden', message: 'Votre rôle ne permet pas cette action.' });
    const file = (await api.http.get(`/api/recognitions/${fileId}`).set(as.advisor).expect(200)).body;
    const stale = await api.http
      .put(`/api/recognitions/${fileId}?lang=en`)
      .set(as.advisor)
      .send({ ...file, notes: 'first', version: file.version - 1 })
      .expect(409);
    expect(stale.body).toMatchObject({
      code: 'record.version_conflict',
      errorCodes: { version: { code: 'record.version_conflict' } },
    });
    expect(stale.body.message).toMatch(/^Someone else changed this record/);
  });

  it('codes a list parameter it refuses', async () => {
    const res = await api.http
      .get('/api/organisations?range=[0,5000]')
      .set(bearer(await api.token('coordinator')))
      .expect(400);
    expect(res.body).toMatchObject({
      code: 'list.range_too_wide',
      params: { rows: 5001, max: 1000 },
      message: 'Hoogstens 1.000 rijen per verzoek (5.001 gevraagd).',
    });
    expect(res.body.errors).toHaveProperty('range');
  });
});
