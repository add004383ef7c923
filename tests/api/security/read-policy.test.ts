/**
 * Issue 17, item 9: the export rules were bypassed by the lists. Reproductions on the demo register, then the
 * bulk-read audit. The full role × concept × way table is in authorization-matrix.test.ts ("read policy matrix").
 */
import { startApi, TestApi } from '../../support/api';
import { signedIn, Who } from './fixtures';

describe('the read policy', () => {
  let api: TestApi;
  let as: Record<Who, Record<string, string>>;
  let users: Record<Who, string>;
  beforeAll(async () => {
    api = await startApi({ BULK_READ_ROWS: '100' }, { demoRegister: true });
    ({ as, users } = await signedIn(api));
  });
  afterAll(() => api.close());

  const bulkReads = (userId: string, entity: string) =>
    api.sql(`SELECT changes FROM audit_log WHERE action = 'bulk_read' AND user_id = $1 AND entity = $2 ORDER BY id`, [
      userId,
      entity,
    ]);

  it('a manager listing every contact gets names, never e-mails or phones, and the read is audited', async () => {
    const [{ reachable }] = await api.sql(
      `SELECT count(*)::int AS reachable FROM contacts WHERE email IS NOT NULL OR phone IS NOT NULL`,
    );
    expect(reachable).toBeGreaterThan(100); // the demo register's 126 contacts with an e-mail or phone

    const res = await api.http.get('/api/contacts?range=[0,999]').set(as.manager).expect(200);
    expect(res.body.length).toBeGreaterThan(100);
    expect(
      res.body.filter((c: any) => c.email !== undefined || c.phone !== undefined || c.notes !== undefined),
    ).toEqual([]);
    expect(res.body.every((c: any) => typeof c.lastName === 'string' && c.lastName.length > 0)).toBe(true);
    expect(await bulkReads(users.manager, 'contacts')).toEqual([
      { changes: { rows: res.body.length, range: [0, 999], filter: null, personalFields: 'none' } },
    ]);

    // A coordinator reads them in full; that bulk read is audited too.
    const full = await api.http.get('/api/contacts?range=[0,999]').set(as.coordinator).expect(200);
    expect(full.body.filter((c: any) => c.email).length).toBeGreaterThan(100);
    expect(await bulkReads(users.coordinator, 'contacts')).toHaveLength(1);
  });

  it('a page under the threshold is not a bulk read', async () => {
    await api.http.get('/api/contacts?range=[0,24]').set(as.admin).expect(200);
    await api.http.get('/api/contacts?range=[0,99]').set(as.admin).expect(200);
    expect(await bulkReads(users.admin, 'contacts')).toEqual([]);
    await api.http.get('/api/contacts?range=[0,100]').set(as.admin).expect(200);
    expect(await bulkReads(users.admin, 'contacts')).toHaveLength(1);
  });

  it("an advisor does not read another advisor's meeting notes through the meetings list, a record or the search", async () => {
    // A meeting with notes on an organisation whose case is the second advisor's, written by them.
    const [theirs] = await api.sql(
      `SELECT m.id, m.notes FROM meetings m
        WHERE m.notes IS NOT NULL AND m.author_id = $1
          AND m.organisation_id NOT IN (SELECT organisation_id FROM cases WHERE advisor_id = $2)
          AND NOT ($2 = ANY(m.staff_ids))
        LIMIT 1`,
      [users.advisor2, users.advisor],
    );
    expect(theirs).toBeDefined();
    const listed = await api.http.get('/api/meetings?range=[0,999]').set(as.advisor).expect(200);
    expect(listed.body.map((m: any) => m.id)).not.toContain(theirs.id);
    expect(listed.body.length).toBeGreaterThan(0); // their own are there
    const one = await api.http.get(`/api/meetings/${theirs.id}`).set(as.advisor).expect(403);
    expect(one.body.code).toBe('read.not_yours');
    expect(JSON.stringify(one.body)).not.toContain(theirs.notes);
    const word = (theirs.notes as string).split(/[^\p{L}]+/u).find((w) => w.length >= 6)!;
    const searched = await api.http
      .get(`/api/search?q=${encodeURIComponent(word)}&limit=50`)
      .set(as.advisor)
      .expect(200);
    expect(searched.body.meetings.map((m: any) => m.id)).not.toContain(theirs.id);
    // The export agrees with the list (it did already: it gives the header only).
    const exported = await api.http.get('/api/reports/meetings.csv').set(as.advisor).buffer(true).expect(200);
    expect(exported.text).not.toContain(theirs.id);
    // Their author and a coordinator still read it.
    expect((await api.http.get(`/api/meetings/${theirs.id}`).set(as.advisor2).expect(200)).body.notes).toBe(
      theirs.notes,
    );
    expect((await api.http.get(`/api/meetings/${theirs.id}`).set(as.coordinator).expect(200)).body.notes).toBe(
      theirs.notes,
    );
  });

  /** A meeting of the second advisor's that the demo advisor may not read (on an organisation whose case is not theirs). */
  const notTheirs = `m.author_id = $1 AND m.organisation_id NOT IN (SELECT organisation_id FROM cases WHERE advisor_id = $2) AND NOT ($2 = ANY(m.staff_ids))`;

  it("another advisor's follow-up task reads as neutral words in the reader's language, never its meeting's subject, wherever tasks are read", async () => {
    const [task] = await api.sql(
      `SELECT t.id, t.title, t.organisation_id, t.version, m.subject FROM tasks t JOIN meetings m ON m.id = t.meeting_id
        WHERE ${notTheirs} AND t.assignee_id <> $2 ORDER BY t.id LIMIT 1`,
      [users.advisor2, users.advisor],
    );
    expect(task).toBeDefined();
    const subject = task.subject as string;
    expect(task.title).toContain(subject); // "Suivi : <subject>", as the demo data writes it
    const word = subject.split(/[^\p{L}]+/u).find((w) => w.length >= 5)!;

    const record = await api.http.get(`/api/tasks/${task.id}?lang=en`).set(as.advisor).expect(200);
    expect(record.body).toMatchObject({ id: task.id, title: 'Follow up on a meeting' });
    const dutch = await api.http.get(`/api/tasks/${task.id}?lang=nl`).set(as.advisor).expect(200);
    expect(dutch.body.title).toBe('Opvolging van een gesprek');
    const french = await api.http.get(`/api/tasks/${task.id}?lang=fr`).set(as.advisor).expect(200);
    expect(french.body.title).toBe('Suivi d’un entretien');

    const org = encodeURIComponent(JSON.stringify({ organisationId: task.organisation_id }));
    const listed = await api.http.get(`/api/tasks?filter=${org}&range=[0,999]`).set(as.advisor).expect(200);
    expect(listed.body.map((t: any) => t.id)).toContain(task.id);
    expect(JSON.stringify(listed.body)).not.toContain(subject);
    // A search, a filter or a sort on the title tells nothing of it.
    const byWord = encodeURIComponent(JSON.stringify({ organisationId: task.organisation_id, q: word }));
    expect(
      (await api.http.get(`/api/tasks?filter=${byWord}`).set(as.advisor).expect(200)).body.map((t: any) => t.id),
    ).not.toContain(task.id);
    expect(
      (await api.http.get(`/api/tasks?filter=${byWord}`).set(as.advisor2).expect(200)).body.map((t: any) => t.id),
    ).toContain(task.id);
    const byTitle = encodeURIComponent(JSON.stringify({ id: task.id, title: word }));
    expect((await api.http.get(`/api/tasks?filter=${byTitle}`).set(as.advisor).expect(200)).body).toEqual([]);
    const sorted = await api.http
      .get(`/api/tasks?filter=${org}&sort=["title","ASC"]&range=[0,999]`)
      .set(as.advisor)
      .expect(200);
    expect(JSON.stringify(sorted.body)).not.toContain(subject);
    const timeline = await api.http
      .get(`/api/organisations/${task.organisation_id}/timeline?range=[0,999]`)
      .set(as.advisor)
      .expect(200);
    expect(JSON.stringify(timeline.body)).not.toContain(subject);
    expect(timeline.body.some((e: any) => e.refId === task.id)).toBe(true);

    // The meeting's author, a manager and a coordinator read it as written.
    for (const who of ['advisor2', 'manager', 'coordinator'] as const) {
      expect({ who, title: (await api.http.get(`/api/tasks/${task.id}`).set(as[who]).expect(200)).body.title }).toEqual(
        { who, title: task.title },
      );
    }
    // Handed to the advisor by a coordinator, the follow-up is theirs to do: they read its title.
    await api.http
      .put(`/api/tasks/${task.id}`)
      .set(as.coordinator)
      .send({ assigneeId: users.advisor, version: task.version })
      .expect(200);
    expect((await api.http.get(`/api/tasks/${task.id}`).set(as.advisor).expect(200)).body.title).toBe(task.title);
  });

  it("a document kept with another advisor's meeting is not listed, read, downloaded, searched or put in a dossier for the advisor", async () => {
    const [meeting] = await api.sql(
      `SELECT m.id, m.organisation_id, (SELECT r.id FROM recognitions r WHERE r.organisation_id = m.organisation_id ORDER BY r.id LIMIT 1) AS recognition_id
         FROM meetings m WHERE ${notTheirs}
        ORDER BY (SELECT count(*) FROM recognitions r WHERE r.organisation_id = m.organisation_id) DESC, m.id LIMIT 1`,
      [users.advisor2, users.advisor],
    );
    expect(meeting.recognition_id).not.toBeNull();
    const uploaded = await api.http
      .post('/api/documents')
      .set(as.coordinator)
      .field('organisationId', meeting.organisation_id)
      .field('kind', 'other')
      .field('title', 'Notes manuscrites')
      .field('meetingId', meeting.id)
      .field('recognitionId', meeting.recognition_id)
      .attach('file', Buffer.from('Situation personnelle zqdocword du gérant'), 'notes.txt')
      .expect(201);
    const id = uploaded.body.id;

    const byMeeting = encodeURIComponent(JSON.stringify({ meetingId: meeting.id }));
    expect((await api.http.get(`/api/documents?filter=${byMeeting}`).set(as.advisor).expect(200)).body).toEqual([]);
    expect((await api.http.get(`/api/documents/${id}`).set(as.advisor).expect(403)).body.code).toBe('read.not_yours');
    const download = await api.http.get(`/api/documents/${id}/content`).set(as.advisor).buffer(true).expect(403);
    expect(download.text).not.toContain('zqdocword');
    expect((await api.http.get('/api/search?q=zqdocword').set(as.advisor).expect(200)).body.documents).toEqual([]);
    const dossierCount = async (who: Who) => {
      await api.http.get(`/api/recognitions/${meeting.recognition_id}/dossier`).set(as[who]).buffer(true).expect(200);
      const [line] = await api.sql(
        `SELECT changes->>'documents' AS documents FROM audit_log WHERE action = 'dossier_download' AND user_id = $1 ORDER BY id DESC LIMIT 1`,
        [users[who]],
      );
      return Number(line.documents);
    };
    const forCoordinator = await dossierCount('coordinator');
    expect(await dossierCount('advisor')).toBe(forCoordinator - 1);

    // The meeting's author and a manager read it everywhere.
    for (const who of ['advisor2', 'manager'] as const) {
      expect(
        (await api.http.get(`/api/documents?filter=${byMeeting}`).set(as[who]).expect(200)).body.map((d: any) => d.id),
      ).toEqual([id]);
      expect((await api.http.get(`/api/documents/${id}/content`).set(as[who]).buffer(true).expect(200)).text).toContain(
        'zqdocword',
      );
      expect(
        (await api.http.get('/api/search?q=zqdocword').set(as[who]).expect(200)).body.documents.map((d: any) => d.id),
      ).toEqual([id]);
    }
  });

  it('a deleted meeting leaves nothing of its words for everyone to read: its documents first, its follow-up tasks with it', async () => {
    const organisation = (
      await api.http.post('/api/organisations').set(as.coordinator).send({ name: 'Atelier zqdelete' }).expect(201)
    ).body;
    const meeting = (
      await api.http
        .post('/api/meetings')
        .set(as.coordinator)
        .send({
          organisationId: organisation.id,
          subject: 'Dettes zqsubject du gérant',
          occurredAt: '2030-03-01T10:00:00Z',
          followUpOn: '2030-03-08',
        })
        .expect(201)
    ).body;
    const [task] = await api.sql(`SELECT id FROM tasks WHERE meeting_id = $1`, [meeting.id]);
    expect((await api.http.get(`/api/tasks/${task.id}`).set(as.advisor).expect(200)).body.title).not.toContain(
      'zqsubject',
    );
    const document = (
      await api.http
        .post('/api/documents')
        .set(as.coordinator)
        .field('organisationId', organisation.id)
        .field('kind', 'other')
        .field('meetingId', meeting.id)
        .attach('file', Buffer.from('Relevé zqdeleted'), 'releve.txt')
        .expect(201)
    ).body;

    const refused = await api.http.delete(`/api/meetings/${meeting.id}?lang=fr`).set(as.coordinator).expect(409);
    expect(refused.body).toMatchObject({
      code: 'meeting.has_documents',
      params: { documents: 1 },
      message: expect.stringMatching(/documents \(1\)/),
    });
    await api.http.delete(`/api/documents/${document.id}`).set(as.coordinator).expect(200);
    await api.http.delete(`/api/meetings/${meeting.id}`).set(as.coordinator).expect(200);
    // The deleted document went for good with the meeting: unlinked, an admin's restore would have shown it to all.
    expect(await api.sql(`SELECT id FROM documents WHERE id = $1`, [document.id])).toEqual([]);
    await api.http.post(`/api/documents/${document.id}/restore`).set(as.admin).expect(404);
    expect(
      await api.sql(
        `SELECT action FROM audit_log WHERE entity = 'documents' AND entity_id = $1 AND action = 'document_purge'`,
        [document.id],
      ),
    ).toHaveLength(1);
    // Unlinked, the follow-up would have been read by all with the subject in its title: it went with its meeting.
    await api.http.get(`/api/tasks/${task.id}`).set(as.advisor).expect(404);
    expect(await api.sql(`SELECT id FROM tasks WHERE title LIKE '%zqsubject%'`)).toEqual([]);
  });

  it('a manager and an advisor still find a person by name, words in any order, without their e-mail', async () => {
    const [person] = await api.sql(
      `SELECT id, first_name, last_name, email FROM contacts WHERE email IS NOT NULL ORDER BY last_name LIMIT 1`,
    );
    for (const who of ['manager', 'advisor'] as const) {
      const found = await api.http
        .get(`/api/search?q=${encodeURIComponent(`${person.last_name} ${person.first_name}`)}&limit=50`)
        .set(as[who])
        .expect(200);
      expect({ who, found: found.body.contacts.map((c: any) => c.id) }).toEqual({
        who,
        found: expect.arrayContaining([person.id]),
      });
      if (who === 'manager') expect(JSON.stringify(found.body)).not.toContain(person.email);
    }
  });

  it("the audit trail and a contact's duplicates keep the fields the reader does not read", async () => {
    const [withEmail] = await api.sql(`SELECT id, email FROM contacts WHERE email IS NOT NULL ORDER BY id LIMIT 1`);
    const filter = encodeURIComponent(JSON.stringify({ entity: 'contacts', entityId: withEmail.id }));
    const trail = (who: Who) => api.http.get(`/api/audit-log?filter=${filter}`).set(as[who]).expect(200);
    const managerSees = (await trail('manager')).body;
    expect(managerSees.length).toBeGreaterThan(0);
    expect(JSON.stringify(managerSees)).not.toContain(withEmail.email);
    expect(JSON.stringify((await trail('admin')).body)).toContain(withEmail.email);

    // A contact with the same e-mail in another organisation: a likely duplicate, shown to a manager without it.
    const [other] = await api.sql(
      `SELECT id FROM organisations WHERE id <> (SELECT organisation_id FROM contacts WHERE id = $1) LIMIT 1`,
      [withEmail.id],
    );
    const twin = await api.http
      .post('/api/contacts')
      .set(as.coordinator)
      .send({ organisationId: other.id, firstName: 'Zed', lastName: 'Twin', email: withEmail.email })
      .expect(201);
    const forManager = await api.http.get(`/api/contacts/${twin.body.id}/duplicates`).set(as.manager).expect(200);
    expect(forManager.body.map((d: any) => d.record.id)).toContain(withEmail.id);
    expect(JSON.stringify(forManager.body)).not.toContain(withEmail.email);
    const forCoordinator = await api.http
      .get(`/api/contacts/${twin.body.id}/duplicates`)
      .set(as.coordinator)
      .expect(200);
    expect(JSON.stringify(forCoordinator.body)).toContain(withEmail.email);
  });
});
