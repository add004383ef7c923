import { RecognitionDailyJob } from '../../api/src/recognitions/recognition-daily.job';
import { demoColleagues, startApi, TestApi } from '../support/api';

type Who = 'advisor' | 'advisor2' | 'coordinator' | 'manager' | 'admin';

describe('recognition files and referrals', () => {
  let api: TestApi;
  let as: Record<Who, { Authorization: string }>;
  let ids: Record<string, string>;
  beforeAll(async () => {
    api = await startApi();
    ({ as, ids } = await demoColleagues(api));
  });
  afterAll(() => api.close());

  /** An organisation with an open case assigned to the demo advisor. */
  const enterprise = async (body: object = {}) => {
    const id = (
      await api.http
        .post('/api/organisations')
        .set(as.advisor)
        .send({ name: `Entreprise ${Math.random()}`, postcode: '1000', foundedOn: '2024-05-01', ...body })
        .expect(201)
    ).body.id;
    await api.http
      .post('/api/cases')
      .set(as.coordinator)
      .send({ organisationId: id, title: 'Parcours', advisorId: ids.advisor })
      .expect(201);
    return id as string;
  };
  const fileFor = async (organisationId: string, body: object = {}) =>
    (
      await api.http
        .post('/api/recognitions')
        .set(as.advisor)
        .send({ organisationId, kind: 'brussels_esd', ...body })
        .expect(201)
    ).body;
  const move = (id: string, status: string, body: object = {}, who: Who = 'advisor') =>
    api.http
      .post(`/api/recognitions/${id}/move`)
      .set(as[who])
      .send({ status, ...body });

  describe('recognition files', () => {
    it('starts as preparing with the whole dossier checklist undone, and moves along its lifecycle, each move an event', async () => {
      const organisationId = await enterprise();
      const file = await fileFor(organisationId);
      expect(file).toMatchObject({
        status: 'preparing',
        term: 'first',
        checklistProgress: 0,
        renewalDue: false,
        eligibilityWarnings: [],
      });
      // A starting ESD (registered in 2024): its budget instead of 3 years of accounts, and the board's composition.
      expect(file.checklist.map((i: { code: string }) => i.code)).toEqual([
        'application_form',
        'activity_report',
        'statutes',
        'starting_budget',
        'staff_and_evolution',
        'wage_tension_calculation',
        'board_and_organisation_chart',
        'yearly_open_meeting_proof',
        'board_composition',
      ]);
      const submitted = await move(file.id, 'submitted', {
        comment: 'Déposé chez Bruxelles Économie et Emploi',
        on: '2026-09-01',
      }).expect(200);
      expect(submitted.body).toMatchObject({ status: 'submitted', submittedOn: '2026-09-01' });
      await move(file.id, 'under_review').expect(200);
      const approved = await move(file.id, 'approved', { on: '2026-11-15' }, 'coordinator').expect(200);
      expect(approved.body).toMatchObject({
        status: 'approved',
        decisionOn: '2026-11-15',
        validFrom: '2026-11-15',
        validUntil: '2028-11-14',
      });
      const events = await api.sql(
        `SELECT from_status, to_status, comment, user_id FROM recognition_events WHERE recognition_id = $1 ORDER BY id`,
        [file.id],
      );
      expect(events.map((e: { to_status: string }) => e.to_status)).toEqual([
        'preparing',
        'submitted',
        'under_review',
        'approved',
      ]);
      expect(events[1]).toMatchObject({
        from_status: 'preparing',
        comment: 'Déposé chez Bruxelles Économie et Emploi',
        user_id: ids.advisor,
      });
      const org = await api.http.get(`/api/organisations/${organisationId}`).set(as.manager).expect(200);
      expect(org.body.recognitionStatus).toBe('approved');
      const timeline = await api.http.get(`/api/organisations/${organisationId}/timeline`).set(as.manager).expect(200);
      expect(
        timeline.body
          .filter((e: { type: string }) => e.type.startsWith('recognition_'))
          .map((e: { type: string }) => e.type),
      ).toEqual(['recognition_approved', 'recognition_under_review', 'recognition_submitted', 'recognition_preparing']);
    });

    it('refuses any other move with 422 naming the allowed ones, by a move or by a PUT', async () => {
      const file = await fileFor(await enterprise());
      const res = await move(file.id, 'approved').expect(422);
      expect(res.body).toMatchObject({
        code: 'recognition.move_not_allowed',
        params: { from: 'preparing', to: 'approved' },
        allowed: ['submitted', 'withdrawn'],
      });
      await api.http
        .put(`/api/recognitions/${file.id}`)
        .set(as.advisor)
        .send({ ...file, status: 'under_review' })
        .expect(422);
      expect(await api.sql(`SELECT status, version FROM recognitions WHERE id = $1`, [file.id])).toEqual([
        { status: 'preparing', version: 1 },
      ]);
    });

    it('only the assigned advisor, a coordinator or an admin change a file; others read it', async () => {
      const organisationId = await enterprise();
      await api.http
        .post('/api/recognitions')
        .set(as.advisor2)
        .send({ organisationId, kind: 'brussels_esd' })
        .expect(403);
      await api.http
        .post('/api/recognitions')
        .set(as.manager)
        .send({ organisationId, kind: 'brussels_esd' })
        .expect(403);
      const file = await fileFor(organisationId);
      await move(file.id, 'submitted', {}, 'advisor2').expect(403);
      await api.http.get(`/api/recognitions/${file.id}`).set(as.advisor2).expect(200);
    });

    it('the checklist counts what is done; the term proposes the end date', async () => {
      const file = await fileFor(await enterprise());
      const res = await api.http
        .put(`/api/recognitions/${file.id}`)
        .set(as.advisor)
        .send({
          ...file,
          validFrom: '2027-01-01',
          checklist: [
            { code: 'statutes', done: true, note: 'Moniteur 2019' },
            { code: 'activity_report', done: true },
          ],
        })
        .expect(200);
      expect(res.body).toMatchObject({
        checklistProgress: 0.22,
        validUntil: '2028-12-31',
        renewalOpensOn: '2028-06-30',
        renewalLateFrom: '2028-09-30',
      });
      expect(res.body.checklist.find((i: { code: string }) => i.code === 'statutes')).toEqual({
        code: 'statutes',
        done: true,
        note: 'Moniteur 2019',
        documentIds: [],
      });
      const bad = await api.http
        .put(`/api/recognitions/${file.id}`)
        .set(as.advisor)
        .send({ ...res.body, checklist: [{ code: 'horoscope', done: true }] })
        .expect(400);
      expect(Object.keys(bad.body.errors)[0]).toMatch(/^checklist\.0\.code$/);
    });

    it('shows eligibility warnings from what Traject knows', async () => {
      const organisationId = await enterprise({ postcode: '1300', foundedOn: '2015-01-01', employeesFte: 0.5 });
      const file = await fileFor(organisationId);
      expect(file.eligibilityWarnings.map((w: { code: string }) => w.code)).toEqual([
        'outside_brussels',
        'staff_below_minimum',
      ]);
    });

    it('a work-integration mandate without a valid approval is refused (422); with one it is accepted', async () => {
      const organisationId = await enterprise();
      const refused = await api.http
        .post('/api/recognitions')
        .set(as.advisor)
        .send({ organisationId, kind: 'brussels_esi_mandate' })
        .expect(422);
      expect(refused.body.code).toBe('recognition.mandate_needs_approval');
      const approval = await fileFor(organisationId);
      for (const status of ['submitted', 'under_review', 'approved']) await move(approval.id, status).expect(200);
      await api.http
        .post('/api/recognitions')
        .set(as.advisor)
        .send({ organisationId, kind: 'brussels_esi_mandate' })
        .expect(201);
    });

    it('a renewal is a new file linked to the one it renews, with the next term; due and late windows are computed', async () => {
      const organisationId = await enterprise();
      // Dates relative to today (never a literal that expires): the end is 80 days away, within 3 months.
      const day = (fromToday: number) => new Date(Date.now() + fromToday * 86_400_000).toISOString().slice(0, 10);
      const validUntil = day(80);
      const first = await fileFor(organisationId, { validFrom: day(80 - 730), validUntil });
      for (const status of ['submitted', 'under_review', 'approved']) await move(first.id, status).expect(200);
      const approved = (await api.http.get(`/api/recognitions/${first.id}`).set(as.advisor).expect(200)).body;
      // Today is within 3 months of the end: due and late.
      expect(approved).toMatchObject({ status: 'approved', validUntil, renewalDue: true, renewalLate: true });
      const due = await api.http
        .get(`/api/recognitions?filter=${encodeURIComponent(JSON.stringify({ renewalDue: true, organisationId }))}`)
        .set(as.manager)
        .expect(200);
      expect(due.body.map((r: { id: string }) => r.id)).toEqual([first.id]);
      // The renewal starts the day after the previous approval ends, for the first renewal's 3 years, with the standard form.
      const renewal = await fileFor(organisationId, { previousId: first.id });
      const start = new Date(`${day(81)}T00:00:00Z`);
      const end = new Date(Date.UTC(start.getUTCFullYear() + 3, start.getUTCMonth(), start.getUTCDate() - 1))
        .toISOString()
        .slice(0, 10);
      expect(renewal).toMatchObject({ previousId: first.id, term: 'renewal', validFrom: day(81), validUntil: end });
      expect(renewal.checklist[0].code).toBe('standard_form');
      // Still preparing: not filed, so still late.
      expect((await api.http.get(`/api/recognitions/${first.id}`).set(as.advisor).expect(200)).body).toMatchObject({
        renewalDue: true,
        renewalLate: true,
      });
      await move(renewal.id, 'submitted').expect(200);
      expect((await api.http.get(`/api/recognitions/${first.id}`).set(as.advisor).expect(200)).body).toMatchObject({
        renewalDue: true,
        renewalLate: false,
      });
      const other = await enterprise();
      await api.http
        .post('/api/recognitions')
        .set(as.coordinator)
        .send({ organisationId: other, kind: 'brussels_esd', previousId: first.id })
        .expect(400);
    });

    it('the daily job expires approvals past their end date and reminds the advisor once, even run twice at the same time', async () => {
      const organisationId = await enterprise();
      const old = await fileFor(organisationId, { validFrom: '2020-01-01', validUntil: '2022-12-31' });
      for (const status of ['submitted', 'under_review', 'approved']) await move(old.id, status).expect(200);
      const endingOrganisation = await enterprise();
      const ending = await fileFor(endingOrganisation, {
        validFrom: '2025-06-01',
        validUntil: new Date(Date.now() + 100 * 86_400_000).toISOString().slice(0, 10),
      });
      for (const status of ['submitted', 'under_review', 'approved']) await move(ending.id, status).expect(200);
      const job = api.app.get(RecognitionDailyJob);
      const reports = await Promise.all([job.run(), job.run()]);
      expect(reports.filter((r) => r.ran)).toHaveLength(1);
      expect(reports.find((r) => r.ran)).toMatchObject({ expired: 1, renewalTasks: expect.any(Number) });
      expect((await job.run()).ran).toBe(false);
      expect((await api.http.get(`/api/recognitions/${old.id}`).set(as.advisor).expect(200)).body.status).toBe(
        'expired',
      );
      expect(
        await api.sql(
          `SELECT to_status, user_id, comment FROM recognition_events WHERE recognition_id = $1 ORDER BY id DESC LIMIT 1`,
          [old.id],
        ),
      ).toEqual([{ to_status: 'expired', user_id: null, comment: null }]);
      // In the advisor's language (French), the kind in words, the day the Belgian way.
      const tasks = await api.sql(
        `SELECT assignee_id, title FROM tasks WHERE organisation_id = $1 AND title LIKE 'Fenêtre de renouvellement%'`,
        [endingOrganisation],
      );
      expect(tasks).toEqual([
        {
          assignee_id: ids.advisor,
          title: expect.stringMatching(
            /renouvellement – Agrément bruxellois – entreprise sociale et démocratique \(fin le \d\d\/\d\d\/\d{4}\)$/,
          ),
        },
      ]);
      expect(
        (await api.http.get(`/api/organisations/${organisationId}`).set(as.advisor).expect(200)).body.recognitionStatus,
      ).toBe('expired');
      await api.http.post('/api/recognitions/daily-job').set(as.coordinator).expect(403);
      const forced = await api.http.post('/api/recognitions/daily-job').set(as.admin).expect(200);
      expect(forced.body).toEqual({ ran: true, expired: 0, renewalTasks: 0, obligationTasks: 0 });
    });
  });

  describe('programmes and referrals', () => {
    const programme = async (partner: string) =>
      (
        await api.sql(`SELECT id FROM programmes WHERE partner = $1 AND stage <> 'idea' ORDER BY name LIMIT 1`, [
          partner,
        ])
      )[0].id;

    it('programmes are kept by admins and read by everyone', async () => {
      const list = await api.http
        .get('/api/programmes?filter=%7B%22partner%22%3A%22coopcity%22%7D')
        .set(as.advisor)
        .expect(200);
      expect(list.body.map((p: { name: string }) => p.name)).toContain('COOPCITY – Innovate');
      await api.http
        .post('/api/programmes')
        .set(as.coordinator)
        .send({ partner: 'coopcity', name: 'X', stage: 'launch' })
        .expect(403);
      const created = await api.http
        .post('/api/programmes')
        .set(as.admin)
        .send({ partner: 'coopcity', name: 'COOPCITY – Test', stage: 'launch' })
        .expect(201);
      const retired = await api.http.delete(`/api/programmes/${created.body.id}`).set(as.admin).expect(200);
      expect(retired.body.active).toBe(false);
    });

    it('a referral to COOPCITY names an active programme of COOPCITY; to BISSIB it may not', async () => {
      const organisationId = await enterprise();
      const none = await api.http
        .post('/api/referrals')
        .set(as.advisor)
        .send({ organisationId, partner: 'coopcity' })
        .expect(400);
      expect(none.body.errors).toHaveProperty('programmeId');
      const wrong = await api.http
        .post('/api/referrals')
        .set(as.advisor)
        .send({ organisationId, partner: 'coopcity', programmeId: await programme('bissib') })
        .expect(400);
      expect(wrong.body.errors.programmeId).toMatch(/COOPCITY/);
      expect(wrong.body.errorCodes.programmeId).toEqual({
        code: 'referral.programme_not_active',
        params: { partner: expect.stringMatching(/COOPCITY/) },
      });
      const bissib = await api.http
        .post('/api/referrals')
        .set(as.advisor)
        .send({ organisationId, partner: 'bissib', referredById: ids.admin })
        .expect(201);
      expect(bissib.body).toMatchObject({
        status: 'proposed',
        referredById: ids.advisor,
        referredOn: new Date().toISOString().slice(0, 10),
      });
    });

    it('moves forward only, with an outcome to complete and a reason to decline or cancel; dates stamped by the server', async () => {
      const organisationId = await enterprise();
      const referral = (
        await api.http
          .post('/api/referrals')
          .set(as.advisor)
          .send({ organisationId, partner: 'coopcity', programmeId: await programme('coopcity') })
          .expect(201)
      ).body;
      const go = (status: string, body: object = {}, who: Who = 'advisor') =>
        api.http
          .post(`/api/referrals/${referral.id}/move`)
          .set(as[who])
          .send({ status, ...body });
      await go('accepted').expect(422);
      await go('sent', {}, 'advisor2').expect(403);
      await go('sent').expect(200);
      const accepted = await go('accepted').expect(200);
      expect(accepted.body.respondedOn).toBe(new Date().toISOString().slice(0, 10));
      await go('sent').expect(422);
      await go('in_progress').expect(200);
      const noOutcome = await go('completed').expect(400);
      expect(noOutcome.body.errors).toHaveProperty('outcome');
      const done = await go('completed', { outcome: 'Plan financier consolidé, 2 emplois créés' }).expect(200);
      expect(done.body).toMatchObject({
        status: 'completed',
        outcome: 'Plan financier consolidé, 2 emplois créés',
        completedOn: expect.any(String),
      });
      await go('cancelled', { reason: 'x' }).expect(422);
      const events = await api.sql(`SELECT to_status FROM referral_events WHERE referral_id = $1 ORDER BY id`, [
        referral.id,
      ]);
      expect(events.map((e: { to_status: string }) => e.to_status)).toEqual([
        'proposed',
        'sent',
        'accepted',
        'in_progress',
        'completed',
      ]);
    });

    it('its author undoes the last move: the referral is as before, the move leaves the history; not someone else, not a stale or an old one', async () => {
      const organisationId = await enterprise();
      const referral = (
        await api.http.post('/api/referrals').set(as.advisor).send({ organisationId, partner: 'bissib' }).expect(201)
      ).body;
      const go = (status: string, body: object = {}) =>
        api.http
          .post(`/api/referrals/${referral.id}/move`)
          .set(as.advisor)
          .send({ status, ...body })
          .expect(200);
      const undo = (status: string, who: Who = 'advisor') =>
        api.http.post(`/api/referrals/${referral.id}/undo-move`).set(as[who]).send({ status });
      await go('sent');
      await go('declined', { reason: 'Projet trop tôt' });

      // Someone else, or a stale click naming another status: refused, with the code and the field-free message.
      await undo('declined', 'coordinator').expect(422);
      const stale = await undo('sent').expect(422);
      expect(stale.body).toMatchObject({ code: 'referral.undo_not_possible', params: { status: 'sent', minutes: 10 } });
      await undo('nonsense').expect(400);

      const undone = await undo('declined').expect(200);
      expect(undone.body).toMatchObject({
        status: 'sent',
        reason: null,
        respondedOn: null,
        version: referral.version + 3,
      });
      const events = await api.sql(`SELECT to_status FROM referral_events WHERE referral_id = $1 ORDER BY id`, [
        referral.id,
      ]);
      expect(events.map((e: { to_status: string }) => e.to_status)).toEqual(['proposed', 'sent']);
      // Undo again takes back the move before it, on the same terms; the referral's creation is not a move.
      await expect(undo('sent').expect(200)).resolves.toMatchObject({ body: { status: 'proposed' } });
      await undo('proposed').expect(422);

      // Too late: a move older than ten minutes stays.
      await go('sent');
      await go('accepted');
      await api.sql(
        `UPDATE referral_events SET at = now() - interval '11 minutes' WHERE referral_id = $1 AND to_status = 'accepted'`,
        [referral.id],
      );
      await undo('accepted').expect(422);
    });

    it('a PUT that moved the referral is undone like a move, with the other fields it changed; a PUT that did not move has no undo', async () => {
      const organisationId = await enterprise();
      const referral = (
        await api.http
          .post('/api/referrals')
          .set(as.advisor)
          .send({ organisationId, partner: 'bissib', referredOn: '2026-03-02' })
          .expect(201)
      ).body;
      const undo = (status: string, who: Who = 'advisor') =>
        api.http.post(`/api/referrals/${referral.id}/undo-move`).set(as[who]).send({ status });

      // An edit that does not move: nothing to undo through undo-move (the edit is undone by a PUT of the old values).
      const edited = (
        await api.http
          .put(`/api/referrals/${referral.id}`)
          .set(as.advisor)
          .send({ ...referral, referredOn: '2026-03-03' })
          .expect(200)
      ).body;
      await undo('proposed').expect(422);

      // Sent and re-dated in one save, then declined with a reason in another.
      const sent = (
        await api.http
          .put(`/api/referrals/${referral.id}`)
          .set(as.advisor)
          .send({ ...edited, status: 'sent', referredOn: '2026-03-05' })
          .expect(200)
      ).body;
      expect(sent).toMatchObject({ status: 'sent', referredOn: '2026-03-05' });
      const declined = (
        await api.http
          .put(`/api/referrals/${referral.id}`)
          .set(as.advisor)
          .send({ ...sent, status: 'declined', reason: 'Pas le bon moment' })
          .expect(200)
      ).body;
      expect(declined).toMatchObject({
        status: 'declined',
        reason: 'Pas le bon moment',
        respondedOn: expect.any(String),
      });

      await undo('declined', 'coordinator').expect(422);
      await expect(undo('declined').expect(200)).resolves.toMatchObject({
        body: {
          status: 'sent',
          reason: null,
          respondedOn: null,
          referredOn: '2026-03-05',
          version: declined.version + 1,
        },
      });
      await expect(undo('sent').expect(200)).resolves.toMatchObject({
        body: { status: 'proposed', referredOn: '2026-03-03' },
      });
      const events = await api.sql(`SELECT to_status FROM referral_events WHERE referral_id = $1 ORDER BY id`, [
        referral.id,
      ]);
      expect(events.map((e: { to_status: string }) => e.to_status)).toEqual(['proposed']);
      await undo('proposed').expect(422);
    });

    it('declining needs a reason', async () => {
      const organisationId = await enterprise();
      const referral = (
        await api.http
          .post('/api/referrals')
          .set(as.coordinator)
          .send({ organisationId, partner: 'bissib' })
          .expect(201)
      ).body;
      await api.http
        .post(`/api/referrals/${referral.id}/move`)
        .set(as.coordinator)
        .send({ status: 'sent' })
        .expect(200);
      await api.http
        .post(`/api/referrals/${referral.id}/move`)
        .set(as.coordinator)
        .send({ status: 'declined' })
        .expect(400);
      const declined = await api.http
        .post(`/api/referrals/${referral.id}/move`)
        .set(as.coordinator)
        .send({ status: 'declined', reason: 'Projet trop tôt' })
        .expect(200);
      expect(declined.body).toMatchObject({
        status: 'declined',
        reason: 'Projet trop tôt',
        respondedOn: expect.any(String),
      });
      const timeline = await api.http.get(`/api/organisations/${organisationId}/timeline`).set(as.manager).expect(200);
      expect(timeline.body[0]).toMatchObject({
        type: 'referral_declined',
        code: 'timeline.referral_moved',
        summary: 'BISSIB – Bruxelles Innovation Sociale : Envoyée → Déclinée (Projet trop tôt)',
      });
    });
  });
});
