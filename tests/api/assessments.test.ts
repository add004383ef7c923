import { INDICATOR_CODES } from '../../api/src/domain/emes';
import { demoColleagues, startApi, TestApi } from '../support/api';

const answers = (rating = 'met', overrides: Record<string, string> = {}) =>
  INDICATOR_CODES.map((code) => ({ code, rating: overrides[code] ?? rating, evidence: `Vu les statuts (${code})` }));

describe('EMES assessments', () => {
  let api: TestApi;
  let as: Record<'advisor' | 'advisor2' | 'coordinator' | 'manager' | 'admin', { Authorization: string }>;
  let ids: Record<string, string>;
  let organisationId: string;
  beforeAll(async () => {
    api = await startApi();
    ({ as, ids } = await demoColleagues(api));
    organisationId = (
      await api.http.post('/api/organisations').set(as.advisor).send({ name: 'Les Jardins de Forest' }).expect(201)
    ).body.id;
    await api.http
      .post('/api/cases')
      .set(as.coordinator)
      .send({ organisationId, title: 'Parcours', advisorId: ids.advisor })
      .expect(201);
  });
  afterAll(() => api.close());

  const create = (body: object, who = as.advisor) =>
    api.http
      .post('/api/assessments')
      .set(who)
      .send({ organisationId, ...body });
  const freshOrganisation = async (name: string) => {
    const id = (await api.http.post('/api/organisations').set(as.advisor).send({ name }).expect(201)).body.id;
    await api.http
      .post('/api/cases')
      .set(as.coordinator)
      .send({ organisationId: id, title: 'Parcours', advisorId: ids.advisor })
      .expect(201);
    return id;
  };

  it('the server computes the ratio, the wage tension, the pillars and the verdict; what the client sends for them is ignored', async () => {
    const res = await create({
      indicators: answers('met', { soc_wage_tension: 'met' }),
      lowestWage: 2000,
      highestWage: 9000,
      wageRatio: 1,
      verdict: 'meets',
      pillars: { economic: 'met', social: 'met', governance: 'met' },
    }).expect(201);
    expect(res.body).toMatchObject({
      status: 'draft',
      assessorId: ids.advisor,
      wageRatio: 4.5,
      verdict: 'does_not_meet',
      pillars: { economic: 'met', social: 'not_met', governance: 'met' },
    });
    expect(res.body.indicators.find((i: { code: string }) => i.code === 'soc_wage_tension').rating).toBe('not_met');
    const fixed = await api.http
      .put(`/api/assessments/${res.body.id}`)
      .set(as.advisor)
      .send({ ...res.body, highestWage: 7900 })
      .expect(200);
    expect(fixed.body).toMatchObject({ wageRatio: 3.95, verdict: 'meets', version: 2 });
  });

  it('refuses unknown codes, unknown ratings, and a code missing or twice (400 naming indicators)', async () => {
    const missing = await create({ indicators: answers().slice(1) }).expect(400);
    expect(missing.body.errorCodes.indicators).toEqual({
      code: 'assessment.indicators_each_once',
      params: { problems: [expect.stringMatching(/missing econ_continuous_activity/)] },
    });
    const unknown = await create({
      indicators: [...answers().slice(1), { code: 'soc_happiness', rating: 'met' }],
    }).expect(400);
    expect(unknown.body.errorCodes.indicators.params.problems).toContainEqual(
      expect.stringMatching(/soc_happiness is not an EMES indicator code/),
    );
    const rating = await create({ indicators: answers('excellent') }).expect(400);
    expect(Object.keys(rating.body.errors)[0]).toMatch(/^indicators\.\d+\.rating$/);
  });

  it('only the assigned advisor, a coordinator or an admin assess; others read', async () => {
    await create({}, as.advisor2).expect(403);
    await create({}, as.manager).expect(403);
    const list = await api.http
      .get(`/api/assessments?filter=${encodeURIComponent(JSON.stringify({ organisationId }))}`)
      .set(as.manager)
      .expect(200);
    expect(list.body.length).toBeGreaterThan(0);
  });

  it('a new assessment starts from the latest one (copy-forward)', async () => {
    organisationId = await freshOrganisation('Copied forward');
    const first = (
      await create({
        indicators: answers('partly', { gov_autonomy: 'met' }),
        lowestWage: 2100,
        highestWage: 6300,
        assessedOn: '2026-11-01',
      }).expect(201)
    ).body;
    const next = (await create({ assessedOn: '2026-11-02' }).expect(201)).body;
    expect(next.previousId).toBe(first.id);
    expect(next.indicators).toEqual(first.indicators);
    expect(next).toMatchObject({ lowestWage: 2100, highestWage: 6300, wageRatio: 3 });
  });

  it('finalising freezes it: only the assessor, a coordinator or an admin; a final one cannot change (422)', async () => {
    const draft = (await create({ indicators: answers('met'), assessedOn: '2026-11-03' }).expect(201)).body;
    await api.http.post(`/api/assessments/${draft.id}/finalise`).set(as.advisor2).expect(403);
    const final = await api.http.post(`/api/assessments/${draft.id}/finalise`).set(as.advisor).expect(200);
    expect(final.body).toMatchObject({ status: 'final', finalisedAt: expect.any(String), verdict: 'meets' });
    const frozen = await api.http
      .put(`/api/assessments/${draft.id}`)
      .set(as.coordinator)
      .send({ ...final.body, lowestWage: 1 })
      .expect(422);
    expect(frozen.body.code).toBe('assessment.final');
    await api.http.post(`/api/assessments/${draft.id}/finalise`).set(as.advisor).expect(422);
  });

  it('a coordinator reviews a final assessment: agrees, or returns it with a comment, which opens a new draft copied from it', async () => {
    const a = (await create({ indicators: answers('met'), assessedOn: '2026-11-04' }).expect(201)).body;
    await api.http.post(`/api/assessments/${a.id}/review`).set(as.coordinator).send({ decision: 'agree' }).expect(422);
    await api.http.post(`/api/assessments/${a.id}/finalise`).set(as.advisor).expect(200);
    await api.http.post(`/api/assessments/${a.id}/review`).set(as.advisor).send({ decision: 'agree' }).expect(403);
    await api.http.post(`/api/assessments/${a.id}/review`).set(as.coordinator).send({ decision: 'return' }).expect(400);
    const returned = await api.http
      .post(`/api/assessments/${a.id}/review`)
      .set(as.coordinator)
      .send({ decision: 'return', comment: 'Justifier la gouvernance participative' })
      .expect(200);
    expect(returned.body.reviewed).toMatchObject({
      id: a.id,
      reviewStatus: 'returned',
      reviewComment: 'Justifier la gouvernance participative',
      reviewedById: ids.coordinator,
    });
    expect(returned.body.draft).toMatchObject({ status: 'draft', previousId: a.id, indicators: a.indicators });
    await api.http.post(`/api/assessments/${a.id}/review`).set(as.coordinator).send({ decision: 'agree' }).expect(422);
  });

  it('compares two assessments: how each indicator, pillar and the verdict moved', async () => {
    organisationId = await freshOrganisation('Compared');
    const before = (
      await create({
        indicators: answers('partly', { gov_participatory: 'not_met' }),
        assessedOn: '2026-11-10',
      }).expect(201)
    ).body;
    const after = (
      await create({ indicators: answers('met', { econ_paid_work: 'unknown' }), assessedOn: '2026-11-11' }).expect(201)
    ).body;
    const res = await api.http
      .get(`/api/organisations/${organisationId}/assessments/compare?from=${before.id}&to=${after.id}`)
      .set(as.manager)
      .expect(200);
    expect(res.body.verdict).toEqual({ from: 'does_not_meet', to: 'partly_meets', change: 'improved' });
    expect(res.body.indicators.find((i: { code: string }) => i.code === 'gov_participatory')).toEqual({
      code: 'gov_participatory',
      pillar: 'governance',
      from: 'not_met',
      to: 'met',
      change: 'improved',
    });
    expect(res.body.indicators.find((i: { code: string }) => i.code === 'econ_paid_work').change).toBe('changed');
    expect(res.body.pillars).toEqual([
      { pillar: 'economic', from: 'partly', to: 'partly', change: 'same' },
      { pillar: 'social', from: 'partly', to: 'met', change: 'improved' },
      { pillar: 'governance', from: 'not_met', to: 'met', change: 'improved' },
    ]);
    const latest = await api.http
      .get(`/api/organisations/${organisationId}/assessments/compare`)
      .set(as.advisor)
      .expect(200);
    expect(latest.body.to.id).toBe(after.id);
    expect(latest.body.from.id).toBe(before.id);
  });

  it('serves the indicators with guidance in French, Dutch and English', async () => {
    const res = await api.http.get('/api/assessments/indicators').set(as.manager).expect(200);
    expect(res.body.indicators).toHaveLength(10);
    expect(res.body.indicators[0].guidance.fr.title).toBeTruthy();
    expect(res.body.indicators[0].guidance.nl.meaning).toBeTruthy();
    expect(res.body.pillars.governance.en).toBeTruthy();
  });

  it('appears on the organisation timeline', async () => {
    const final = (await create({ indicators: answers('met') }).expect(201)).body;
    await api.http.post(`/api/assessments/${final.id}/finalise`).set(as.advisor).expect(200);
    const res = await api.http
      .get(`/api/organisations/${organisationId}/timeline?range=${encodeURIComponent('[0,99]')}`)
      .set(as.advisor)
      .expect(200);
    const types = res.body.map((e: { type: string }) => e.type);
    expect(types).toContain('assessment_created');
    expect(types).toContain('assessment_finalised');
  });
});
