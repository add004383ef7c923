import { bearer, startApi, TestApi } from '../support/api';

describe('the job queue (pg-boss)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api?.close());

  it('lists the registered jobs with their schedule and next run, for admins only', async () => {
    const admin = bearer(await api.token('admin'));
    await api.http
      .get('/api/jobs')
      .set(bearer(await api.token('coordinator')))
      .expect(403);
    const list = await api.http.get('/api/jobs').set(admin).expect(200);
    expect(list.headers['content-range']).toMatch(/^jobs 0-\d+\/\d+$/);
    const daily = list.body.find((job: { id: string }) => job.id === 'recognitions-daily');
    expect(daily).toMatchObject({
      cron: '15 3 * * *',
      timeZone: 'Europe/Brussels',
      title: { en: 'Recognitions: expiries, renewals and obligations' },
    });
    const next = new Date(daily.nextRunAt);
    expect(next.getTime()).toBeGreaterThan(Date.now());
    expect(next.getTime() - Date.now()).toBeLessThanOrEqual(86_400_000);
    expect(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', hour: '2-digit', minute: '2-digit' }).format(
        next,
      ),
    ).toBe('03:15');
    await api.http.get('/api/jobs/no-such-job').set(admin).expect(404);
  });

  it('"run now" runs the job through the queue, answers its report, keeps the run and writes the audit log', async () => {
    const admin = bearer(await api.token('admin'));
    const run = await api.http.post('/api/jobs/recognitions-daily/run').set(admin).expect(200);
    expect(run.body).toMatchObject({
      name: 'recognitions-daily',
      state: 'completed',
      output: { ran: true, expired: 0, renewalTasks: 0 },
    });
    const shown = await api.http.get('/api/jobs/recognitions-daily').set(admin).expect(200);
    expect(shown.body.lastRun).toMatchObject({
      id: run.body.id,
      state: 'completed',
      manual: true,
      output: { ran: true },
    });
    expect(shown.body.runs[0].id).toBe(run.body.id);
    const [audit] = await api.sql(
      `SELECT a.action, a.entity, a.entity_id, u.email FROM audit_log a JOIN users u ON u.id = a.user_id WHERE a.entity = 'jobs'`,
    );
    expect(audit).toEqual({
      action: 'run',
      entity: 'jobs',
      entity_id: 'recognitions-daily',
      email: 'admin@demo.traject.brussels',
    });
    await api.http
      .post('/api/jobs/recognitions-daily/run')
      .set(bearer(await api.token('manager')))
      .expect(403);
  });
});
