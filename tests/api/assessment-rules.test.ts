import { DataSource } from 'typeorm';
import { INDICATOR_CODES } from '../../api/src/domain/emes';
import { EmesRulesVersion1765100000001 } from '../../migrations/1765100000001-EmesRulesVersion';
import { demoColleagues, startApi, TestApi } from '../support/api';

const answers = (rating = 'met', overrides: Record<string, string> = {}) =>
  INDICATOR_CODES.map((code) => ({ code, rating: overrides[code] ?? rating, evidence: '' }));

/** hub.brussels's reading of the EMES profile, the rules version each assessment records, and the rescoring of drafts. */
describe('EMES rules version 2', () => {
  let api: TestApi;
  let as: Record<'advisor' | 'advisor2' | 'coordinator' | 'manager' | 'admin', { Authorization: string }>;
  let organisationId: string;
  beforeAll(async () => {
    api = await startApi();
    let ids: Record<string, string>;
    ({ as, ids } = await demoColleagues(api));
    organisationId = (
      await api.http.post('/api/organisations').set(as.advisor).send({ name: 'Fondée par une personne' }).expect(201)
    ).body.id;
    await api.http
      .post('/api/cases')
      .set(as.coordinator)
      .send({ organisationId, title: 'Parcours', advisorId: ids.advisor })
      .expect(201);
  });
  afterAll(() => api.close());

  const create = (body: object) =>
    api.http
      .post('/api/assessments')
      .set(as.advisor)
      .send({ organisationId, ...body })
      .expect(201);

  it('an enterprise founded by one person can meet the social pillar: soc_citizen_initiative is shown, not counted', async () => {
    const { body } = await create({ indicators: answers('met', { soc_citizen_initiative: 'not_met' }) });
    expect(body).toMatchObject({ verdict: 'meets', rulesVersion: 2, pillars: { social: 'met' } });
    expect(body.indicators.find((i: { code: string }) => i.code === 'soc_citizen_initiative').rating).toBe('not_met');
  });

  it('1:4 on the unrounded ratio: 1,000 and 4,004 shows 4 and is not met', async () => {
    const { body } = await create({ indicators: answers('met'), lowestWage: 1000, highestWage: 4004 });
    expect(body).toMatchObject({ wageRatio: 4, verdict: 'does_not_meet' });
    expect(body.indicators.find((i: { code: string }) => i.code === 'soc_wage_tension').rating).toBe('not_met');
  });

  it('the migration scores drafts again and leaves final assessments their verdict; the compare view says the rules differ', async () => {
    const founder = {
      indicators: answers('met', { soc_citizen_initiative: 'not_met' }),
      lowestWage: 1000,
      highestWage: 3000,
    };
    const final = (await create(founder)).body;
    await api.http.post(`/api/assessments/${final.id}/finalise`).set(as.advisor).expect(200);
    const draft = (await create(founder)).body;
    const wages = (await create({ indicators: answers('met'), lowestWage: 1000, highestWage: 4004 })).body;
    // As rules version 1 scored them: the citizen initiative counted; 4.004 rounded to 4.00 and met.
    await api.sql(`ALTER TABLE assessments DROP COLUMN rules_version`);
    await api.sql(`UPDATE assessments SET pillars = $2, verdict = 'does_not_meet' WHERE id = ANY($1)`, [
      [final.id, draft.id],
      JSON.stringify({ economic: 'met', social: 'not_met', governance: 'met' }),
    ]);
    await api.sql(
      `UPDATE assessments SET pillars = $2, verdict = 'meets',
         indicators = (SELECT jsonb_agg(CASE WHEN i->>'code' = 'soc_wage_tension' THEN jsonb_set(i, '{rating}', '"met"') ELSE i END) FROM jsonb_array_elements(indicators) i)
       WHERE id = $1`,
      [wages.id, JSON.stringify({ economic: 'met', social: 'met', governance: 'met' })],
    );
    const runner = api.app.get(DataSource).createQueryRunner();
    try {
      await new EmesRulesVersion1765100000001().up(runner);
    } finally {
      await runner.release();
    }
    const read = async (id: string) => (await api.http.get(`/api/assessments/${id}`).set(as.manager).expect(200)).body;
    expect(await read(final.id)).toMatchObject({ status: 'final', verdict: 'does_not_meet', rulesVersion: 1 });
    expect(await read(draft.id)).toMatchObject({
      status: 'draft',
      verdict: 'meets',
      rulesVersion: 2,
      pillars: { social: 'met' },
    });
    const rescored = await read(wages.id);
    expect(rescored).toMatchObject({ verdict: 'does_not_meet', rulesVersion: 2, pillars: { social: 'not_met' } });
    expect(rescored.indicators.find((i: { code: string }) => i.code === 'soc_wage_tension').rating).toBe('not_met');

    const compare = async (from: string, to: string) =>
      (
        await api.http
          .get(`/api/organisations/${organisationId}/assessments/compare?from=${from}&to=${to}`)
          .set(as.manager)
          .expect(200)
      ).body;
    expect(await compare(final.id, draft.id)).toMatchObject({
      differentRules: true,
      from: { rulesVersion: 1, verdict: 'does_not_meet' },
      to: { rulesVersion: 2, verdict: 'meets' },
    });
    expect(await compare(draft.id, wages.id)).toMatchObject({ differentRules: false });
  });
});
