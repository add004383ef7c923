import ICAL from 'ical.js';
import { demoColleagues, DemoRole, startApi, TestApi } from '../support/api';

describe('the private calendar feed (ICS)', () => {
  let api: TestApi;
  let as: Record<DemoRole, { Authorization: string }>;
  let ids: Record<string, string>;
  const feedPath = (url: string) => new URL(url).pathname;

  beforeAll(async () => {
    api = await startApi({ TRAJECT_PUBLIC_URL: 'https://traject.example' });
    ({ as, ids } = await demoColleagues(api));
  });
  afterAll(() => api?.close());

  it("holds my tasks (all-day), my meetings (Brussels time) and my organisations' deadlines, in my language, no notes", async () => {
    expect((await api.http.get('/api/calendar/feed').set(as.advisor).expect(200)).body).toEqual({
      active: false,
      createdAt: null,
      lastReadAt: null,
    });
    const organisationId = (
      await api.http.post('/api/organisations').set(as.advisor).send({ name: 'Coopérative Bruxelloise' }).expect(201)
    ).body.id;
    await api.http
      .post('/api/cases')
      .set(as.coordinator)
      .send({ organisationId, title: 'Suivi', advisorId: ids.advisor })
      .expect(201);
    const task = (
      await api.http
        .post('/api/tasks')
        .set(as.advisor)
        .send({ title: 'Déposer le rapport', dueOn: '2027-03-15', organisationId })
        .expect(201)
    ).body;
    await api.http.post('/api/tasks').set(as.advisor2).send({ title: 'Not mine', dueOn: '2027-03-16' }).expect(201);
    const meeting = (
      await api.http
        .post('/api/meetings')
        .set(as.advisor2)
        .send({
          organisationId,
          subject: 'Plan financier',
          occurredAt: '2027-01-12T09:30:00.000Z',
          durationMinutes: 90,
          notes: 'SECRET NOTES',
          staffIds: [ids.advisor],
        })
        .expect(201)
    ).body;
    await api.sql(
      `INSERT INTO recognitions (organisation_id, kind, status, valid_from, valid_until, renewal_opens_on) VALUES ($1, 'brussels_esd', 'approved', '2025-07-01', '2027-06-30', '2026-12-30')`,
      [organisationId],
    );

    const created = await api.http.post('/api/calendar/feed').set(as.advisor).expect(201);
    expect(created.body.url).toMatch(/^https:\/\/traject\.example\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const ics = await api.http.get(feedPath(created.body.url)).expect(200);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    expect(ics.text).not.toContain('SECRET NOTES');

    const calendar = new ICAL.Component(ICAL.parse(ics.text));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Traject – mon agenda');
    const zone = calendar.getFirstSubcomponent('vtimezone')!;
    expect(zone.getFirstPropertyValue('tzid')).toBe('Europe/Brussels');
    ICAL.TimezoneService.register(zone);
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const summaries = events.map((e) => e.summary).sort();
    expect(summaries).toEqual([
      "Fin de l'agrément : Coopérative Bruxelloise – Agrément bruxellois – entreprise sociale et démocratique",
      'Ouverture du renouvellement : Coopérative Bruxelloise – Agrément bruxellois – entreprise sociale et démocratique',
      'Rencontre : Plan financier – Coopérative Bruxelloise',
      'Tâche : Déposer le rapport – Coopérative Bruxelloise',
    ]);
    const taskEvent = events.find((e) => e.summary.startsWith('Tâche'))!;
    expect(taskEvent.startDate.isDate).toBe(true);
    expect(taskEvent.startDate.toString()).toBe('2027-03-15');
    expect(taskEvent.component.getFirstPropertyValue('url')).toBe(`https://traject.example/#/tasks/${task.id}/show`);
    const meetingEvent = events.find((e) => e.summary.startsWith('Rencontre'))!;
    expect(meetingEvent.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Brussels');
    expect(meetingEvent.startDate.toString()).toBe('2027-01-12T10:30:00');
    expect(meetingEvent.endDate.toString()).toBe('2027-01-12T12:00:00');
    expect(meetingEvent.startDate.toJSDate().toISOString()).toBe('2027-01-12T09:30:00.000Z');
    expect(meetingEvent.component.getFirstPropertyValue('url')).toBe(
      `https://traject.example/#/meetings/${meeting.id}/show`,
    );
    expect(events.find((e) => e.summary.startsWith('Ouverture'))!.startDate.toString()).toBe('2026-12-30');
    expect((await api.http.get('/api/calendar/feed').set(as.advisor).expect(200)).body).toMatchObject({
      active: true,
      lastReadAt: expect.any(String),
    });
  });

  it('renewing gives a new address and kills the old one; revoking gives 404; a guessed token gives 404', async () => {
    const first = (await api.http.post('/api/calendar/feed').set(as.advisor2).expect(201)).body.url;
    await api.http.get(feedPath(first)).expect(200);
    const second = (await api.http.post('/api/calendar/feed').set(as.advisor2).expect(201)).body.url;
    expect(second).not.toBe(first);
    await api.http.get(feedPath(first)).expect(404);
    const dutch = await api.http.get(feedPath(second)).expect(200);
    expect(dutch.text).toContain('X-WR-CALNAME:Traject – mijn agenda');
    await api.http
      .delete('/api/calendar/feed')
      .set(as.advisor2)
      .expect(200, { active: false, createdAt: null, lastReadAt: null });
    const gone = await api.http.get(feedPath(second)).expect(404);
    expect(gone.body.code).toBe('calendar.unknown_feed');
    await api.http.get(`/api/calendar/${'A'.repeat(43)}.ics`).expect(404);
    await api.http.get('/api/calendar/feed').expect(401);
    expect(
      await api.sql(`SELECT action FROM audit_log WHERE user_id = $1 AND action LIKE 'calendar_feed_%' ORDER BY id`, [
        ids.advisor2,
      ]),
    ).toEqual([
      { action: 'calendar_feed_renewed' },
      { action: 'calendar_feed_renewed' },
      { action: 'calendar_feed_revoked' },
    ]);
  });
});
