import { bearer, startApi, TestApi } from '../support/api';

/** Small guarantees from the security review (issue 17, Low items): each answer here was a 500 or a missing header before. */
describe('hardening', () => {
  let api: TestApi;
  let advisor: { Authorization: string };
  let organisationId: string;
  beforeAll(async () => {
    api = await startApi();
    advisor = bearer(await api.token('advisor'));
    organisationId = (
      await api.http.post('/api/organisations').set(advisor).send({ name: 'Atelier Durci' }).expect(201)
    ).body.id;
  });
  afterAll(() => api.close());

  it('every /api answer is Cache-Control: no-store, Permissions-Policy is set, and no HSTS or upgrade-insecure-requests over plain HTTP', async () => {
    for (const res of [
      await api.http.get('/api/organisations').set(advisor),
      await api.http.get('/api/health'),
      await api.http.get('/api/organisations/not-a-uuid').set(advisor),
    ]) {
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['permissions-policy']).toMatch(/camera=\(\)/);
      expect(res.headers['strict-transport-security']).toBeUndefined();
      expect(res.headers['content-security-policy']).not.toMatch(/upgrade-insecure-requests/);
    }
  });

  it('website takes only http(s) addresses', async () => {
    for (const website of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org', 'www.example.org']) {
      const res = await api.http.post('/api/organisations').set(advisor).send({ name: 'Site', website }).expect(400);
      expect(res.body.errors).toHaveProperty('website');
    }
    await api.http
      .post('/api/organisations')
      .set(advisor)
      .send({ name: 'Site', website: 'https://www.example.be/a?b=c' })
      .expect(201);
  });

  it('out-of-range dates and JSON nested 10,000 deep are 400s, not 500s', async () => {
    for (const occurredAt of ['+275760-09-13T00:00:00Z', '275760-09-13']) {
      const res = await api.http
        .post('/api/meetings')
        .set(advisor)
        .send({ organisationId, subject: 'Far future', occurredAt });
      expect({ occurredAt, status: res.status }).toEqual({ occurredAt, status: 400 });
    }
    const res = await api.http
      .post('/api/organisations')
      .set(advisor)
      .send({ name: 'Founded late', foundedOn: '+275760-09-13' });
    expect(res.status).toBe(400);
    const deep = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
    const nested = await api.http
      .post('/api/organisations')
      .set(advisor)
      .set('Content-Type', 'application/json')
      .send(deep);
    expect(nested.status).toBe(400);
    expect(nested.body.code).toBe('request.too_deep');
    const inDutch = await api.http
      .post('/api/organisations?lang=nl')
      .set(advisor)
      .set('Content-Type', 'application/json')
      .send(deep);
    expect(inDutch.body).toMatchObject({
      code: 'request.too_deep',
      params: { limit: expect.any(Number) },
      errors: { body: 'De inhoud van het verzoek is te diep genest.' },
    });
  });
  // Last: a second application in this process (its own database) is started and closed here.
  it('HSTS and upgrade-insecure-requests when served over HTTPS (behind a trusted proxy)', async () => {
    const proxied = await startApi({ TRUST_PROXY: '1' });
    try {
      const res = await proxied.http.get('/api/health').set('X-Forwarded-Proto', 'https');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=/);
      expect(res.headers['content-security-policy']).toMatch(/upgrade-insecure-requests/);
    } finally {
      await proxied.close();
    }
  });
});
