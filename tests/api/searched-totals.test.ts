import { demoColleagues, startApi, TestApi } from '../support/api';

const list = (resource: string, params: Record<string, unknown>) =>
  `/api/${resource}?${new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, JSON.stringify(v)]))}`;
const totalOf = (contentRange: string) => Number(contentRange.split('/')[1]);

/**
 * A list searched with `q` counts its matches exactly up to 1,000; above, Content-Range carries an
 * estimate (two significant figures, never under 1,001) and the answer says so with X-Total-Estimated.
 */
describe('searched lists: exact totals up to 1,000, estimated above', () => {
  let api: TestApi;
  let as: Record<'advisor' | 'advisor2' | 'manager', { Authorization: string }>;
  beforeAll(async () => {
    api = await startApi();
    ({ as } = await demoColleagues(api));
    const organisationId = (
      await api.http.post('/api/organisations').set(as.advisor).send({ name: 'Atelier des mille notes' }).expect(201)
    ).body.id;
    await api.http
      .post('/api/meetings')
      .set(as.advisor)
      .send({
        organisationId,
        subject: 'Diagnostic',
        occurredAt: '2026-10-01T10:00:00Z',
        notes: 'Plan de trésorerie pour la coopérative',
      })
      .expect(201);
    await api.http
      .post('/api/meetings')
      .set(as.advisor)
      .send({ organisationId, subject: 'Suivi', occurredAt: '2026-10-02T10:00:00Z', notes: 'Rare mot: zanzibar' })
      .expect(201);
    // 3,000 more notes about the cooperative, each a day apart (copies of the first, through the triggers).
    const columns = (
      await api.sql(
        `SELECT string_agg(quote_ident(column_name), ', ') AS list FROM information_schema.columns
        WHERE table_name = 'meetings' AND is_generated = 'NEVER' AND column_name NOT IN ('id', 'occurred_at', 'created_at')`,
      )
    )[0].list as string;
    await api.sql(
      `INSERT INTO meetings (id, occurred_at, created_at, ${columns})
       SELECT gen_random_uuid(), m.occurred_at - make_interval(days => g), now(), ${columns
         .split(', ')
         .map((c) => `m.${c}`)
         .join(', ')}
         FROM meetings m, generate_series(1, 3000) g WHERE m.subject = 'Diagnostic'`,
    );
    await api.sql('ANALYZE meetings');
  });
  afterAll(() => api.close());

  it('a common word: an estimated total, flagged, and pages that still follow each other', async () => {
    const first = await api.http
      .get(list('meetings', { filter: { q: 'cooperative' }, sort: ['occurredAt', 'DESC'], range: [0, 24] }))
      .set(as.advisor)
      .expect(200);
    expect(first.headers['x-total-estimated']).toBe('true');
    expect(first.headers['access-control-expose-headers']).toContain('X-Total-Estimated');
    expect(first.headers['content-range']).toMatch(/^meetings 0-24\/\d+$/);
    const total = totalOf(first.headers['content-range']);
    expect(total).toBeGreaterThan(1000);
    // Rounded to two significant figures, and close to the 3,001 real matches.
    expect(total % 10 ** (String(total).length - 2)).toBe(0);
    expect(total).toBeGreaterThanOrEqual(1500);
    expect(total).toBeLessThanOrEqual(6000);
    expect(first.body).toHaveLength(25);
    expect(first.body[0]).toMatchObject({ subject: 'Diagnostic', occurredAt: '2026-10-01T10:00:00.000Z' });
    const second = await api.http
      .get(list('meetings', { filter: { q: 'cooperative' }, sort: ['occurredAt', 'DESC'], range: [25, 49] }))
      .set(as.advisor)
      .expect(200);
    expect(second.headers['content-range']).toMatch(/^meetings 25-49\/\d+$/);
    expect(second.body.map((m: { id: string }) => m.id)).not.toContain(first.body[24].id);
    expect(new Date(second.body[0].occurredAt).getTime()).toBeLessThan(new Date(first.body[24].occurredAt).getTime());
  });

  it('a rare word and an unsearched list keep their exact total, unflagged', async () => {
    const rare = await api.http
      .get(list('meetings', { filter: { q: 'zanzibar' }, range: [0, 24] }))
      .set(as.manager)
      .expect(200);
    expect(rare.headers['content-range']).toBe('meetings 0-0/1');
    expect(rare.headers['x-total-estimated']).toBeUndefined();
    const all = await api.http
      .get(list('meetings', { range: [0, 24] }))
      .set(as.manager)
      .expect(200);
    expect(all.headers['content-range']).toBe('meetings 0-24/3002');
    expect(all.headers['x-total-estimated']).toBeUndefined();
    const none = await api.http
      .get(list('meetings', { filter: { q: 'nowhere-to-be-found' } }))
      .set(as.manager)
      .expect(200);
    expect(none.headers['content-range']).toBe('meetings */0');
  });

  it("an advisor's own meetings (not searched): counted up to 1,000, estimated above, exact for a colleague with few", async () => {
    // The advisor wrote the 3,002 meetings: their list is limited to their own records by the read policy.
    const mine = await api.http
      .get(list('meetings', { sort: ['occurredAt', 'DESC'], range: [0, 24] }))
      .set(as.advisor)
      .expect(200);
    expect(mine.headers['x-total-estimated']).toBe('true');
    const total = totalOf(mine.headers['content-range']);
    expect(total).toBeGreaterThanOrEqual(1500);
    expect(total).toBeLessThanOrEqual(6000);
    expect(mine.body).toHaveLength(25);
    expect(mine.body[0]).toMatchObject({ subject: 'Suivi', occurredAt: '2026-10-02T10:00:00.000Z' });
    const next = await api.http
      .get(list('meetings', { sort: ['occurredAt', 'DESC'], range: [25, 49] }))
      .set(as.advisor)
      .expect(200);
    expect(new Date(next.body[0].occurredAt).getTime()).toBeLessThan(new Date(mine.body[24].occurredAt).getTime());

    // A colleague with none of them reads an exact, empty list, and once they have one, exactly that one.
    const none = await api.http
      .get(list('meetings', { range: [0, 24] }))
      .set(as.advisor2)
      .expect(200);
    expect(none.headers['content-range']).toBe('meetings */0');
    expect(none.headers['x-total-estimated']).toBeUndefined();
    await api.sql(`UPDATE meetings SET staff_ids = array_append(staff_ids, u.id) FROM users u
                    WHERE u.email = 'advisor2@demo.traject.brussels' AND meetings.notes LIKE '%zanzibar%'`);
    const one = await api.http
      .get(list('meetings', { range: [0, 24] }))
      .set(as.advisor2)
      .expect(200);
    expect(one.headers['content-range']).toBe('meetings 0-0/1');
    expect(one.headers['x-total-estimated']).toBeUndefined();
    expect(one.body[0]).toMatchObject({ subject: 'Suivi' });
  });

  it('exactly at the threshold the count is still exact', async () => {
    // The first 1,000 copies are renamed; "mille" now matches 1,000 notes.
    await api.sql(
      `UPDATE meetings SET notes = notes || ' mille' WHERE id IN (SELECT id FROM meetings WHERE subject = 'Diagnostic' ORDER BY occurred_at LIMIT 1000)`,
    );
    const page = await api.http
      .get(list('meetings', { filter: { q: 'mille' }, range: [975, 999] }))
      .set(as.manager)
      .expect(200);
    expect(page.headers['content-range']).toBe('meetings 975-999/1000');
    expect(page.headers['x-total-estimated']).toBeUndefined();
    expect(page.body).toHaveLength(25);
  });
  it("a word common in the table counts exactly among a colleague's few meetings, and is estimated above 1,000 of them", async () => {
    const staffOn = (which: string) =>
      api.sql(`UPDATE meetings SET staff_ids = array_append(staff_ids, u.id) FROM users u
                WHERE u.email = 'advisor2@demo.traject.brussels' AND meetings.id IN (${which})`);
    const search = (q: string) =>
      api.http.get(list('meetings', { filter: { q }, sort: ['occurredAt', 'DESC'], range: [0, 24] })).set(as.advisor2);
    // The 900 latest of the 3,001 notes about the cooperative (none of them says "mille").
    await staffOn(`SELECT id FROM meetings WHERE subject = 'Diagnostic' ORDER BY occurred_at DESC LIMIT 900`);
    const few = await search('cooperative').expect(200);
    expect(few.headers['content-range']).toBe('meetings 0-24/900');
    expect(few.headers['x-total-estimated']).toBeUndefined();
    expect(few.body[0]).toMatchObject({ subject: 'Diagnostic', occurredAt: '2026-10-01T10:00:00.000Z' });
    // A rare word is counted through the search index, the colleague's own meetings checked on its rows.
    const rare = await search('zanzibar').expect(200);
    expect(rare.headers['content-range']).toBe('meetings 0-0/1');
    expect(rare.body[0]).toMatchObject({ subject: 'Suivi' });
    const none = await search('mille').expect(200);
    expect(none.headers['content-range']).toBe('meetings */0');
    expect(none.headers['x-total-estimated']).toBeUndefined();

    // And the 600 earliest: 1,500 of them about the cooperative, 600 saying "mille".
    await staffOn(`SELECT id FROM meetings WHERE subject = 'Diagnostic' ORDER BY occurred_at LIMIT 600`);
    const many = await search('cooperative').expect(200);
    expect(many.headers['x-total-estimated']).toBe('true');
    expect(totalOf(many.headers['content-range'])).toBeGreaterThanOrEqual(1001);
    expect(totalOf(many.headers['content-range'])).toBeLessThanOrEqual(3000);
    expect(many.body).toHaveLength(25);
    expect(many.body[0]).toMatchObject({ occurredAt: '2026-10-01T10:00:00.000Z' });
    const some = await search('mille').expect(200);
    expect(some.headers['content-range']).toBe('meetings 0-24/600');
    expect(some.headers['x-total-estimated']).toBeUndefined();
  });
});
