import { demoColleagues, startApi, TestApi } from '../support/api';

const q = (params: Record<string, unknown>) =>
  new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, JSON.stringify(v)])).toString();

describe('cases: the support journey', () => {
  let api: TestApi;
  let as: Record<'advisor' | 'advisor2' | 'coordinator' | 'manager' | 'admin', { Authorization: string }>;
  let ids: Record<string, string>;
  beforeAll(async () => {
    api = await startApi();
    ({ as, ids } = await demoColleagues(api));
  });
  afterAll(() => api.close());

  const organisation = async (name: string) =>
    (await api.http.post('/api/organisations').set(as.advisor).send({ name }).expect(201)).body.id as string;
  const openCase = (organisationId: string, who = as.coordinator, body: object = {}) =>
    api.http
      .post('/api/cases')
      .set(who)
      .send({ organisationId, title: 'Accompagnement', advisorId: ids.advisor, ...body });

  it('only a coordinator (or admin) opens a case', async () => {
    const organisationId = await organisation('Opened by whom');
    await openCase(organisationId, as.advisor).expect(403);
    await openCase(organisationId, as.manager).expect(403);
    const res = await openCase(organisationId).expect(201);
    expect(res.body).toMatchObject({
      organisationId,
      stage: 'intake',
      status: 'open',
      advisorId: ids.advisor,
      coordinatorId: ids.coordinator,
      priority: 'normal',
      closedOn: null,
      version: 1,
    });
    const events = await api.sql(`SELECT kind, to_value, user_id FROM case_events WHERE case_id = $1 ORDER BY id`, [
      res.body.id,
    ]);
    expect(events).toEqual([
      { kind: 'opened', to_value: 'intake', user_id: ids.coordinator },
      { kind: 'assigned', to_value: ids.advisor, user_id: ids.coordinator },
    ]);
    const org = await api.http.get(`/api/organisations/${organisationId}`).set(as.manager).expect(200);
    expect(org.body).toMatchObject({ stage: 'intake', advisorId: ids.advisor, version: 1 });
  });

  it('an organisation has at most one open case, even under two requests at once', async () => {
    const organisationId = await organisation('Twice opened');
    const answers = await Promise.all([
      openCase(organisationId),
      openCase(organisationId),
      openCase(organisationId, as.admin),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
    expect(answers.find((a) => a.status === 409)!.body.errorCodes).toEqual({
      organisationId: { code: 'case.already_open', params: {} },
    });
    expect(await api.sql(`SELECT count(*)::int AS n FROM cases WHERE organisation_id = $1`, [organisationId])).toEqual([
      { n: 1 },
    ]);
  });

  it('the assigned advisor moves the stage; each move is kept as an event; the organisation follows', async () => {
    const organisationId = await organisation('Moving on');
    const opened = (await openCase(organisationId).expect(201)).body;
    const moved = await api.http
      .put(`/api/cases/${opened.id}`)
      .set(as.advisor)
      .send({ ...opened, stage: 'diagnosis', summary: 'Modèle économique à revoir', nextActionOn: '2026-12-15' })
      .expect(200);
    expect(moved.body).toMatchObject({
      stage: 'diagnosis',
      summary: 'Modèle économique à revoir',
      nextActionOn: '2026-12-15',
      version: 2,
    });
    const back = await api.http
      .put(`/api/cases/${opened.id}`)
      .set(as.advisor)
      .send({ ...moved.body, stage: 'intake' })
      .expect(200);
    expect(back.body.stage).toBe('intake');
    const events = await api.sql(
      `SELECT kind, from_value, to_value, user_id FROM case_events WHERE case_id = $1 AND kind = 'stage_changed' ORDER BY id`,
      [opened.id],
    );
    expect(events).toEqual([
      { kind: 'stage_changed', from_value: 'intake', to_value: 'diagnosis', user_id: ids.advisor },
      { kind: 'stage_changed', from_value: 'diagnosis', to_value: 'intake', user_id: ids.advisor },
    ]);
    expect((await api.http.get(`/api/organisations/${organisationId}`).set(as.advisor).expect(200)).body.stage).toBe(
      'intake',
    );
  });

  it('other advisors read a case but may not change it; the assigned advisor may not reassign or close it', async () => {
    const organisationId = await organisation('Not yours');
    const opened = (await openCase(organisationId).expect(201)).body;
    await api.http.get(`/api/cases/${opened.id}`).set(as.advisor2).expect(200);
    await api.http
      .put(`/api/cases/${opened.id}`)
      .set(as.advisor2)
      .send({ ...opened, stage: 'diagnosis' })
      .expect(403);
    await api.http
      .put(`/api/cases/${opened.id}`)
      .set(as.manager)
      .send({ ...opened, stage: 'diagnosis' })
      .expect(403);
    const reassign = await api.http
      .put(`/api/cases/${opened.id}`)
      .set(as.advisor)
      .send({ ...opened, advisorId: ids.advisor2 })
      .expect(403);
    expect(reassign.body).toMatchObject({ code: 'case.coordinator_fields', params: { fields: ['advisorId'] } });
    await api.http
      .put(`/api/cases/${opened.id}`)
      .set(as.advisor)
      .send({ ...opened, stage: 'closed', closeReason: 'done' })
      .expect(403);
    await api.http
      .put(`/api/cases/${opened.id}`)
      .set(as.advisor)
      .send({ ...opened, status: 'on_hold' })
      .expect(403);
    expect(await api.sql(`SELECT stage, status, advisor_id, version FROM cases WHERE id = $1`, [opened.id])).toEqual([
      { stage: 'intake', status: 'open', advisor_id: ids.advisor, version: 1 },
    ]);
  });

  it('a coordinator reassigns; the event names the new advisor and the organisation follows', async () => {
    const organisationId = await organisation('Reassigned');
    const opened = (await openCase(organisationId).expect(201)).body;
    await api.http
      .put(`/api/cases/${opened.id}`)
      .set(as.coordinator)
      .send({ ...opened, advisorId: ids.advisor2 })
      .expect(200);
    expect(
      await api.sql(
        `SELECT kind, from_value, to_value FROM case_events WHERE case_id = $1 AND kind = 'assigned' ORDER BY id DESC LIMIT 1`,
        [opened.id],
      ),
    ).toEqual([{ kind: 'assigned', from_value: ids.advisor, to_value: ids.advisor2 }]);
    expect(
      (await api.http.get(`/api/organisations/${organisationId}`).set(as.advisor).expect(200)).body.advisorId,
    ).toBe(ids.advisor2);
    const bad = await api.http
      .put(`/api/cases/${opened.id}`)
      .set(as.coordinator)
      .send({ ...opened, version: 2, advisorId: ids.manager })
      .expect(400);
    expect(bad.body.errors).toHaveProperty('advisorId');
  });

  it('closing needs a reason, sets closedOn, and a closed case stays closed', async () => {
    const organisationId = await organisation('Closed for good');
    const opened = (await openCase(organisationId).expect(201)).body;
    const noReason = await api.http
      .put(`/api/cases/${opened.id}`)
      .set(as.coordinator)
      .send({ ...opened, status: 'closed' })
      .expect(422);
    expect(noReason.body).toMatchObject({ code: 'case.close_needs_reason', message: 'Afsluiten vraagt een reden.' });
    const closed = await api.http
      .put(`/api/cases/${opened.id}`)
      .set(as.coordinator)
      .send({ ...opened, status: 'closed', closeReason: 'Orientée vers COOPCITY' })
      .expect(200);
    expect(closed.body).toMatchObject({
      status: 'closed',
      stage: 'closed',
      closedOn: new Date().toISOString().slice(0, 10),
      closeReason: 'Orientée vers COOPCITY',
    });
    expect(
      await api.sql(`SELECT kind, to_value FROM case_events WHERE case_id = $1 AND kind = 'closed'`, [opened.id]),
    ).toEqual([{ kind: 'closed', to_value: 'Orientée vers COOPCITY' }]);
    const reopened = await api.http
      .put(`/api/cases/${opened.id}`)
      .set(as.coordinator)
      .send({ ...closed.body, status: 'open', stage: 'follow_up' })
      .expect(422);
    expect(reopened.body.code).toBe('case.closed_stays_closed');
    expect((await api.http.get(`/api/organisations/${organisationId}`).set(as.advisor).expect(200)).body).toMatchObject(
      { stage: null, advisorId: null },
    );
    await openCase(organisationId, as.coordinator, { title: 'Suivi' }).expect(201);
  });

  it('lists cases by stage, advisor, status and unassigned', async () => {
    const organisationId = await organisation('Unassigned one');
    await openCase(organisationId, as.coordinator, { advisorId: null, priority: 'high' }).expect(201);
    const unassigned = await api.http
      .get(`/api/cases?${q({ filter: { advisorId: null, status: 'open' } })}`)
      .set(as.coordinator)
      .expect(200);
    expect(unassigned.body.map((c: { organisationId: string }) => c.organisationId)).toEqual([organisationId]);
    const mine = await api.http
      .get(`/api/cases?${q({ filter: { advisorId: ids.advisor, stage: ['intake', 'diagnosis'] } })}`)
      .set(as.advisor)
      .expect(200);
    expect(mine.body.length).toBeGreaterThan(0);
    expect(mine.body.every((c: { advisorId: string }) => c.advisorId === ids.advisor)).toBe(true);
    const stalled = await api.http
      .get(`/api/cases?${q({ filter: { stalled: true, priority: 'high' } })}`)
      .set(as.coordinator)
      .expect(200);
    expect(stalled.body).toHaveLength(1);
  });
});

describe('meetings, tasks, the timeline and search', () => {
  let api: TestApi;
  let as: Record<'advisor' | 'advisor2' | 'coordinator' | 'manager' | 'admin', { Authorization: string }>;
  let ids: Record<string, string>;
  let organisationId: string;
  let contactId: string;
  beforeAll(async () => {
    api = await startApi();
    ({ as, ids } = await demoColleagues(api));
    organisationId = (
      await api.http
        .post('/api/organisations')
        .set(as.advisor)
        .send({ name: 'Épicerie Sociale Anneessens', enterpriseNumber: '0440.966.354' })
        .expect(201)
    ).body.id;
    contactId = (
      await api.http
        .post('/api/contacts')
        .set(as.advisor)
        .send({ organisationId, firstName: 'Mehdi', lastName: 'Bouzid', email: 'mehdi@anneessens.example.be' })
        .expect(201)
    ).body.id;
  });
  afterAll(() => api.close());

  const logMeeting = (body: object, who = as.advisor) =>
    api.http
      .post('/api/meetings')
      .set(who)
      .send({ organisationId, subject: 'Premier rendez-vous', ...body });

  it('an advisor logs a meeting: the author is the signed-in user, the follow-up becomes their task, lastMeetingAt follows', async () => {
    const res = await logMeeting({
      authorId: ids.admin,
      occurredAt: '2026-11-20T10:00:00Z',
      channel: 'in_person',
      contactIds: [contactId],
      staffIds: [ids.advisor2],
      notes: 'Mehdi Bouzid présente le projet de coopérative alimentaire; besoin d’un business plan.',
      followUpOn: '2026-12-04',
    }).expect(201);
    expect(res.body).toMatchObject({ authorId: ids.advisor, contactIds: [contactId], followUpOn: '2026-12-04' });
    const tasks = await api.http
      .get(`/api/tasks?${q({ filter: { assigneeId: ids.advisor, status: 'todo', meetingId: res.body.id } })}`)
      .set(as.advisor)
      .expect(200);
    expect(tasks.body).toEqual([
      expect.objectContaining({
        title: 'Suivi : Premier rendez-vous',
        dueOn: '2026-12-04',
        organisationId,
        createdById: ids.advisor,
      }),
    ]);
    expect(
      (await api.http.get(`/api/organisations/${organisationId}`).set(as.advisor).expect(200)).body.lastMeetingAt,
    ).toBe('2026-11-20T10:00:00.000Z');
  });

  it('participants must belong: contacts of this organisation, users for staff', async () => {
    const other = (await api.http.post('/api/organisations').set(as.advisor).send({ name: 'Ailleurs' }).expect(201))
      .body.id;
    const stranger = (
      await api.http
        .post('/api/contacts')
        .set(as.advisor)
        .send({ organisationId: other, firstName: 'X', lastName: 'Y' })
        .expect(201)
    ).body.id;
    const res = await logMeeting({ contactIds: [stranger], staffIds: ['4b1e1d3c-7c44-4f1e-9a51-6f3f2b0d1e2a'] }).expect(
      400,
    );
    expect(Object.keys(res.body.errors).sort()).toEqual(['contactIds', 'staffIds']);
  });

  it('only the author, a coordinator or an admin change or delete a note; managers read', async () => {
    const meeting = (await logMeeting({ subject: 'Suivi', occurredAt: '2026-10-01T09:00:00Z' }).expect(201)).body;
    await logMeeting({}, as.manager).expect(403);
    await api.http.get(`/api/meetings/${meeting.id}`).set(as.manager).expect(200);
    await api.http
      .put(`/api/meetings/${meeting.id}`)
      .set(as.advisor2)
      .send({ ...meeting, notes: 'not mine' })
      .expect(403);
    await api.http.delete(`/api/meetings/${meeting.id}`).set(as.advisor2).expect(403);
    const edited = await api.http
      .put(`/api/meetings/${meeting.id}`)
      .set(as.coordinator)
      .send({ ...meeting, notes: 'Complété par la coordination' })
      .expect(200);
    expect(edited.body).toMatchObject({ notes: 'Complété par la coordination', authorId: ids.advisor, version: 2 });
    await api.http.delete(`/api/meetings/${meeting.id}`).set(as.advisor).expect(200);
    await api.http.get(`/api/meetings/${meeting.id}`).set(as.advisor).expect(404);
  });

  it('tasks: completion stamped by the server, rights by assignee and creator, "mine" and "overdue" one filter away', async () => {
    const task = (
      await api.http
        .post('/api/tasks')
        .set(as.advisor)
        .send({ title: 'Envoyer le modèle de statuts', organisationId, dueOn: '2020-01-01', completedAt: '1999-01-01' })
        .expect(201)
    ).body;
    expect(task).toMatchObject({
      assigneeId: ids.advisor,
      createdById: ids.advisor,
      status: 'todo',
      completedAt: null,
    });
    const overdue = await api.http
      .get(`/api/tasks?${q({ filter: { assigneeId: ids.advisor, overdue: true } })}`)
      .set(as.advisor)
      .expect(200);
    expect(overdue.body.map((t: { id: string }) => t.id)).toEqual([task.id]);
    await api.http
      .put(`/api/tasks/${task.id}`)
      .set(as.advisor2)
      .send({ ...task, status: 'done' })
      .expect(403);
    await api.http.post('/api/tasks').set(as.manager).send({ title: 'x' }).expect(403);
    const done = await api.http
      .put(`/api/tasks/${task.id}`)
      .set(as.advisor)
      .send({ ...task, status: 'done' })
      .expect(200);
    expect(done.body.completedAt).toEqual(expect.any(String));
    const reopened = await api.http
      .put(`/api/tasks/${task.id}`)
      .set(as.advisor)
      .send({ ...done.body, status: 'todo' })
      .expect(200);
    expect(reopened.body.completedAt).toBeNull();
    const assigned = (
      await api.http
        .post('/api/tasks')
        .set(as.coordinator)
        .send({ title: 'Pour Pieter', assigneeId: ids.advisor2 })
        .expect(201)
    ).body;
    await api.http
      .put(`/api/tasks/${assigned.id}`)
      .set(as.advisor2)
      .send({ ...assigned, status: 'done' })
      .expect(200);
  });

  it('the timeline tells the story newest first, with who did it, paged', async () => {
    const org = (await api.http.post('/api/organisations').set(as.advisor).send({ name: 'Story told' }).expect(201))
      .body.id;
    const opened = (
      await api.http
        .post('/api/cases')
        .set(as.coordinator)
        .send({ organisationId: org, title: 'Parcours', advisorId: ids.advisor })
        .expect(201)
    ).body;
    await api.http
      .post('/api/meetings')
      .set(as.advisor)
      .send({ organisationId: org, subject: 'Diagnostic', occurredAt: '2030-01-01T10:00:00Z' })
      .expect(201);
    await api.http
      .put(`/api/cases/${opened.id}`)
      .set(as.advisor)
      .send({ ...opened, stage: 'diagnosis' })
      .expect(200);
    await api.http.post('/api/tasks').set(as.advisor).send({ organisationId: org, title: 'Relancer' }).expect(201);
    const res = await api.http.get(`/api/organisations/${org}/timeline`).set(as.manager).expect(200);
    expect(res.body.map((e: { type: string }) => e.type)).toEqual([
      'meeting',
      'task_created',
      'case_stage_changed',
      'case_assigned',
      'case_opened',
    ]);
    expect(res.body[0]).toEqual({
      at: '2030-01-01T10:00:00.000Z',
      type: 'meeting',
      code: 'timeline.meeting',
      params: { subject: 'Diagnostic' },
      summary: 'Diagnostic',
      refId: expect.any(String),
      userId: ids.advisor,
    });
    // Summaries in the reader's language (the manager reads French), codes as words.
    expect(res.body[2]).toMatchObject({
      summary: 'Accueil → Diagnostic',
      params: { from: 'intake', to: 'diagnosis' },
      refId: opened.id,
      userId: ids.advisor,
    });
    expect(res.body[3]).toMatchObject({ summary: 'Attribué à Sarah El Amrani', userId: ids.coordinator });
    expect(res.headers['content-range']).toBe('timeline 0-4/5');
    const page = await api.http
      .get(`/api/organisations/${org}/timeline?range=${encodeURIComponent('[1,2]')}`)
      .set(as.advisor)
      .expect(200);
    expect(page.body.map((e: { type: string }) => e.type)).toEqual(['task_created', 'case_stage_changed']);
    expect(page.headers['content-range']).toBe('timeline 1-2/5');
    await api.http.get('/api/organisations/4b1e1d3c-7c44-4f1e-9a51-6f3f2b0d1e2a/timeline').set(as.advisor).expect(404);
  });

  it('search finds organisations, contacts and meeting notes without regard to accents, grouped, with a snippet', async () => {
    const res = await api.http.get('/api/search?q=cooperative%20alimentaire').set(as.manager).expect(200);
    expect(res.body.meetings).toEqual([
      expect.objectContaining({
        organisationId,
        organisationName: 'Épicerie Sociale Anneessens',
        snippet: expect.stringContaining('coopérative alimentaire'),
      }),
    ]);
    const byName = await api.http.get('/api/search?q=epicerie').set(as.advisor).expect(200);
    expect(byName.body.organisations).toEqual([
      expect.objectContaining({
        id: organisationId,
        name: 'Épicerie Sociale Anneessens',
        enterpriseNumber: '0440.966.354',
      }),
    ]);
    const byNumber = await api.http.get('/api/search?q=0440966354').set(as.advisor).expect(200);
    expect(byNumber.body.organisations[0]).toMatchObject({ id: organisationId, snippet: '0440.966.354' });
    const byDots = await api.http.get('/api/search?q=0440.966.354').set(as.advisor).expect(200);
    expect(byDots.body.organisations[0].id).toBe(organisationId);
    const person = await api.http.get('/api/search?q=BOUZID').set(as.advisor).expect(200);
    expect(person.body.contacts).toEqual([
      expect.objectContaining({ id: contactId, name: 'Mehdi Bouzid', organisationName: 'Épicerie Sociale Anneessens' }),
    ]);
    // Notes match by word beginnings, in any order; organisation names by any part.
    const words = await api.http
      .get(`/api/search?q=${encodeURIComponent('ALIMENT coop')}`)
      .set(as.advisor)
      .expect(200);
    expect(words.body.meetings).toEqual([
      expect.objectContaining({ organisationId, snippet: expect.stringContaining('alimentaire') }),
    ]);
    const inside = await api.http.get('/api/search?q=icerie').set(as.advisor).expect(200);
    expect(inside.body.organisations.map((o: { id: string }) => o.id)).toContain(organisationId);
    const notes = await api.http
      .get(`/api/meetings?filter=${encodeURIComponent(JSON.stringify({ q: 'business pla' }))}`)
      .set(as.advisor)
      .expect(200);
    expect(notes.body.map((m: { organisationId: string }) => m.organisationId)).toEqual([organisationId]);
    const none = await api.http
      .get(`/api/meetings?filter=${encodeURIComponent(JSON.stringify({ q: "business l'avenir" }))}`)
      .set(as.advisor)
      .expect(200);
    expect(none.headers['content-range']).toBe('meetings */0');
    await api.http.get('/api/search').set(as.advisor).expect(400);
    await api.http.get('/api/search?q=ab&limit=500').set(as.advisor).expect(400);
    await api.http.get('/api/search?q=ab').expect(401);
  });

  it("a contact's export lists the meetings naming them; anonymisation removes them and their name from the notes", async () => {
    const exported = await api.http.get(`/api/contacts/${contactId}/export`).set(as.admin).expect(200);
    expect(exported.body.meetings).toEqual([
      expect.objectContaining({ subject: 'Premier rendez-vous', notes: expect.stringContaining('Mehdi Bouzid') }),
    ]);
    await api.http.post(`/api/contacts/${contactId}/anonymise`).set(as.admin).expect(200);
    const [meeting] = await api.sql(`SELECT contact_ids, notes FROM meetings WHERE subject = 'Premier rendez-vous'`);
    expect(meeting.contact_ids).toEqual([]);
    expect(meeting.notes).toMatch(/^\[anonymised\] présente le projet/);
    const hits = await api.sql(`SELECT count(*)::int AS n FROM meetings m WHERE m::text ~* 'bouzid'`);
    expect(hits).toEqual([{ n: 0 }]);
  });
});
