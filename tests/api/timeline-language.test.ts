import { demoColleagues, startApi, TestApi } from '../support/api';

/**
 * The timeline is structured (`type`, `code`, `params`, `refId`, `userId`, `at`) and its `summary` is written in
 * the requester's language; tasks the server writes are worded in their assignee's language.
 */
describe('the timeline and server-written tasks in the reader’s language', () => {
  let api: TestApi;
  let as: Awaited<ReturnType<typeof demoColleagues>>['as'];
  let ids: Awaited<ReturnType<typeof demoColleagues>>['ids'];
  let organisationId: string;
  beforeAll(async () => {
    api = await startApi();
    ({ as, ids } = await demoColleagues(api));
    organisationId = (
      await api.http
        .post('/api/organisations')
        .set(as.advisor)
        .send({ name: 'Atelier Zinneke', postcode: '1080' })
        .expect(201)
    ).body.id;
    const opened = (
      await api.http
        .post('/api/cases')
        .set(as.coordinator)
        .send({ organisationId, title: 'Premier accompagnement', advisorId: ids.advisor })
        .expect(201)
    ).body;
    await api.http
      .put(`/api/cases/${opened.id}`)
      .set(as.advisor)
      .send({ ...opened, stage: 'diagnosis' })
      .expect(200);
    const file = (
      await api.http
        .post('/api/recognitions')
        .set(as.advisor)
        .send({ organisationId, kind: 'brussels_esd' })
        .expect(201)
    ).body;
    await api.http
      .post(`/api/recognitions/${file.id}/move`)
      .set(as.advisor)
      .send({ status: 'submitted', comment: 'Déposé le matin' })
      .expect(200);
    const programme = (
      await api.http
        .post('/api/programmes')
        .set(as.admin)
        .send({ partner: 'coopcity', name: 'Parcours test', stage: 'launch' })
        .expect(201)
    ).body;
    await api.http
      .post('/api/referrals')
      .set(as.advisor)
      .send({ organisationId, partner: 'coopcity', programmeId: programme.id })
      .expect(201);
  });
  afterAll(() => api.close());

  const timeline = async (lang: string) =>
    (await api.http.get(`/api/organisations/${organisationId}/timeline?lang=${lang}`).set(as.manager).expect(200))
      .body as Array<Record<string, any>>;
  const entry = (entries: Array<Record<string, any>>, type: string) => entries.find((e) => e.type === type)!;

  it('gives each entry its code and params beside the summary', async () => {
    const entries = await timeline('fr');
    expect(entry(entries, 'recognition_submitted')).toMatchObject({
      type: 'recognition_submitted',
      code: 'timeline.recognition_moved',
      params: { kind: 'brussels_esd', from: 'preparing', to: 'submitted', comment: 'Déposé le matin' },
      userId: ids.advisor,
      refId: expect.any(String),
      at: expect.any(String),
    });
    expect(entry(entries, 'case_stage_changed')).toMatchObject({
      code: 'timeline.case_stage_changed',
      params: { from: 'intake', to: 'diagnosis' },
    });
    expect(entry(entries, 'case_assigned')).toMatchObject({
      code: 'timeline.case_assigned',
      params: { advisorId: ids.advisor },
    });
  });

  it.each([
    [
      'fr',
      'Agrément bruxellois – entreprise sociale et démocratique : En préparation → Introduit (Déposé le matin)',
      'Accueil → Diagnostic',
      'COOPCITY : Proposée',
      'Attribué à Sarah El Amrani',
    ],
    [
      'nl',
      'Brusselse erkenning – sociale en democratische onderneming: In voorbereiding → Ingediend (Déposé le matin)',
      'Intake → Diagnose',
      'COOPCITY: Voorgesteld',
      'Toegewezen aan Sarah El Amrani',
    ],
    [
      'en',
      'Brussels approval – social and democratic enterprise: Preparing → Submitted (Déposé le matin)',
      'Intake → Diagnosis',
      'COOPCITY: Proposed',
      'Assigned to Sarah El Amrani',
    ],
  ])('writes the summaries in %s, codes as words', async (lang, recognition, stage, referral, assigned) => {
    const entries = await timeline(lang);
    expect(entry(entries, 'recognition_submitted').summary).toBe(recognition);
    expect(entry(entries, 'case_stage_changed').summary).toBe(stage);
    expect(entry(entries, 'referral_proposed').summary).toBe(referral);
    expect(entry(entries, 'case_assigned').summary).toBe(assigned);
    expect(entry(entries, 'case_opened').summary).toBe('Premier accompagnement');
    for (const e of entries)
      expect(e.summary).not.toMatch(/brussels_esd|preparing|submitted|proposed|coopcity|intake →|assigned to/);
  });

  it('follows the reader’s own language when no ?lang is given', async () => {
    const dutch = (await api.http.get(`/api/organisations/${organisationId}/timeline`).set(as.coordinator).expect(200))
      .body;
    expect(entry(dutch, 'referral_proposed').summary).toBe('COOPCITY: Voorgesteld');
  });

  it('words a follow-up task in its assignee’s language', async () => {
    const meeting = (d: string, who: 'advisor' | 'advisor2') =>
      api.http
        .post('/api/meetings')
        .set(as[who])
        .send({ organisationId, subject: 'Visite du lieu', occurredAt: '2026-11-20T10:00:00Z', followUpOn: d });
    const french = (await meeting('2026-12-10', 'advisor').expect(201)).body;
    const dutch = (await meeting('2026-12-11', 'advisor2').expect(201)).body;
    const titles = await api.sql(`SELECT meeting_id, title FROM tasks WHERE meeting_id IN ($1, $2)`, [
      french.id,
      dutch.id,
    ]);
    expect(
      Object.fromEntries(titles.map((t: { meeting_id: string; title: string }) => [t.meeting_id, t.title])),
    ).toEqual({
      [french.id]: 'Suivi : Visite du lieu',
      [dutch.id]: 'Opvolging: Visite du lieu',
    });
  });

  it('shows a meeting with the first words of its notes to those who read them, and not to an advisor it is hidden from', async () => {
    const notes = `  Le conseil d’administration\n\n a validé   le budget.  ${'Suite du compte rendu. '.repeat(20)}`;
    const logged = (
      await api.http
        .post('/api/meetings')
        .set(as.advisor)
        .send({ organisationId, subject: 'Budget 2027', occurredAt: '2026-11-21T09:00:00Z', notes })
        .expect(201)
    ).body;
    const excerptFor = async (who: 'advisor' | 'coordinator' | 'advisor2') => {
      const body = (await api.http.get(`/api/organisations/${organisationId}/timeline`).set(as[who]).expect(200)).body;
      return body.find((e: { type: string; refId: string }) => e.type === 'meeting' && e.refId === logged.id)?.params
        .excerpt;
    };
    const expected = notes.trim().replace(/\s+/g, ' ').slice(0, 240);
    expect(await excerptFor('advisor')).toBe(expected);
    expect(await excerptFor('coordinator')).toBe(expected);
    expect(expected.startsWith('Le conseil d’administration a validé le budget. Suite du compte rendu.')).toBe(true);
    // Another advisor's meeting is not on their timeline at all (the read policy), so neither are its notes.
    expect(await excerptFor('advisor2')).toBeUndefined();
  });
});
