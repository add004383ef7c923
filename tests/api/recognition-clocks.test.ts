import { addDays, addMonths, belgianDay } from '../../api/src/domain/calendar';
import { RecognitionDailyJob } from '../../api/src/recognitions/recognition-daily.job';
import { demoColleagues, startApi, TestApi } from '../support/api';

type Who = 'advisor' | 'advisor2' | 'coordinator' | 'manager' | 'admin';
const today = () => new Date().toISOString().slice(0, 10);
const thisYear = () => Number(today().slice(0, 4));

/** The daily work over every kind of recognition file, each on its own clock (DOMAIN.md). */
describe('recognition clocks', () => {
  let api: TestApi;
  let as: Record<Who, { Authorization: string }>;
  let ids: Record<string, string>;
  beforeAll(async () => {
    api = await startApi();
    ({ as, ids } = await demoColleagues(api));
  });
  afterAll(() => api.close());

  const enterprise = async (body: object = {}, advisor: 'advisor' | 'advisor2' = 'advisor') => {
    const id = (
      await api.http
        .post('/api/organisations')
        .set(as[advisor])
        .send({
          name: `Entreprise ${Math.random()}`,
          postcode: '1000',
          legalForm: 'sc_cv',
          foundedOn: '2024-05-01',
          ...body,
        })
        .expect(201)
    ).body.id;
    await api.http
      .post('/api/cases')
      .set(as.coordinator)
      .send({ organisationId: id, title: 'Parcours', advisorId: ids[advisor] })
      .expect(201);
    return id as string;
  };
  const create = (organisationId: string, kind: string, body: object = {}, who: Who = 'advisor') =>
    api.http
      .post('/api/recognitions')
      .set(as[who])
      .send({ organisationId, kind, ...body });
  const approve = async (id: string, who: Who = 'advisor') => {
    for (const status of ['submitted', 'under_review', 'approved'])
      await api.http.post(`/api/recognitions/${id}/move`).set(as[who]).send({ status }).expect(200);
    return (await api.http.get(`/api/recognitions/${id}`).set(as[who]).expect(200)).body;
  };
  const read = async (id: string) => (await api.http.get(`/api/recognitions/${id}`).set(as.manager).expect(200)).body;
  const runDaily = () => api.app.get(RecognitionDailyJob).run(true);
  const tasksOf = (organisationId: string) =>
    api.sql(
      `SELECT title, to_char(due_on, 'YYYY-MM-DD') AS due_on, assignee_id, status FROM tasks WHERE organisation_id = $1 ORDER BY title`,
      [organisationId],
    );

  it('a federal approval has no end date: past a year it is still approved, with no renewal and no task', async () => {
    for (const kind of ['federal_cnc_cooperative', 'federal_social_enterprise']) {
      const organisationId = await enterprise();
      const file = (await create(organisationId, kind, { validFrom: '2020-01-15' }).expect(201)).body;
      expect(file.validUntil).toBeNull();
      const approved = await approve(file.id);
      expect(approved).toMatchObject({
        status: 'approved',
        validFrom: '2020-01-15',
        validUntil: null,
        renewalDue: false,
        renewalLate: false,
        renewalOpensOn: null,
        obligations: [],
      });
      await runDaily();
      expect(await read(file.id)).toMatchObject({ status: 'approved', renewalDue: false });
      expect(await tasksOf(organisationId)).toEqual([]);
      const withEnd = await create(organisationId, kind, { validFrom: '2020-01-15', validUntil: '2022-01-14' }).expect(
        400,
      );
      expect(Object.keys(withEnd.body.errors)).toEqual(['validUntil']);
    }
  });

  it('a federal approval is for a cooperative only; it can still be withdrawn by the Minister', async () => {
    const organisationId = await enterprise({ legalForm: 'asbl_vzw' });
    const file = (await create(organisationId, 'federal_social_enterprise').expect(201)).body;
    expect(file.eligibilityWarnings.map((w: { code: string }) => w.code)).toEqual(['not_a_cooperative']);
    await approve(file.id);
    await api.http.post(`/api/recognitions/${file.id}/move`).set(as.advisor).send({ status: 'withdrawn' }).expect(200);
  });

  it("a first mandate's proposed end is 5 years out; the call deadline on its renewal file drives the reminder", async () => {
    const organisationId = await enterprise();
    const approval = await approve(
      (await create(organisationId, 'brussels_esd', { validFrom: addDays(today(), -30) }).expect(201)).body.id,
    );
    const mandate = (await create(organisationId, 'brussels_esi_mandate', { validFrom: '2026-01-01' }).expect(201))
      .body;
    expect(mandate).toMatchObject({
      term: 'first',
      validUntil: '2030-12-31',
      renewalOpensOn: null,
      renewalLateFrom: null,
    });
    expect(mandate.checklist.map((i: { code: string }) => i.code)).toEqual([
      'application_form',
      'target_public_staff',
      'supervision_staff',
      'tax_and_social_security_clearance',
    ]);
    const granted = await approve(mandate.id);
    // No 6-3 month window, whatever the date: due only once a call is known.
    expect(granted).toMatchObject({ status: 'approved', renewalDue: false, renewalLate: false });

    const deadline = addDays(today(), 40);
    const renewal = (
      await create(organisationId, 'brussels_esi_mandate', { previousId: mandate.id, callDeadline: deadline }).expect(
        201,
      )
    ).body;
    expect(renewal).toMatchObject({
      term: 'renewal',
      validFrom: '2031-01-01',
      validUntil: '2035-12-31',
      callDeadline: deadline,
    });
    expect(await read(mandate.id)).toMatchObject({ renewalDue: true, renewalLate: false });
    const due = await api.http
      .get(`/api/recognitions?filter=${encodeURIComponent(JSON.stringify({ renewalDue: true, organisationId }))}`)
      .set(as.manager)
      .expect(200);
    expect(due.body.map((r: { id: string }) => r.id)).toEqual([mandate.id]);

    const report = await runDaily();
    expect(report.renewalTasks).toBeGreaterThanOrEqual(1);
    const tasks = (await tasksOf(organisationId)).filter((t: { title: string }) =>
      t.title.startsWith('Appel du Ministre'),
    );
    expect(tasks).toEqual([
      {
        title: `Appel du Ministre : introduire le renouvellement – Mandat d'entreprise sociale d'insertion avant le ${belgianDay(deadline)}`,
        due_on: deadline,
        assignee_id: ids.advisor,
        status: 'todo',
      },
    ]);
    await runDaily();
    expect(
      (await tasksOf(organisationId)).filter((t: { title: string }) => t.title.startsWith('Appel du Ministre')),
    ).toHaveLength(1);

    // A call deadline belongs to a mandate only.
    const wrong = await api.http
      .put(`/api/recognitions/${approval.id}`)
      .set(as.advisor)
      .send({ version: approval.version, callDeadline: deadline })
      .expect(400);
    expect(Object.keys(wrong.body.errors)).toEqual(['callDeadline']);

    // The Brussels approval withdrawn: the mandate is at risk.
    await api.http
      .post(`/api/recognitions/${approval.id}/move`)
      .set(as.coordinator)
      .send({ status: 'withdrawn' })
      .expect(200);
    expect((await read(mandate.id)).eligibilityWarnings.map((w: { code: string }) => w.code)).toEqual([
      'mandate_at_risk',
    ]);
  });

  it('a Brussels approval: its window opens 6 calendar months before the end and is late 3 months before, unless a renewal was filed', async () => {
    for (const kind of ['brussels_esd', 'brussels_ipes']) {
      const organisationId = await enterprise({ legalForm: kind === 'brussels_ipes' ? 'public_body' : 'asbl_vzw' });
      const validUntil = addMonths(today(), 2);
      const file = await approve(
        (await create(organisationId, kind, { validFrom: addDays(validUntil, -730), validUntil }).expect(201)).body.id,
      );
      expect(file).toMatchObject({
        renewalOpensOn: addMonths(validUntil, -6),
        renewalLateFrom: addMonths(validUntil, -3),
        renewalDue: true,
        renewalLate: true,
      });
      await runDaily();
      expect(await read(file.id)).toMatchObject({ status: 'approved' });
      const late = await api.http
        .get(`/api/recognitions?filter=${encodeURIComponent(JSON.stringify({ renewalLate: true, organisationId }))}`)
        .set(as.manager)
        .expect(200);
      expect(late.body.map((r: { id: string }) => r.id)).toEqual([file.id]);
    }
    const notYet = await enterprise();
    const far = await approve(
      (await create(notYet, 'brussels_esd', { validFrom: today(), validUntil: addMonths(today(), 7) }).expect(201)).body
        .id,
    );
    expect(far).toMatchObject({ renewalDue: false, renewalLate: false });
  });

  it('a Brussels approval that passed its end date expires; a mandate too', async () => {
    const organisationId = await enterprise();
    const esd = await approve(
      (await create(organisationId, 'brussels_esd', { validFrom: '2020-01-01', validUntil: '2021-12-31' }).expect(201))
        .body.id,
    );
    expect(esd.status).toBe('approved');
    await runDaily();
    expect((await read(esd.id)).status).toBe('expired');
  });

  it('eligibility: legal person, staff test from the registration date, withdrawal bar of Brussels approvals only', async () => {
    const project = await enterprise({ legalForm: 'de_facto_association' });
    expect(
      (await create(project, 'brussels_esd').expect(201)).body.eligibilityWarnings.map((w: { code: string }) => w.code),
    ).toEqual(['not_a_legal_person']);

    // Founded in 2024 but registered at the BCE in 2015: the staff test applies.
    const registered = await enterprise({ legalForm: 'asbl_vzw', registeredOn: '2015-03-01', employeesFte: 0 });
    const esd = (await create(registered, 'brussels_esd').expect(201)).body;
    expect(esd.eligibilityWarnings.map((w: { code: string }) => w.code)).toEqual(['staff_below_minimum']);
    expect(esd.checklist.map((i: { code: string }) => i.code)).toContain('accounts_last_3_years');
    const partners = await api.http
      .put(`/api/recognitions/${esd.id}`)
      .set(as.advisor)
      .send({ version: esd.version, selfEmployedPartners: 3, mainOccupationPartners: 1 })
      .expect(200);
    expect(partners.body.eligibilityWarnings).toEqual([]);
    const ipes = (
      await create(registered, 'brussels_ipes', { selfEmployedPartners: 3, mainOccupationPartners: 1 }).expect(201)
    ).body;
    expect(ipes.eligibilityWarnings.map((w: { code: string }) => w.code)).toEqual(['staff_below_minimum']);
    const staffed = await api.http
      .put(`/api/recognitions/${ipes.id}`)
      .set(as.advisor)
      .send({ version: ipes.version, permanentFte: 1 })
      .expect(200);
    expect(staffed.body.eligibilityWarnings).toEqual([]);

    // A withdrawn federal approval does not bar a Brussels one; a withdrawn Brussels approval does.
    const cooperative = await enterprise();
    const federal = await approve((await create(cooperative, 'federal_cnc_cooperative').expect(201)).body.id);
    await api.http
      .post(`/api/recognitions/${federal.id}/move`)
      .set(as.advisor)
      .send({ status: 'withdrawn' })
      .expect(200);
    expect((await create(cooperative, 'brussels_esd').expect(201)).body.eligibilityWarnings).toEqual([]);
    const brussels = await approve((await create(cooperative, 'brussels_ipes').expect(201)).body.id);
    await api.http
      .post(`/api/recognitions/${brussels.id}/move`)
      .set(as.advisor)
      .send({ status: 'withdrawn' })
      .expect(200);
    expect(
      (await create(cooperative, 'brussels_esd').expect(201)).body.eligibilityWarnings.map(
        (w: { code: string }) => w.code,
      ),
    ).toEqual(['withdrawn_recently']);
  });

  it("the yearly activity report opens as a task in the advisor's language and can be marked done", async () => {
    const organisationId = await enterprise({ legalForm: 'asbl_vzw' }, 'advisor2');
    const file = await approve(
      (await create(organisationId, 'brussels_esd', { validFrom: `${thisYear() - 1}-03-01` }, 'advisor2').expect(201))
        .body.id,
      'advisor2',
    );
    expect(file.obligations).toEqual([
      {
        obligation: 'activity_report',
        year: thisYear(),
        opensOn: `${thisYear()}-01-01`,
        dueOn: `${thisYear()}-06-30`,
        opened: false,
        taskId: null,
        doneOn: null,
      },
      {
        obligation: 'activity_report',
        year: thisYear() + 1,
        opensOn: `${thisYear() + 1}-01-01`,
        dueOn: `${thisYear() + 1}-06-30`,
        opened: false,
        taskId: null,
        doneOn: null,
      },
    ]);
    const report = await runDaily();
    expect(report.obligationTasks).toBeGreaterThanOrEqual(1);
    const [task] = (await tasksOf(organisationId)).filter((t: { title: string }) => t.title.startsWith('Jaarlijks'));
    expect(task).toEqual({
      title: `Jaarlijks activiteitenverslag ${thisYear() - 1} te versturen tegen 30/06/${thisYear()}`,
      due_on: `${thisYear()}-06-30`,
      assignee_id: ids.advisor2,
      status: 'todo',
    });
    expect((await read(file.id)).obligations[0]).toMatchObject({
      opened: true,
      taskId: expect.any(String),
      doneOn: null,
    });

    const done = await api.http
      .post(`/api/recognitions/${file.id}/obligations`)
      .set(as.advisor2)
      .send({ obligation: 'activity_report', year: thisYear(), on: `${thisYear()}-05-02` })
      .expect(200);
    expect(done.body.obligations[0]).toMatchObject({ doneOn: `${thisYear()}-05-02` });
    expect((await tasksOf(organisationId)).find((t: { title: string }) => t.title.startsWith('Jaarlijks')).status).toBe(
      'done',
    );
    await api.http
      .post(`/api/recognitions/${file.id}/obligations`)
      .set(as.advisor)
      .send({ obligation: 'activity_report', year: thisYear() })
      .expect(403);
    const wrong = await api.http
      .post(`/api/recognitions/${file.id}/obligations`)
      .set(as.advisor2)
      .send({ obligation: 'balance_claim', year: thisYear() })
      .expect(422);
    expect(wrong.body).toMatchObject({
      code: 'recognition.obligation_not_due',
      params: { obligation: 'balance_claim', year: thisYear() },
    });
    await api.http
      .post(`/api/recognitions/${file.id}/obligations`)
      .set(as.advisor2)
      .send({ obligation: 'horoscope', year: thisYear() })
      .expect(400);
  });

  it("a mandate's yearly balance claim is due on 15 February", async () => {
    const organisationId = await enterprise();
    await approve(
      (await create(organisationId, 'brussels_esd', { validFrom: `${thisYear() - 1}-01-01` }).expect(201)).body.id,
    );
    const mandate = await approve(
      (await create(organisationId, 'brussels_esi_mandate', { validFrom: `${thisYear() - 1}-06-01` }).expect(201)).body
        .id,
    );
    expect(mandate.obligations[0]).toMatchObject({
      obligation: 'balance_claim',
      year: thisYear(),
      dueOn: `${thisYear()}-02-15`,
    });
  });
});
