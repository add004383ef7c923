import { loadConfig } from '../../api/src/config/app.config';
import { demoColleagues, DemoRole, startApi, TestApi } from '../support/api';

/** Issue 17: the API's documentation behind sign-in, and the per-user limit on expensive routes. */
describe('safeguards', () => {
  let api: TestApi;
  let as: Record<DemoRole, { Authorization: string }>;
  beforeAll(async () => {
    // API_DOCS left to its default (not development); five expensive requests per user and minute.
    api = await startApi({ API_DOCS: '', EXPENSIVE_REQUESTS_PER_MINUTE: '5' });
    ({ as } = await demoColleagues(api));
  });
  afterAll(() => api.close());

  it('/api/docs answers only a signed-in caller outside development (API_DOCS)', async () => {
    const anonymous = await api.http.get('/api/docs').set('Accept', 'application/json').expect(401);
    expect(anonymous.body.code).toBe('auth.unauthenticated');
    await api.http.get('/api/docs').set('Accept', 'text/html').expect(401);
    await api.http.get('/api/docs.json').expect(401);
    await api.http
      .get('/api/docs')
      .set('Accept', 'application/json')
      .set('Authorization', 'Bearer not.a.token')
      .expect(401);
    const signedIn = await api.http.get('/api/docs').set('Accept', 'application/json').set(as.manager).expect(200);
    expect(signedIn.body.paths['/api/search']).toBeDefined();
    expect(loadConfig({}).publicDocs).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }).publicDocs).toBe(true);
    expect(loadConfig({ API_DOCS: 'public' }).publicDocs).toBe(true);
    expect(() => loadConfig({ API_DOCS: 'open' })).toThrow(/API_DOCS/);
  });

  it('counts search, exports, reports and import per user in PostgreSQL: over the limit, 429 with a stable code; others and cheap routes go on', async () => {
    // Stay inside one calendar minute (the window): start early in a minute.
    const [{ second }] = await api.sql(`SELECT extract(second FROM now())::int AS second`);
    if (second > 45) await new Promise((next) => setTimeout(next, (61 - second) * 1000));
    const calls = [
      () => api.http.get('/api/search?q=atelier').set(as.advisor),
      () => api.http.get('/api/reports/overview').set(as.advisor),
      () => api.http.get('/api/reports/organisations.csv').set(as.advisor),
      () =>
        api.http.post('/api/organisations/import').set(as.advisor).set('Content-Type', 'text/csv').send('name\nX\n'),
    ];
    // Twenty at once: the count is one atomic upsert, so exactly five pass whatever the concurrency.
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => calls[i % calls.length]()));
    const statuses = answers.map((res) => res.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    const refused = answers.find((res) => res.status === 429)!;
    expect(refused.body).toMatchObject({ code: 'request.too_many_expensive', params: { seconds: expect.any(Number) } });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const dutch = await api.http.get('/api/search?q=atelier&lang=nl').set(as.advisor).expect(429);
    expect(dutch.body.message).toMatch(/Te veel zoekopdrachten/);
    // Another user has their own count; lists and records are not limited.
    await api.http.get('/api/search?q=atelier').set(as.coordinator).expect(200);
    await api.http.get('/api/organisations').set(as.advisor).expect(200);
  });

  it('the limit holds over any 60 seconds, not per calendar minute: a full minute just before its end leaves nothing for the start of the next', async () => {
    // Five requests in the last seconds of a minute, then one in the first seconds of the next: the calendar-minute
    // count let five more through there (up to twice the limit within a few seconds).
    const [{ ms }] = await api.sql(`SELECT (extract(epoch FROM now()) * 1000)::bigint % 60000 AS ms`);
    await new Promise((next) => setTimeout(next, (57_000 - Number(ms) + 60_000) % 60_000));
    const search = () => api.http.get('/api/search?q=atelier').set(as.manager);
    for (let i = 0; i < 5; i++) await search().expect(200);
    const [{ ms: late }] = await api.sql(`SELECT (extract(epoch FROM now()) * 1000)::bigint % 60000 AS ms`);
    // (On a slow machine the five may already reach into the next minute: then no wait.)
    if (Number(late) > 30_000) await new Promise((next) => setTimeout(next, 60_000 - Number(late) + 1_000));
    const refused = await search().expect(429);
    expect(refused.body.code).toBe('request.too_many_expensive');
    // Retry when the oldest of the five leaves the last minute: about 56 seconds from now, not the next calendar minute.
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(45);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(refused.body.params.seconds).toBe(Number(refused.headers['retry-after']));
  }, 180_000);
});
