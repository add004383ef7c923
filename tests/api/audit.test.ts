import { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from '../../api/src/seed/demo-users';
import { demoColleagues, startApi, TestApi } from '../support/api';

const q = (params: Record<string, unknown>) =>
  new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, JSON.stringify(v)])).toString();

describe('the audit trail', () => {
  let api: TestApi;
  let as: Record<'advisor' | 'coordinator' | 'manager' | 'admin', { Authorization: string }>;
  let ids: Record<string, string>;
  beforeAll(async () => {
    api = await startApi();
    ({ as, ids } = await demoColleagues(api));
  });
  afterAll(() => api.close());

  const trail = (entity: string, entityId: string) =>
    api.sql(`SELECT user_id, action, changes FROM audit_log WHERE entity = $1 AND entity_id = $2 ORDER BY id`, [
      entity,
      entityId,
    ]);

  it('records who created, changed and deleted a record, with old and new values', async () => {
    const created = (
      await api.http.post('/api/organisations').set(as.advisor).send({ name: 'Audité', postcode: '1000' }).expect(201)
    ).body;
    await api.http
      .put(`/api/organisations/${created.id}`)
      .set(as.coordinator)
      .send({ ...created, name: 'Audité bis' })
      .expect(200);
    await api.http.delete(`/api/organisations/${created.id}`).set(as.admin).expect(200);
    const rows = await trail('organisations', created.id);
    expect(rows.map((r: { action: string; user_id: string }) => [r.action, r.user_id])).toEqual([
      ['create', ids.advisor],
      ['update', ids.coordinator],
      ['delete', ids.admin],
    ]);
    expect(rows[0].changes).toMatchObject({
      name: { new: 'Audité' },
      postcode: { new: '1000' },
      municipality: { new: '21004' },
    });
    expect(rows[0].changes).not.toHaveProperty('search_folded'); // derived by PostgreSQL for search, not a field anyone set
    expect(rows[1].changes).toEqual({ name: { old: 'Audité', new: 'Audité bis' } });
    expect(rows[2].changes.name).toEqual({ old: 'Audité bis' });
  });

  it('never records a password or a token', async () => {
    const user = (
      await api.http
        .post('/api/users')
        .set(as.admin)
        .send({ email: 'secret@hub.brussels', fullName: 'Secret', role: 'advisor', password: 'a long enough password' })
        .expect(201)
    ).body;
    await api.http
      .put(`/api/users/${user.id}`)
      .set(as.admin)
      .send({ ...user, password: 'another long password' })
      .expect(200);
    const rows = await trail('users', user.id);
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['create', 'update']);
    expect(rows[1].changes).toEqual({ password: { changed: true } });
    expect(JSON.stringify(rows)).not.toMatch(/argon2|password_hash|token_version|a long enough password/);
    const sessions = await api.sql(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'sessions'`);
    expect(sessions).toEqual([{ n: 0 }]);
  });

  it('records sign-ins, successful and failed', async () => {
    await api.http
      .post('/api/auth/login')
      .send({ email: 'manager@demo.traject.brussels', password: 'not it at all' })
      .expect(401);
    await api.http
      .post('/api/auth/login')
      .send({ email: 'manager@demo.traject.brussels', password: DEMO_PASSWORD })
      .expect(200);
    const rows = await api.sql(
      `SELECT action, user_id, changes FROM audit_log WHERE action IN ('login', 'login_failed') AND entity_id = $1 ORDER BY id DESC LIMIT 2`,
      [ids.manager],
    );
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['login', 'login_failed']);
    expect(rows[1].changes.email).toBe('manager@demo.traject.brussels');
    expect(JSON.stringify(rows)).not.toMatch(/not it at all/);
  });

  it('is written in the same transaction: a change that fails leaves no audit row', async () => {
    const organisationId = (
      await api.http.post('/api/organisations').set(as.advisor).send({ name: 'Two at once' }).expect(201)
    ).body.id;
    const before = await api.sql(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'cases'`);
    const answers = await Promise.all(
      [1, 2, 3].map(() => api.http.post('/api/cases').set(as.coordinator).send({ organisationId, title: 'Parcours' })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
    const after = await api.sql(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'cases'`);
    expect(after[0].n - before[0].n).toBe(1);
    const stale = (await api.http.post('/api/organisations').set(as.advisor).send({ name: 'Stale' }).expect(201)).body;
    await api.http
      .put(`/api/organisations/${stale.id}`)
      .set(as.advisor)
      .send({ ...stale, name: 'One' })
      .expect(200);
    await api.http
      .put(`/api/organisations/${stale.id}`)
      .set(as.advisor)
      .send({ ...stale, name: 'Two' })
      .expect(409);
    expect((await trail('organisations', stale.id)).map((r: { action: string }) => r.action)).toEqual([
      'create',
      'update',
    ]);
  });

  it("is append-only for the app's own database connection", async () => {
    const db = api.app.get(DataSource);
    await expect(db.query(`UPDATE audit_log SET action = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(db.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    const [{ n }] = await api.sql(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'forged'`);
    expect(n).toBe(0);
  });

  it('the audit-log resource: managers and admins read it with filters; nobody changes it', async () => {
    await api.http.get('/api/audit-log').set(as.advisor).expect(403);
    await api.http.get('/api/audit-log').set(as.coordinator).expect(403);
    const res = await api.http
      .get(
        `/api/audit-log?${q({ filter: { entity: 'organisations', action: 'update', userId: ids.coordinator }, range: [0, 9] })}`,
      )
      .set(as.manager)
      .expect(200);
    expect(res.body.length).toBeGreaterThan(0);
    expect(
      res.body.every(
        (r: { entity: string; action: string; userId: string }) =>
          r.entity === 'organisations' && r.action === 'update' && r.userId === ids.coordinator,
      ),
    ).toBe(true);
    expect(res.headers['content-range']).toMatch(/^audit-log 0-\d+\/\d+$/);
    const today = new Date().toISOString().slice(0, 10);
    const period = await api.http
      .get(`/api/audit-log?${q({ filter: { at_gte: today }, sort: ['at', 'ASC'], range: [0, 0] })}`)
      .set(as.admin)
      .expect(200);
    expect(period.body).toHaveLength(1);
    await api.http.get(`/api/audit-log/${period.body[0].id}`).set(as.admin).expect(200);
    for (const method of ['post', 'put', 'delete'] as const) {
      const answer = await api.http[method](`/api/audit-log/${period.body[0].id}`).set(as.admin).send({});
      expect(answer.status).toBe(404);
    }
  });

  it("an organisation's history panel shows its field changes to anyone who reads it", async () => {
    const created = (await api.http.post('/api/organisations').set(as.advisor).send({ name: 'Historique' }).expect(201))
      .body;
    await api.http
      .put(`/api/organisations/${created.id}`)
      .set(as.advisor)
      .send({ ...created, website: 'https://historique.example.be' })
      .expect(200);
    const res = await api.http.get(`/api/organisations/${created.id}/history`).set(as.manager).expect(200);
    expect(res.body.map((r: { action: string }) => r.action)).toEqual(['update', 'create']);
    expect(res.body[0]).toMatchObject({
      userId: ids.advisor,
      changes: { website: { old: null, new: 'https://historique.example.be' } },
    });
    expect(res.headers['content-range']).toBe('history 0-1/2');
  });
});
