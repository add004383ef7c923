import { DataSource } from 'typeorm';
import { Outbox } from '../../api/src/mail/outbox';
import { demoColleagues, DemoRole, startApi, TestApi } from '../support/api';
import { startSmtp, TestSmtp } from '../support/smtp';

describe('mails through the outbox and a real SMTP server', () => {
  let api: TestApi;
  let smtp: TestSmtp;
  let as: Record<DemoRole, { Authorization: string }>;
  let ids: Record<string, string>;
  const sendNow = async () => (await api.http.post('/api/jobs/mail-outbox/run').set(as.admin).expect(200)).body;
  const assign = async (assignee: string, title: string) =>
    (
      await api.http
        .post('/api/tasks')
        .set(as.coordinator)
        .send({ title, assigneeId: ids[assignee], dueOn: '2027-02-15' })
        .expect(201)
    ).body;
  const mailsTo = (email: string) => smtp.received.filter((m) => m.to.includes(email));

  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startApi({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Traject <traject@hub.brussels>',
      TRAJECT_PUBLIC_URL: 'https://traject.hub.brussels',
    });
    ({ as, ids } = await demoColleagues(api));
  });
  afterAll(async () => {
    await api?.close();
    await smtp?.close();
  });

  it("a task assigned by a coordinator: one mail in the assignee's language, with the task, the coordinator and a link", async () => {
    const french = await assign('advisor', 'Relancer <b>la</b> coopérative');
    const dutch = await assign('advisor2', 'Bel de vzw');
    await api.http.post('/api/tasks').set(as.advisor).send({ title: 'Mine', dueOn: '2027-02-15' }).expect(201);
    expect((await sendNow()).output).toEqual({ sent: 2, failed: 0, smtp: true });

    const [fr] = mailsTo('advisor@demo.traject.brussels');
    expect(mailsTo('advisor@demo.traject.brussels')).toHaveLength(1);
    expect(fr.parsed.from?.text).toBe('"Traject" <traject@hub.brussels>');
    expect(fr.parsed.subject).toBe('Nouvelle tâche : Relancer <b>la</b> coopérative');
    expect(fr.parsed.text).toMatch(/^Bonjour /);
    expect(fr.parsed.text).toContain(
      'vous a confié une tâche : « Relancer <b>la</b> coopérative », à faire pour le 15 février 2027.',
    );
    expect(fr.parsed.text).toContain(`Ouvrir la tâche: https://traject.hub.brussels/#/tasks/${french.id}/show`);
    expect(fr.parsed.html).toContain('Relancer &lt;b&gt;la&lt;/b&gt; coopérative');
    expect(fr.parsed.html).not.toContain('<b>la</b>');
    expect(fr.parsed.html).toContain(`href="https://traject.hub.brussels/#/tasks/${french.id}/show"`);
    expect(fr.parsed.html).not.toMatch(/<img/);

    const [nl] = mailsTo('advisor2@demo.traject.brussels');
    expect(nl.parsed.subject).toBe('Nieuwe taak: Bel de vzw');
    expect(nl.parsed.text).toMatch(/^Dag /);
    expect(nl.parsed.text).toContain(`heeft u een taak toegewezen: ‘Bel de vzw’, te doen tegen 15 februari 2027.`);
    expect(nl.parsed.text).toContain(`/#/tasks/${dutch.id}/show`);

    const outbox = await api.sql(
      `SELECT state, message_id, smtp_response FROM outbox WHERE recipient = 'advisor@demo.traject.brussels'`,
    );
    expect(outbox).toEqual([
      { state: 'sent', message_id: fr.parsed.messageId, smtp_response: expect.stringMatching(/^250/) },
    ]);
    expect((await sendNow()).output).toEqual({ sent: 0, failed: 0, smtp: true });
    expect(smtp.received).toHaveLength(2);
  });

  it('while SMTP is down the mail waits in the outbox and is retried; sent once the relay is back', async () => {
    await smtp.down();
    const before = smtp.received.length;
    await assign('advisor', 'Préparer le dossier');
    expect((await sendNow()).output).toEqual({ sent: 0, failed: 1, smtp: true });
    const [waiting] = await api.sql(
      `SELECT state, attempts, last_error, next_attempt_at > now() AS later FROM outbox WHERE subject LIKE '%Préparer le dossier'`,
    );
    expect(waiting).toMatchObject({
      state: 'pending',
      attempts: 1,
      later: true,
      last_error: expect.stringMatching(/ECONNREFUSED|connect/i),
    });
    await smtp.up();
    await api.sql(`UPDATE outbox SET next_attempt_at = now() WHERE state = 'pending'`);
    expect((await sendNow()).output).toEqual({ sent: 1, failed: 0, smtp: true });
    expect((await sendNow()).output).toEqual({ sent: 0, failed: 0, smtp: true });
    expect(smtp.received.slice(before).map((m) => m.parsed.subject)).toEqual(['Nouvelle tâche : Préparer le dossier']);
    expect(await api.sql(`SELECT state, attempts FROM outbox WHERE subject LIKE '%Préparer le dossier'`)).toEqual([
      { state: 'sent', attempts: 2 },
    ]);
  });

  it('no mail from a transaction that rolled back, nor to an inactive colleague', async () => {
    const outbox = api.app.get(Outbox);
    const db = api.app.get(DataSource);
    await expect(
      db.transaction(async (manager) => {
        expect(
          await outbox.enqueue(manager, {
            to: { userId: ids.advisor },
            template: 'task-assigned',
            params: { taskId: ids.advisor, taskTitle: 'Rolled back', assignerName: 'X' },
          }),
        ).toEqual(expect.any(String));
        throw new Error('the change failed after its mail was written');
      }),
    ).rejects.toThrow('the change failed');
    await api.sql(`UPDATE users SET active = false WHERE id = $1`, [ids.manager]);
    await db.transaction(async (manager) => {
      expect(
        await outbox.enqueue(manager, {
          to: { userId: ids.manager },
          template: 'task-assigned',
          params: { taskId: ids.manager, taskTitle: 'Gone', assignerName: 'X' },
        }),
      ).toBeNull();
    });
    await api.sql(`UPDATE users SET active = true WHERE id = $1`, [ids.manager]);
    expect(
      await api.sql(`SELECT count(*)::int AS n FROM outbox WHERE subject LIKE '%Rolled back' OR subject LIKE '%Gone'`),
    ).toEqual([{ n: 0 }]);
  });

  it('admins read the outbox: recipient, subject, rendered body, state', async () => {
    await api.http.get('/api/outbox').set(as.coordinator).expect(403);
    const list = await api.http
      .get(`/api/outbox?filter=${encodeURIComponent(JSON.stringify({ recipient: 'advisor2@demo.traject.brussels' }))}`)
      .set(as.admin)
      .expect(200);
    expect(list.headers['content-range']).toBe('outbox 0-0/1');
    expect(list.body[0]).toMatchObject({
      recipient: 'advisor2@demo.traject.brussels',
      language: 'nl',
      subject: 'Nieuwe taak: Bel de vzw',
      state: 'sent',
    });
    const one = await api.http.get(`/api/outbox/${list.body[0].id}`).set(as.admin).expect(200);
    expect(one.body.bodyText).toContain('Bel de vzw');
    expect(one.body.bodyHtml).toContain('<html lang="nl">');
  });
  it('a mail written before its recipient switched it off does not leave', async () => {
    const before = smtp.received.length;
    await assign('advisor2', 'Switched off meanwhile');
    const auth = as.advisor2;
    const preferences = (await api.http.get('/api/notifications/preferences').set(auth).expect(200)).body;
    await api.http
      .put('/api/notifications/preferences')
      .set(auth)
      .send({ taskAssigned: false, version: preferences.version })
      .expect(200);
    expect((await sendNow()).output).toEqual({ sent: 0, failed: 0, smtp: true });
    expect(smtp.received.length).toBe(before);
    expect(await api.sql(`SELECT state, last_error FROM outbox WHERE subject LIKE '%Switched off meanwhile'`)).toEqual([
      { state: 'failed', last_error: 'The recipient switched this mail off' },
    ]);
    await api.http
      .put('/api/notifications/preferences')
      .set(auth)
      .send({ taskAssigned: false, version: 'x' })
      .set('Accept-Language', 'fr')
      .expect(400)
      .expect(({ body }) => expect(body.errorCodes.version.code).toBe('validation.version'));
    await api.http
      .put('/api/notifications/preferences')
      .set(auth)
      .send({ taskAssigned: true, version: preferences.version + 1 })
      .expect(200);
  });
});
