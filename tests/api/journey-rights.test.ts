import { demoColleagues, DemoRole, startApi, TestApi } from '../support/api';

/** Issue 17's small rights: who finalises and reviews, who may assess, which case a record names, who moves which dates and fields. */
describe('journey rights', () => {
  let api: TestApi;
  let as: Record<DemoRole, { Authorization: string }>;
  let ids: Record<string, string>;
  let organisationId: string;
  let caseId: string;
  let otherCaseId: string;
  beforeAll(async () => {
    api = await startApi();
    ({ as, ids } = await demoColleagues(api));
    organisationId = (
      await api.http.post('/api/organisations').set(as.advisor).send({ name: 'Atelier des Droits' }).expect(201)
    ).body.id;
    caseId = (
      await api.http
        .post('/api/cases')
        .set(as.coordinator)
        .send({ organisationId, title: 'Parcours', advisorId: ids.advisor })
        .expect(201)
    ).body.id;
    const other = (await api.http.post('/api/organisations').set(as.advisor).send({ name: 'Autre Maison' }).expect(201))
      .body.id;
    otherCaseId = (
      await api.http
        .post('/api/cases')
        .set(as.coordinator)
        .send({ organisationId: other, title: 'Ailleurs', advisorId: ids.advisor2 })
        .expect(201)
    ).body.id;
  });
  afterAll(() => api.close());

  it('finalising needs the right to edit: an assessor who is not the assigned advisor is refused', async () => {
    const draft = (
      await api.http
        .post('/api/assessments')
        .set(as.coordinator)
        .send({ organisationId, assessorId: ids.advisor2 })
        .expect(201)
    ).body;
    const refused = await api.http.post(`/api/assessments/${draft.id}/finalise`).set(as.advisor2).expect(403);
    expect(refused.body.code).toBe('assessment.finalise_not_allowed');
    await api.http.post(`/api/assessments/${draft.id}/finalise`).set(as.advisor).expect(200);
  });

  it('the assessor is an active advisor, coordinator or admin', async () => {
    const manager = await api.http
      .post('/api/assessments')
      .set(as.coordinator)
      .send({ organisationId, assessorId: ids.manager })
      .expect(400);
    expect(manager.body.errorCodes.assessorId.code).toBe('user.not_active_staff');
    const [gone] = await api.sql(
      `INSERT INTO users (email, full_name, role, password_hash, active) VALUES ('gone@demo.traject.brussels', 'Parti', 'advisor', 'x', false) RETURNING id`,
    );
    await api.http
      .post('/api/assessments')
      .set(as.coordinator)
      .send({ organisationId, assessorId: gone.id })
      .expect(400);
    const draft = (await api.http.post('/api/assessments').set(as.advisor).send({ organisationId }).expect(201)).body;
    const put = await api.http
      .put(`/api/assessments/${draft.id}`)
      .set(as.advisor)
      .send({ version: draft.version, assessorId: ids.manager })
      .expect(400);
    expect(put.body.errorCodes.assessorId.code).toBe('user.not_active_staff');
  });

  it('four eyes: a coordinator cannot review their own assessment; another can', async () => {
    const own = (await api.http.post('/api/assessments').set(as.coordinator).send({ organisationId }).expect(201)).body;
    expect(own.assessorId).toBe(ids.coordinator);
    await api.http.post(`/api/assessments/${own.id}/finalise`).set(as.coordinator).expect(200);
    const refused = await api.http
      .post(`/api/assessments/${own.id}/review`)
      .set(as.coordinator)
      .send({ decision: 'agree' })
      .expect(403);
    expect(refused.body.code).toBe('assessment.own_review');
    await api.http.post(`/api/assessments/${own.id}/review`).set(as.admin).send({ decision: 'agree' }).expect(200);
  });

  it("a caseId must be a case of the record's own organisation (assessment, recognition file, referral, task)", async () => {
    const expectRefused = async (res: { body: { errorCodes?: Record<string, { code: string }> } }) =>
      expect(res.body.errorCodes?.caseId?.code).toBe('case.not_of_organisation');
    await expectRefused(
      await api.http.post('/api/assessments').set(as.advisor).send({ organisationId, caseId: otherCaseId }).expect(400),
    );
    await expectRefused(
      await api.http
        .post('/api/recognitions')
        .set(as.advisor)
        .send({ organisationId, kind: 'brussels_esd', caseId: otherCaseId })
        .expect(400),
    );
    await expectRefused(
      await api.http
        .post('/api/referrals')
        .set(as.advisor)
        .send({ organisationId, partner: 'bissib', caseId: otherCaseId })
        .expect(400),
    );
    await expectRefused(
      await api.http
        .post('/api/tasks')
        .set(as.advisor)
        .send({ title: 'Rappeler', organisationId, caseId: otherCaseId })
        .expect(400),
    );
    const task = (
      await api.http.post('/api/tasks').set(as.advisor).send({ title: 'Rappeler', organisationId, caseId }).expect(201)
    ).body;
    await expectRefused(
      await api.http
        .put(`/api/tasks/${task.id}`)
        .set(as.advisor)
        .send({ version: task.version, caseId: otherCaseId })
        .expect(400),
    );
    const file = (
      await api.http
        .post('/api/recognitions')
        .set(as.advisor)
        .send({ organisationId, kind: 'brussels_esd', caseId })
        .expect(201)
    ).body;
    await expectRefused(
      await api.http
        .put(`/api/recognitions/${file.id}`)
        .set(as.advisor)
        .send({ version: file.version, caseId: otherCaseId })
        .expect(400),
    );
  });

  it("a recognition file's dates are set by its moves; the end of an approved file is a coordinator's to change", async () => {
    let file = (
      await api.http
        .post('/api/recognitions')
        .set(as.advisor)
        .send({ organisationId, kind: 'brussels_ipes' })
        .expect(201)
    ).body;
    const decided = await api.http
      .put(`/api/recognitions/${file.id}`)
      .set(as.advisor)
      .send({ version: file.version, decisionOn: '2026-01-01' })
      .expect(400);
    expect(decided.body.errorCodes.decisionOn.code).toBe('recognition.set_by_moves');
    await api.http
      .put(`/api/recognitions/${file.id}`)
      .set(as.advisor)
      .send({ version: file.version, submittedOn: '2026-01-01' })
      .expect(400);
    for (const status of ['submitted', 'under_review'])
      file = (await api.http.post(`/api/recognitions/${file.id}/move`).set(as.advisor).send({ status }).expect(200))
        .body;
    file = (
      await api.http
        .post(`/api/recognitions/${file.id}/move`)
        .set(as.coordinator)
        .send({ status: 'approved', on: '2026-11-15' })
        .expect(200)
    ).body;
    // The whole record sent back unchanged is fine.
    file = (
      await api.http
        .put(`/api/recognitions/${file.id}`)
        .set(as.advisor)
        .send({ ...file, notes: 'vu' })
        .expect(200)
    ).body;
    await api.http
      .put(`/api/recognitions/${file.id}`)
      .set(as.advisor)
      .send({ version: file.version, validFrom: '2026-12-01' })
      .expect(400);
    const longer = await api.http
      .put(`/api/recognitions/${file.id}`)
      .set(as.advisor)
      .send({ version: file.version, validUntil: '2031-12-31' })
      .expect(403);
    expect(longer.body.code).toBe('recognition.valid_until_coordinator');
    const extended = await api.http
      .put(`/api/recognitions/${file.id}`)
      .set(as.coordinator)
      .send({ version: file.version, validUntil: '2031-12-31' })
      .expect(200);
    expect(extended.body.validUntil).toBe('2031-12-31');
  });

  it('an advisor changes only the stage, summary and next action of their case', async () => {
    let stored = (await api.http.get(`/api/cases/${caseId}`).set(as.advisor).expect(200)).body;
    for (const change of [{ priority: 'high' }, { openedOn: '2020-01-01' }, { title: 'Autre titre' }]) {
      const res = await api.http
        .put(`/api/cases/${caseId}`)
        .set(as.advisor)
        .send({ version: stored.version, ...change })
        .expect(403);
      expect(res.body).toMatchObject({ code: 'case.advisor_fields_only', params: { fields: Object.keys(change) } });
    }
    stored = (
      await api.http
        .put(`/api/cases/${caseId}`)
        .set(as.advisor)
        .send({ ...stored, stage: 'diagnosis', summary: 'Bien lancé', nextActionOn: '2027-01-10' })
        .expect(200)
    ).body;
    expect(stored).toMatchObject({ stage: 'diagnosis', summary: 'Bien lancé', nextActionOn: '2027-01-10' });
    await api.http
      .put(`/api/cases/${caseId}`)
      .set(as.coordinator)
      .send({ version: stored.version, priority: 'high', title: 'Parcours prioritaire' })
      .expect(200);
  });
});
