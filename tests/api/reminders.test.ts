import { demoColleagues, DemoRole, startApi, TestApi } from '../support/api';
import { startSmtp, TestSmtp } from '../support/smtp';
import { renewalWindowDates } from '../../api/src/domain/recognition-rules';

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/Brussels' });

describe("reminders and digests, in each person's language and as they chose", () => {
  let api: TestApi;
  let smtp: TestSmtp;
  let as: Record<DemoRole, { Authorization: string }>;
  let ids: Record<string, string>;
  const run = async (job: string) =>
    (await api.http.post(`/api/jobs/${job}/run`).set(as.admin).expect(200)).body.output;
  const mailsTo = (who: string) => smtp.received.filter((m) => m.to.includes(`${who}@demo.traject.brussels`));
  const task = (who: DemoRole, title: string, dueOn: string, organisationId?: string) =>
    api.http.post('/api/tasks').set(as[who]).send({ title, dueOn, organisationId }).expect(201);

  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startApi({ SMTP_URL: smtp.url, TRAJECT_PUBLIC_URL: 'https://traject.example' });
    ({ as, ids } = await demoColleagues(api));
  });
  afterAll(async () => {
    await api?.close();
    await smtp?.close();
  });

  it('mail preferences: defaults, changed with the version read, bad input named', async () => {
    const mine = await api.http.get('/api/notifications/preferences').set(as.advisor2).expect(200);
    expect(mine.body).toEqual({
      taskAssigned: true,
      tasksDue: true,
      organisationDeadlines: true,
      coordinatorDigest: true,
      weeklyDigest: false,
      version: 0,
    });
    const bad = await api.http
      .put('/api/notifications/preferences')
      .set(as.advisor2)
      .send({ tasksDue: 'no', colour: true, version: 0 })
      .expect(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['colour', 'tasksDue']);
    const off = await api.http
      .put('/api/notifications/preferences')
      .set(as.advisor2)
      .send({ tasksDue: false, version: 0 })
      .expect(200);
    expect(off.body).toMatchObject({ tasksDue: false, taskAssigned: true, version: 1 });
    await api.http
      .put('/api/notifications/preferences')
      .set(as.advisor2)
      .send({ tasksDue: true, version: 0 })
      .expect(409);
    expect((await api.http.get('/api/notifications/preferences').set(as.advisor2).expect(200)).body.tasksDue).toBe(
      false,
    );
  });

  it('the morning reminder: tasks due tomorrow and overdue, once; none to whom turned it off or is inactive', async () => {
    const organisationId = (
      await api.http.post('/api/organisations').set(as.advisor).send({ name: 'Épicerie « Le Panier »' }).expect(201)
    ).body.id;
    await task('advisor', 'Envoyer le devis', day(1), organisationId);
    await task('advisor', 'Rappeler la trésorière', day(-3));
    await task('advisor', 'Plus tard', day(10));
    await task('advisor2', 'Offerte nakijken', day(1));
    await api.http
      .post('/api/tasks')
      .set(as.admin)
      .send({ title: 'Rapport trimestriel', dueOn: day(1), assigneeId: ids.manager })
      .expect(201);
    await api.http.delete(`/api/users/${ids.manager}`).set(as.admin).expect(200);

    expect(await run('reminders-morning')).toMatchObject({ tasksDue: 2 });
    await run('mail-outbox');
    const [fr] = mailsTo('advisor');
    expect(mailsTo('advisor')).toHaveLength(1);
    expect(fr.parsed.subject).toBe('Vos tâches : 1 pour demain, 1 en retard');
    expect(fr.parsed.text).toContain('Pour demain\n- Envoyer le devis – Épicerie « Le Panier » (pour le ');
    expect(fr.parsed.text).toContain('En retard\n- Rappeler la trésorière (pour le ');
    expect(fr.parsed.text).not.toContain('Plus tard');
    expect(fr.parsed.text).toContain('Voir mes tâches: https://traject.example/#/tasks');
    expect(fr.parsed.html).toContain('Épicerie « Le Panier »');
    expect(mailsTo('advisor2')).toHaveLength(0);
    expect(mailsTo('manager')).toHaveLength(0);

    // advisor2 still sees it in the bell, in Dutch; the inactive manager gets no reminder at all (nor the mail of the task given while active).
    const bell = await api.http.get('/api/notifications').set(as.advisor2).expect(200);
    expect(bell.body.unread).toBe(1);
    expect(bell.body.items[0]).toMatchObject({
      kind: 'tasks-due',
      title: 'Uw taken: 1 voor morgen, 0 te laat',
      link: '/tasks',
      readAt: null,
    });
    expect(
      await api.sql(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND kind = 'tasks-due'`, [
        ids.manager,
      ]),
    ).toEqual([{ n: 0 }]);
    await api.http.post('/api/notifications/read-all').set(as.advisor2).expect(200, { read: 1 });
    expect((await api.http.get('/api/notifications').set(as.advisor2).expect(200)).body.unread).toBe(0);

    // Run again the same morning: nobody is told twice.
    await run('reminders-morning');
    await run('mail-outbox');
    expect(mailsTo('advisor')).toHaveLength(1);
    expect(await api.sql(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'tasks-due'`)).toEqual([{ n: 2 }]);
  });

  it('coordinators get unassigned cases; advisors the renewal windows of their organisations, announced once', async () => {
    const lonely = (
      await api.http.post('/api/organisations').set(as.advisor).send({ name: 'Coop Zonder Adviseur' }).expect(201)
    ).body.id;
    await api.http
      .post('/api/cases')
      .set(as.coordinator)
      .send({ organisationId: lonely, title: 'Eerste contact' })
      .expect(201);
    const followed = (
      await api.http.post('/api/organisations').set(as.advisor).send({ name: 'ASBL Renouvelable' }).expect(201)
    ).body.id;
    await api.http
      .post('/api/cases')
      .set(as.coordinator)
      .send({ organisationId: followed, title: 'Suivi', advisorId: ids.advisor })
      .expect(201);
    const ends = new Date(Date.now() + 3 * 86_400_000);
    ends.setMonth(ends.getMonth() + 6);
    const until = ends.toISOString().slice(0, 10);
    await api.sql(
      `INSERT INTO recognitions (organisation_id, kind, status, valid_from, valid_until, renewal_opens_on) VALUES ($1, 'brussels_esd', 'approved', '2024-01-01', $2, $3)`,
      [followed, until, renewalWindowDates('brussels_esd', until)!.opensOn],
    );
    await api.sql(`DELETE FROM notifications WHERE kind <> 'tasks-due'`);

    expect(await run('reminders-morning')).toMatchObject({ deadlines: 1, coordinatorDigests: 1 });
    await run('mail-outbox');
    const digest = mailsTo('coordinator').at(-1)!;
    expect(digest.parsed.subject).toBe('Trajecten: 1 zonder adviseur, 0 stilgevallen');
    expect(digest.parsed.text).toContain('- Coop Zonder Adviseur – Eerste contact (geopend op ');
    expect(digest.parsed.text).toContain('https://traject.example/#/cases');
    const deadline = mailsTo('advisor').at(-1)!;
    expect(deadline.parsed.subject).toBe('Échéances de vos organisations (1)');
    expect(deadline.parsed.text).toContain(
      'ASBL Renouvelable : Ouverture de la fenêtre de renouvellement – Agrément bruxellois – entreprise sociale et démocratique, le ',
    );

    // The next morning's run announces the same window no more.
    await api.sql(`UPDATE notifications SET dedupe_key = dedupe_key || ':yesterday'`);
    expect(await run('reminders-morning')).toMatchObject({ deadlines: 0 });
  });

  it('the weekly digest goes only to those who asked for it', async () => {
    const before = smtp.received.length;
    expect(await run('reminders-weekly')).toEqual({ digests: 0 });
    const version = (await api.http.get('/api/notifications/preferences').set(as.advisor).expect(200)).body.version;
    await api.http
      .put('/api/notifications/preferences')
      .set(as.advisor)
      .send({ weeklyDigest: true, version })
      .expect(200);
    expect(await run('reminders-weekly')).toEqual({ digests: 1 });
    await run('mail-outbox');
    const mails = smtp.received.slice(before);
    expect(mails.map((m) => m.to[0])).toEqual(['advisor@demo.traject.brussels']);
    expect(mails[0].parsed.subject).toMatch(/^Votre semaine : \d+ tâches à faire$/);
    expect(mails[0].parsed.text).toContain('Envoyer le devis');
  });
});
